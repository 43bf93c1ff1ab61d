/**
 * Places realised for the taakstelling beschut werk, counted in units of the policy's working week.
 *
 * Beleidsregels beschut werk Avres 2025 art. 6 lid 6: "Voor de realisatie van de taakstelling beschut werk wordt
 * uitgegaan van een dienstverband van 31 uur per week." Reading 6 (DOMAIN.md, FACTS.md §8.13): each dienstverband
 * counts uren/31 places, one person at most one place. The sum is rounded to two decimals, half up, once at the
 * end. The 31 hours is Avres policy (no public source, FACTS.md §7); the newest known policy applies, because a
 * count of places has no date of its own.
 *
 * The count is exact (../breuk.ts): the dienstverbanden under a place add their hours exactly, the sum of places is
 * one fraction, (places of whole dienstverbanden × uren per plek + those hours) / uren per plek, rounded once to
 * hundredths of a place. Steps are built only when asked; the step of the policy is made once per parameter set.
 */
import Decimal from 'decimal.js';
import { Breuk, centen, centenAlsTekst, centenHalfNaarBoven, decimaleTekst, getalAlsBreuk, maal, som } from '../breuk';
import { centenAlsDecimal, resultaatAlsDecimal } from '../geld';
import { ongeldig } from '../errors';
import { basisParameters, Parameters } from '../parameters';
import { nieuwsteWaarde } from '../parameters/reeks';
import type { Gemeente } from '../schemas/casus';
import type { Datum } from '../time/datum';
import { ALLEEN_WAARDEN, Resultaat, Stap, stap, GEEN_STAPPEN, StapOpties, gedeeldeFiguurStap } from '../uitleg';
import type { Dienstverbandperiode } from './lks-reconciliatie';
import type { Bronnen } from '../bron';

export interface TaakstellingInvoer {
  /** Hours per week of each dienstverband beschut werk. */
  urenPerWeek: number[];
}

const ARTIKEL: Bronnen = { regeling: 'Beleidsregels beschut werk Avres 2025', artikel: '6', lid: '6' };

const LABEL = {
  plekken: 'Gerealiseerde plekken, afgerond op 2 decimalen (half naar boven)',
} as const;

const NUL: Breuk = { teller: 0, noemer: 1 };
const TIENDUIZENDSTEN = 10_000;

/** The policy's hours per place under one parameter set, with what every call on it shares. */
interface Beleid {
  plekUren: number;
  /** Hundredths of a place per hour (100 / plekUren) and ten-thousandths per hour, for the two roundings. */
  honderdstenPerUur: Breuk;
  tienduizendstenPerUur: Breuk;
  /** The step of the policy, shared between results, hence frozen. */
  stap: Stap;
  /** The end of each dienstverband's label after its hours. */
  deelLabelStaart: string;
}

const beleidPerParameters = new WeakMap<Parameters, Beleid>();

function beleidVan(parameters: Parameters): Beleid {
  let beleid = beleidPerParameters.get(parameters);
  if (beleid === undefined) {
    const figuur = nieuwsteWaarde(parameters.beschutWerk);
    const plekUren = figuur.waarde.taakstellingUren;
    beleid = {
      plekUren,
      honderdstenPerUur: { teller: 100, noemer: plekUren },
      tienduizendstenPerUur: { teller: TIENDUIZENDSTEN, noemer: plekUren },
      stap: gedeeldeFiguurStap(`Uren per week die één plek vormen (beleid geldig vanaf ${figuur.geldigVanaf})`, plekUren, figuur, ARTIKEL),
      deelLabelStaart: ` uur / ${plekUren}, hoogstens 1 plek (op 4 decimalen getoond)`,
    };
    beleidPerParameters.set(parameters, beleid);
  }
  return beleid;
}

function valideer(urenPerWeek: unknown): asserts urenPerWeek is number[] {
  if (!Array.isArray(urenPerWeek))
    ongeldig('uren_per_week moet een reeks getallen zijn (uren per week per dienstverband)', { field: 'urenPerWeek' });
  for (let i = 0; i < urenPerWeek.length; i++) {
    const uren: unknown = urenPerWeek[i];
    if (!(typeof uren === 'number' && Number.isFinite(uren) && uren >= 0)) {
      ongeldig(`uren_per_week, dienstverband ${i + 1}: uren moeten 0 of meer zijn, niet ${String(uren)}`, { field: 'urenPerWeek' });
    }
  }
}

