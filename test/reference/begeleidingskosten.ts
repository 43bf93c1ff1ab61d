/**
 * Reference: the begeleidingskosten rule as it was on decimal.js (before the integer money core), kept to prove the exact
 * integer implementation equal on random inputs (test/shared/rules/begeleidingskosten-referentie.test.ts). Not used by the product.
 */
import Decimal from 'decimal.js';
import { ongeldig } from '../../shared/errors';
import { opCenten, bedragTekst } from '../../shared/geld';
import { basisParameters, Parameters } from '../../shared/parameters';
import { nieuwsteWaarde } from '../../shared/parameters/reeks';
import { UREN_IN_EEN_WEEK } from '../../shared/time/datum';
import { figuurStap, Resultaat, stap } from '../../shared/uitleg';
import type { Bronnen } from '../../shared/bron';

interface BegeleidingskostenInvoer {
  urenPerWeek: number;
  /** What Avres receives from the Rijk per place per year (€). */
  rijksbedragPerPlek: number;
}

const ARTIKEL: Bronnen = { regeling: 'Beleidsregels beschut werk Avres 2025', artikel: '7', lid: '2', onder: 'c' };

/** The rule as it was. */
export function begeleidingskostenReferentie(
  invoer: BegeleidingskostenInvoer,
  parameters: Parameters = basisParameters,
): Resultaat<Decimal> {
  const { urenPerWeek, rijksbedragPerPlek } = invoer;
  if (!(typeof urenPerWeek === 'number' && urenPerWeek >= 0 && urenPerWeek <= UREN_IN_EEN_WEEK)) {
    ongeldig(`uren_per_week moet tussen 0 en ${UREN_IN_EEN_WEEK} liggen, niet ${String(urenPerWeek)}`, { field: 'urenPerWeek' });
  }
  if (!(typeof rijksbedragPerPlek === 'number' && Number.isFinite(rijksbedragPerPlek) && rijksbedragPerPlek >= 0)) {
    ongeldig(`rijksbedrag_per_plek moet een bedrag van 0 of meer zijn, niet ${String(rijksbedragPerPlek)}`, {
      field: 'rijksbedragPerPlek',
    });
  }
  const beleid = nieuwsteWaarde(parameters.beschutWerk);
  const plekUren = beleid.waarde.taakstellingUren;
  const rijksbedrag = new Decimal(rijksbedragPerPlek);
  const meetellend = Math.min(urenPerWeek, plekUren);
  const vergoeding = opCenten(rijksbedrag.times(meetellend).div(plekUren));
  return {
    waarde: vergoeding,
    stappen: [
      stap('Rijksbedrag per plek per jaar (opgegeven)', rijksbedrag, ARTIKEL),
      figuurStap(`Uren per week die één plek vormen (beleid geldig vanaf ${beleid.geldigVanaf})`, plekUren, beleid, {
        regeling: 'Beleidsregels beschut werk Avres 2025',
        artikel: '6',
        lid: '6',
      }),
      stap('Uren per week die meetellen (hoogstens één plek)', meetellend, ARTIKEL),
      stap('Vergoeding: rijksbedrag × uren / uren per plek, afgerond op centen (half naar boven)', bedragTekst(vergoeding), ARTIKEL),
    ],
  };
}
