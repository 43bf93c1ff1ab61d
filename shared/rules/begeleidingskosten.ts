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
 *
 * The amount is exact in whole cents (../breuk.ts); steps are built only when asked, from constant labels, and the
 * step on the policy's hours is made once per policy value.
 */
import Decimal from 'decimal.js';
import type { Bron, Bronnen } from '../bron';
import { centenAlsTekst, getalAlsTekst, productOpCenten } from '../breuk';
import { resultaatAlsDecimal } from '../geld';
import { ongeldig } from '../errors';
import { basisParameters, BeschutWerkFiguren, Parameters } from '../parameters';
import { nieuwsteWaarde, ReeksWaarde } from '../parameters/reeks';
import { UREN_IN_EEN_WEEK } from '../time/datum';
import { Resultaat, Stap, stap, GEEN_STAPPEN, StapOpties, gedeeldeFiguurStap } from '../uitleg';

export interface BegeleidingskostenInvoer {
  urenPerWeek: number;
  /** What Avres receives from the Rijk per place per year (€). */
  rijksbedragPerPlek: number;
}

/**
 * The largest Rijk amount per place accepted (€ 1 biljoen): far above any real amount, and small enough that every
 * vergoeding is a whole number of cents that a double holds exactly.
 */
const HOOGSTE_RIJKSBEDRAG = 1e12;

const ARTIKEL: Bronnen = { regeling: 'Beleidsregels beschut werk Avres 2025', artikel: '7', lid: '2', onder: 'c' };
const PLEK: Bron = { regeling: 'Beleidsregels beschut werk Avres 2025', artikel: '6', lid: '6' };

const LABEL = {
  rijksbedrag: 'Rijksbedrag per plek per jaar (opgegeven)',
  uren: 'Uren per week die meetellen (hoogstens één plek)',
  vergoeding: 'Vergoeding: rijksbedrag × uren / uren per plek, afgerond op centen (half naar boven)',
} as const;

/** The step on the hours of one place, per policy value (immutable), shared between results, hence frozen. */
const plekUrenStappen = new WeakMap<ReeksWaarde<BeschutWerkFiguren>, Stap>();

function plekUrenStap(beleid: ReeksWaarde<BeschutWerkFiguren>): Stap {
  let s = plekUrenStappen.get(beleid);
  if (s === undefined) {
    s = gedeeldeFiguurStap(
      `Uren per week die één plek vormen (beleid geldig vanaf ${beleid.geldigVanaf})`,
      beleid.waarde.taakstellingUren,
      beleid,
      PLEK,
    );
    plekUrenStappen.set(beleid, s);
  }
  return s;
}

function valideer({ urenPerWeek, rijksbedragPerPlek }: BegeleidingskostenInvoer): void {
  if (!(typeof urenPerWeek === 'number' && urenPerWeek >= 0 && urenPerWeek <= UREN_IN_EEN_WEEK)) {
    ongeldig(`uren_per_week moet tussen 0 en ${UREN_IN_EEN_WEEK} liggen, niet ${String(urenPerWeek)}`, { field: 'urenPerWeek' });
  }
  if (!(typeof rijksbedragPerPlek === 'number' && Number.isFinite(rijksbedragPerPlek) && rijksbedragPerPlek >= 0)) {
    ongeldig(`rijksbedrag_per_plek moet een bedrag van 0 of meer zijn, niet ${String(rijksbedragPerPlek)}`, {
      field: 'rijksbedragPerPlek',
    });
  }
  if (rijksbedragPerPlek > HOOGSTE_RIJKSBEDRAG) {
    ongeldig(`rijksbedrag_per_plek mag hoogstens ${HOOGSTE_RIJKSBEDRAG} zijn, niet ${String(rijksbedragPerPlek)}`, {
      field: 'rijksbedragPerPlek',
    });
  }
}

/**
 * The rijksbedrag per place pro rata min(uren / 31, 1) in whole cents, rounded half up; the steps only when
 * `stappen` is not false.
 * @example begeleidingskostenInCenten({ urenPerWeek: 20, rijksbedragPerPlek: 9000 }).waarde // 580645
 * @example begeleidingskostenInCenten({ urenPerWeek: 20, rijksbedragPerPlek: 9000 }, basisParameters, { stappen: false }).stappen // []
 */
export function begeleidingskostenInCenten(
  invoer: BegeleidingskostenInvoer,
  parameters: Parameters = basisParameters,
  opties: StapOpties = {},
): Resultaat<number> {
  valideer(invoer);
  const { urenPerWeek, rijksbedragPerPlek } = invoer;
  const beleid = nieuwsteWaarde(parameters.beschutWerk);
  const plekUren = beleid.waarde.taakstellingUren;
  const meetellend = Math.min(urenPerWeek, plekUren);
  const vergoeding = productOpCenten(rijksbedragPerPlek, meetellend, { teller: 100, noemer: plekUren });
  if (opties.stappen === false) return { waarde: vergoeding, stappen: GEEN_STAPPEN };
  return {
    waarde: vergoeding,
    stappen: [
      stap(LABEL.rijksbedrag, getalAlsTekst(rijksbedragPerPlek), ARTIKEL),
      plekUrenStap(beleid),
      stap(LABEL.uren, meetellend, ARTIKEL),
      stap(LABEL.vergoeding, centenAlsTekst(vergoeding), ARTIKEL),
    ],
  };
}

/**
 * The rijksbedrag per place pro rata min(uren / 31, 1), rounded to cents, as a Decimal of euros.
 * @example begeleidingskosten({ urenPerWeek: 20, rijksbedragPerPlek: 9000 }).waarde.toFixed(2) // '5806.45'
 */
export function begeleidingskosten(invoer: BegeleidingskostenInvoer, parameters: Parameters = basisParameters): Resultaat<Decimal> {
  return resultaatAlsDecimal(begeleidingskostenInCenten(invoer, parameters));
}
