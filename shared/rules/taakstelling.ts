/**
 * Places realised for the taakstelling beschut werk, counted in units of the policy's working week.
 *
 * Beleidsregels beschut werk Avres 2025 art. 6 lid 6: "Voor de realisatie van de taakstelling beschut werk wordt
 * uitgegaan van een dienstverband van 31 uur per week." Reading 6 (DOMAIN.md, FACTS.md §8.13): each dienstverband
 * counts uren/31 places, one person at most one place. The sum is rounded to two decimals, half up, once at the
 * end. The 31 hours is Avres policy (no public source, FACTS.md §7); the newest known policy applies, because a
 * count of places has no date of its own.
 */
import Decimal from 'decimal.js';
import { ongeldig } from '../errors';
import { basisParameters, Parameters } from '../parameters';
import { nieuwsteWaarde } from '../parameters/reeks';
import type { Gemeente } from '../schemas/casus';
import type { Datum } from '../time/datum';
import { figuurStap, Resultaat, Stap, stap } from '../uitleg';
import type { Dienstverbandperiode } from './lks-reconciliatie';
import type { Bronnen } from '../bron';

export interface TaakstellingInvoer {
  /** Hours per week of each dienstverband beschut werk. */
  urenPerWeek: number[];
}

const ARTIKEL: Bronnen = { regeling: 'Beleidsregels beschut werk Avres 2025', artikel: '6', lid: '6' };
const EEN = new Decimal(1);

/**
 * Σ min(uren / 31, 1) over the dienstverbanden, rounded to two decimals.
 * @example taakstellingPlekken({ urenPerWeek: [31, 20, 36] }).waarde.toFixed(2) // '2.65'
 */
export function taakstellingPlekken(invoer: TaakstellingInvoer, parameters: Parameters = basisParameters): Resultaat<Decimal> {
  const { urenPerWeek } = invoer;
  if (!Array.isArray(urenPerWeek))
    ongeldig('uren_per_week moet een reeks getallen zijn (uren per week per dienstverband)', { field: 'urenPerWeek' });
  urenPerWeek.forEach((uren, i) => {
    if (!(typeof uren === 'number' && Number.isFinite(uren) && uren >= 0)) {
      ongeldig(`uren_per_week, dienstverband ${i + 1}: uren moeten 0 of meer zijn, niet ${String(uren)}`, { field: 'urenPerWeek' });
    }
  });

  const beleid = nieuwsteWaarde(parameters.beschutWerk);
  const plekUren = beleid.waarde.taakstellingUren;
  const stappen: Stap[] = [
    figuurStap(`Uren per week die één plek vormen (beleid geldig vanaf ${beleid.geldigVanaf})`, plekUren, beleid, ARTIKEL),
  ];
  let totaal = new Decimal(0);
  urenPerWeek.forEach((uren, i) => {
    const deel = Decimal.min(new Decimal(uren).div(plekUren), EEN);
    totaal = totaal.plus(deel);
    stappen.push(
      stap(
        `Dienstverband ${i + 1}: ${uren} uur / ${plekUren}, hoogstens 1 plek (op 4 decimalen getoond)`,
        deel.toDecimalPlaces(4, Decimal.ROUND_HALF_UP),
        ARTIKEL,
      ),
    );
  });
  const plekken = totaal.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  stappen.push(stap('Gerealiseerde plekken, afgerond op 2 decimalen (half naar boven)', plekken.toFixed(2), ARTIKEL));
  return { waarde: plekken, stappen };
}

/**
 * The places realised on a day by the dienstverbanden of a gemeente running on that day, counted as
 * `taakstellingPlekken` counts them (the stand figure of the four-monthly report and the scenario comparison).
 * @example plekkenOp([{ casusnummer: 'BW-1', gemeente: 'Gorinchem', van: '2026-01-01', tot: null, urenPerWeek: 20, loonwaarde: 0.4 }], 'Gorinchem', '2026-12-31').toFixed(2) // '0.65'
 */
export function plekkenOp(
  dienstverbanden: readonly Dienstverbandperiode[],
  gemeente: Gemeente,
  dag: Datum,
  parameters: Parameters = basisParameters,
): Decimal {
  const uren = dienstverbanden
    .filter((p) => p.gemeente === gemeente && p.van <= dag && (p.tot === null || p.tot >= dag))
    .map((p) => p.urenPerWeek);
  return taakstellingPlekken({ urenPerWeek: uren }, parameters).waarde;
}
