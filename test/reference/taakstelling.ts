/**
 * Reference: the taakstelling rule as it was on decimal.js (before the integer core), kept to prove the exact
 * integer implementation equal on random inputs (test/shared/rules/taakstelling-referentie.test.ts). Not used by
 * the product.
 */
import Decimal from 'decimal.js';
import { ongeldig } from '../../shared/errors';
import { basisParameters, Parameters } from '../../shared/parameters';
import { nieuwsteWaarde } from '../../shared/parameters/reeks';
import { figuurStap, Resultaat, Stap, stap } from '../../shared/uitleg';
import type { Bronnen } from '../../shared/bron';

interface TaakstellingInvoer {
  /** Hours per week of each dienstverband beschut werk. */
  urenPerWeek: number[];
}

const ARTIKEL: Bronnen = { regeling: 'Beleidsregels beschut werk Avres 2025', artikel: '6', lid: '6' };
const EEN = new Decimal(1);

/** Σ min(uren / 31, 1) over the dienstverbanden, rounded to two decimals. */
export function taakstellingPlekkenReferentie(invoer: TaakstellingInvoer, parameters: Parameters = basisParameters): Resultaat<Decimal> {
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
