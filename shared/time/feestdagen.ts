/**
 * The calendar of the Algemene termijnenwet (Atw), https://wetten.overheid.nl/BWBR0002448/2010-10-10.
 *
 * Art. 1 lid 1: "Een in een wet gestelde termijn die op een zaterdag, zondag of algemeen erkende feestdag
 * eindigt, wordt verlengd tot en met de eerstvolgende dag die niet een zaterdag, zondag of algemeen erkende
 * feestdag is."
 * Art. 3 lid 1: "Algemeen erkende feestdagen in de zin van deze wet zijn: de Nieuwjaarsdag, de Christelijke
 * tweede Paas- en Pinksterdag, de beide Kerstdagen, de Hemelvaartsdag, de dag waarop de verjaardag van de
 * Koning wordt gevierd en de vijfde mei." Lid 2: Goede Vrijdag is equated. Lid 3: further days are equated by
 * royal decree (shared/parameters/feestdagen.ts).
 *
 * Koningsdag is 27 April, or Saturday 26 April when the 27th is a Sunday (FACTS §3). The fifth of May counts
 * every year: the Atw has no lustrum condition. A year is known only within the years covered by the
 * equated-day decrees in the parameters: outside them a Dutch error says so, rather than a calendar that
 * might miss a bridge day. Calendars are built once per year and set of parameters and then cached.
 */
import { DomeinFout } from '../errors';
import { GelijkgesteldeDag, Parameters, basisParameters } from '../parameters';
import type { Bron } from '../bron';
import { Resultaat, Stap, stap } from '../uitleg';
import { Datum, jaarVan, maak } from './datum';
import { plusDagen, weekdag } from './kalender';

/** An algemeen erkende feestdag of the Atw, with its name and legal source. */
export interface Feestdag {
  datum: Datum;
  naam: string;
  /** A feestdag named in art. 3 lid 1 or 2, or a day equated by royal decree (lid 3). */
  soort: 'feestdag' | 'gelijkgesteld';
  bron: string;
}

const ATW_3_1 = 'Algemene termijnenwet art. 3 lid 1';

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian computus of Meeus, Jones and Butcher).
 * @example pasen(2026) // '2026-04-05'
 */
export function pasen(jaar: number): Datum {
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return maak(jaar, maand, dag);
}

function feestdag(datum: Datum, naam: string, bron: string): Feestdag {
  return { datum, naam, soort: 'feestdag', bron };
}

function koningsdag(jaar: number): Datum {
  const zevenentwintig = maak(jaar, 4, 27);
  return weekdag(zevenentwintig) === 0 ? maak(jaar, 4, 26) : zevenentwintig;
}

interface Kalender {
  vanJaar: number;
  totJaar: number;
  jaren: Map<number, ReadonlyMap<Datum, Feestdag>>;
}

const kalenders = new WeakMap<readonly GelijkgesteldeDag[], Kalender>();

function kalenderVoor(gelijkgesteld: readonly GelijkgesteldeDag[]): Kalender {
  let kalender = kalenders.get(gelijkgesteld);
  if (!kalender) {
    const jaren = gelijkgesteld.map((g) => jaarVan(g.datum));
    kalender = { vanJaar: Math.min(...jaren), totJaar: Math.max(...jaren), jaren: new Map() };
    kalenders.set(gelijkgesteld, kalender);
  }
  return kalender;
}

function bouwJaar(jaar: number, gelijkgesteld: readonly GelijkgesteldeDag[]): ReadonlyMap<Datum, Feestdag> {
  const p = pasen(jaar);
  const dagen: Feestdag[] = [
    feestdag(maak(jaar, 1, 1), 'Nieuwjaarsdag', ATW_3_1),
    feestdag(plusDagen(p, -2), 'Goede Vrijdag', 'Algemene termijnenwet art. 3 lid 2'),
    feestdag(plusDagen(p, 1), 'Tweede Paasdag', ATW_3_1),
    feestdag(koningsdag(jaar), 'Koningsdag', `${ATW_3_1} (de dag waarop de verjaardag van de Koning wordt gevierd)`),
    feestdag(maak(jaar, 5, 5), 'Bevrijdingsdag (5 mei)', `${ATW_3_1} (de vijfde mei)`),
    feestdag(plusDagen(p, 39), 'Hemelvaartsdag', ATW_3_1),
    feestdag(plusDagen(p, 50), 'Tweede Pinksterdag', ATW_3_1),
    feestdag(maak(jaar, 12, 25), 'Eerste Kerstdag', ATW_3_1),
    feestdag(maak(jaar, 12, 26), 'Tweede Kerstdag', ATW_3_1),
    ...gelijkgesteld
      .filter((g) => jaarVan(g.datum) === jaar)
      .map((g): Feestdag => ({
        datum: g.datum,
        naam: 'Gelijkgestelde dag',
        soort: 'gelijkgesteld',
        bron: `Algemene termijnenwet art. 3 lid 3; ${g.besluit}`,
      })),
  ];
  const opDatum = new Map<Datum, Feestdag>();
  for (const dag of [...dagen].sort((x, y) => (x.datum < y.datum ? -1 : x.datum > y.datum ? 1 : 0))) {
    const al = opDatum.get(dag.datum);
    // Two feestdagen can fall on one date (Hemelvaart on 5 May, as in 2016): one day, both names.
    opDatum.set(dag.datum, al ? { ...al, naam: `${al.naam} en ${dag.naam}`, bron: `${al.bron}; ${dag.bron}` } : dag);
  }
  return opDatum;
}

