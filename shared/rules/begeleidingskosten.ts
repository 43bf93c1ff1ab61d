/**
 * Vergoeding begeleidingskosten per dienstverband beschut werk, per year.
 *
 * Beleidsregels beschut werk Avres 2025 art. 7 lid 2 onder c: the beschikking states "de hoogte van de vergoeding
 * voor begeleidingskosten, … tot maximaal het bedrag dat Avres via de gemeenten van het Rijk ontvangt voor de
 * begeleiding en de inzet van werkvoorzieningen, naar rato van de omvang van het dienstverband." The omvang is
 * measured against the 31-hour week of art. 6 lid 6 (one dienstverband at most one place, reading 6).
 *
 * The Rijk's amount per place is NOT VERIFIED (FACTS.md §7): it is an argument, not a parameter. The result is the
 * maximum vergoeding, rounded to cents, half up; the newest known policy gives the 31 hours.
 */
import Decimal from 'decimal.js';
import { ongeldig } from '../errors';
import { opCenten, bedragTekst } from '../geld';
import { basisParameters, Parameters } from '../parameters';
import { nieuwsteWaarde } from '../parameters/reeks';
import { UREN_IN_EEN_WEEK } from '../time/datum';
import { figuurStap, Resultaat, stap } from '../uitleg';
import type { Bronnen } from '../bron';

export interface BegeleidingskostenInvoer {
  urenPerWeek: number;
  /** What Avres receives from the Rijk per place per year (€). */
  rijksbedragPerPlek: number;
}

const ARTIKEL: Bronnen = { regeling: 'Beleidsregels beschut werk Avres 2025', artikel: '7', lid: '2', onder: 'c' };

/**
 * The rijksbedrag per place pro rata min(uren / 31, 1), rounded to cents.
 * @example begeleidingskosten({ urenPerWeek: 20, rijksbedragPerPlek: 9000 }).waarde.toFixed(2) // '5806.45'
 */
export function begeleidingskosten(invoer: BegeleidingskostenInvoer, parameters: Parameters = basisParameters): Resultaat<Decimal> {
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