/** A dienstverband's share of a place on four decimals, half up, as the text of its step. */
function deelTekst(uren: Breuk, beleid: Beleid): string {
  return decimaleTekst({ teller: centenHalfNaarBoven(maal(uren, beleid.tienduizendstenPerUur)), noemer: TIENDUIZENDSTEN });
}

/**
 * Σ min(uren / 31, 1) over the dienstverbanden in hundredths of a place, exactly, rounded once half up; the steps
 * only when `stappen` is not false.
 * @example taakstellingPlekkenInHonderdsten({ urenPerWeek: [31, 20, 36] }).waarde // 265
 * @example taakstellingPlekkenInHonderdsten({ urenPerWeek: [10, 10, 10] }, basisParameters, { stappen: false }).stappen // []
 */
export function taakstellingPlekkenInHonderdsten(
  invoer: TaakstellingInvoer,
  parameters: Parameters = basisParameters,
  opties: StapOpties = {},
): Resultaat<number> {
  const { urenPerWeek } = invoer;
  valideer(urenPerWeek);
  const beleid = beleidVan(parameters);
  const { plekUren } = beleid;
  const metStappen = opties.stappen !== false;
  const stappen: Stap[] = metStappen ? [beleid.stap] : GEEN_STAPPEN;

  let helePlekken = 0;
  // The hours of the dienstverbanden under a place, exactly: their places are these hours / plekUren.
  let urenOnderEenPlek = NUL;
  for (let i = 0; i < urenPerWeek.length; i++) {
    const uren = urenPerWeek[i]!;
    // A double at or above plekUren is written as a decimal at or above it (plekUren is a whole number), so the
    // double decides the cap exactly.
    let deel = '1';
    if (uren >= plekUren) helePlekken++;
    else {
      const exact = getalAlsBreuk(uren);
      urenOnderEenPlek = som(urenOnderEenPlek, exact);
      if (metStappen) deel = deelTekst(exact, beleid);
    }
    if (metStappen) stappen.push(stap(`Dienstverband ${i + 1}: ${uren}${beleid.deelLabelStaart}`, deel, ARTIKEL));
  }
  const plekken = centenHalfNaarBoven(maal(som(urenOnderEenPlek, centen(helePlekken * plekUren)), beleid.honderdstenPerUur));
  if (metStappen) stappen.push(stap(LABEL.plekken, centenAlsTekst(plekken), ARTIKEL));
  return { waarde: plekken, stappen };
}

/**
 * Σ min(uren / 31, 1) over the dienstverbanden, rounded to two decimals.
 * @example taakstellingPlekken({ urenPerWeek: [31, 20, 36] }).waarde.toFixed(2) // '2.65'
 */
export function taakstellingPlekken(invoer: TaakstellingInvoer, parameters: Parameters = basisParameters): Resultaat<Decimal> {
  return resultaatAlsDecimal(taakstellingPlekkenInHonderdsten(invoer, parameters));
}

/**
 * The places realised on a day by the dienstverbanden of a gemeente running on that day, in hundredths of a place,
 * counted as `taakstellingPlekkenInHonderdsten` counts them (the stand figure of the four-monthly report and the
 * scenario comparison).
 * @example plekkenOpInHonderdsten([{ casusnummer: 'BW-1', gemeente: 'Gorinchem', van: '2026-01-01', tot: null, urenPerWeek: 20, loonwaarde: 0.4 }], 'Gorinchem', '2026-12-31') // 65
 */
export function plekkenOpInHonderdsten(
  dienstverbanden: readonly Dienstverbandperiode[],
  gemeente: Gemeente,
  dag: Datum,
  parameters: Parameters = basisParameters,
): number {
  const uren = dienstverbanden
    .filter((p) => p.gemeente === gemeente && p.van <= dag && (p.tot === null || p.tot >= dag))
    .map((p) => p.urenPerWeek);
  return taakstellingPlekkenInHonderdsten({ urenPerWeek: uren }, parameters, ALLEEN_WAARDEN).waarde;
}

/**
 * The places realised on a day by the dienstverbanden of a gemeente running on that day, as `plekkenOpInHonderdsten`.
 * @example plekkenOp([{ casusnummer: 'BW-1', gemeente: 'Gorinchem', van: '2026-01-01', tot: null, urenPerWeek: 20, loonwaarde: 0.4 }], 'Gorinchem', '2026-12-31').toFixed(2) // '0.65'
 */
export function plekkenOp(
  dienstverbanden: readonly Dienstverbandperiode[],
  gemeente: Gemeente,
  dag: Datum,
  parameters: Parameters = basisParameters,
): Decimal {
  return centenAlsDecimal(plekkenOpInHonderdsten(dienstverbanden, gemeente, dag, parameters));
}