function jaarKalender(jaar: number, parameters: Parameters): ReadonlyMap<Datum, Feestdag> {
  const kalender = kalenderVoor(parameters.gelijkgesteldeFeestdagen);
  const bekend = kalender.jaren.get(jaar);
  if (bekend) return bekend;
  if (!(jaar >= kalender.vanJaar && jaar <= kalender.totJaar)) {
    throw new DomeinFout(
      'BUITEN_PARAMETERBEREIK',
      `De feestdagen van de Algemene termijnenwet voor ${jaar} zijn niet bekend: de bij koninklijk besluit gelijkgestelde dagen ` +
        `(art. 3 lid 3) zijn bekend voor ${kalender.vanJaar} tot en met ${kalender.totJaar}. Kies een datum in die jaren.`,
    );
  }
  const nieuw = bouwJaar(jaar, parameters.gelijkgesteldeFeestdagen);
  kalender.jaren.set(jaar, nieuw);
  return nieuw;
}

/**
 * The algemeen erkende feestdagen of the Atw in a year, equated days included, in date order.
 * @example atwFeestdagen(2026).map((f) => f.datum)
 * // ['2026-01-01', '2026-01-02', '2026-04-03', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14', '2026-05-15', '2026-05-25', '2026-12-25', '2026-12-26']
 */
export function atwFeestdagen(jaar: number, parameters: Parameters = basisParameters): Feestdag[] {
  return [...jaarKalender(jaar, parameters).values()];
}

/**
 * The Atw feestdag on a date, if there is one.
 * @example atwFeestdag('2026-04-27')?.naam // 'Koningsdag'
 */
export function atwFeestdag(datum: Datum, parameters: Parameters = basisParameters): Feestdag | undefined {
  return jaarKalender(jaarVan(datum), parameters).get(datum);
}

const ATW_1_1: Bron = { regeling: 'Atw', artikel: '1', lid: '1' };

/** Why a term cannot end on a date under Atw art. 1 (Saturday, Sunday or feestdag); undefined when it can. */
function atwVrijeDagReden(datum: Datum, parameters: Parameters): { reden: string; artikelen: string; bron: Bron } | undefined {
  const dag = atwFeestdag(datum, parameters);
  if (dag) {
    const reden = dag.soort === 'gelijkgesteld' ? 'een gelijkgestelde dag' : dag.naam;
    return {
      reden,
      artikelen: 'Atw art. 1 en 3',
      // The feestdag's own source cites art. 3 in running text, which reads on from art. 1 lid 1.
      bron: { omschrijving: `Algemene termijnenwet art. 1 lid 1 en ${dag.bron.replace(/^Algemene termijnenwet /, '')}` },
    };
  }
  const nr = weekdag(datum);
  if (nr === 6) return { reden: 'een zaterdag', artikelen: 'Atw art. 1', bron: ATW_1_1 };
  if (nr === 0) return { reden: 'een zondag', artikelen: 'Atw art. 1', bron: ATW_1_1 };
  return undefined;
}

/**
 * True when a term under the Atw cannot end on this date: a Saturday, a Sunday or an algemeen erkende feestdag.
 * @example isAtwVrijeDag('2026-04-27') // true (Koningsdag)
 * @example isAtwVrijeDag('2026-04-28') // false
 */
export function isAtwVrijeDag(datum: Datum, parameters: Parameters = basisParameters): boolean {
  return atwVrijeDagReden(datum, parameters) !== undefined;
}

/**
 * Atw art. 1 lid 1: a term whose last day is a Saturday, Sunday or algemeen erkende feestdag runs on to the next
 * day that is none of these. One step per day passed over; no steps when the last day stands.
 * @example atwVerlenging('2026-04-27').waarde // '2026-04-28'
 * @example atwVerlenging('2026-04-27').stappen[0].label // 'Verschoven: 2026-04-27 is Koningsdag (Atw art. 1 en 3)'
 */
export function atwVerlenging(laatsteDag: Datum, parameters: Parameters = basisParameters): Resultaat<Datum> {
  const stappen: Stap[] = [];
  let dag = laatsteDag;
  for (let reden = atwVrijeDagReden(dag, parameters); reden; reden = atwVrijeDagReden(dag, parameters)) {
    const volgende = plusDagen(dag, 1);
    stappen.push(stap(`Verschoven: ${dag} is ${reden.reden} (${reden.artikelen})`, volgende, reden.bron));
    dag = volgende;
  }
  return { waarde: dag, stappen };
}
