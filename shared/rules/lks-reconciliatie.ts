/**
 * LKS reconciliation: per case and month, the loonkostensubsidie the rule says (Pw art. 10d lid 4, 5 and 7 via
 * `loonkostensubsidieInCenten`; Beleidsregels beschut werk Avres 2025 art. 7 lid 1) against what the ledger shows
 * was paid, per gemeente (the LKS is paid from each gemeente's BUIG, Pw art. 69 lid 1 onder b).
 *
 * Readings chosen (the law does not say how a month that is only partly covered is paid):
 * - A dienstverband period covers the days from `van` through `tot` (both included). A month it covers only in
 *   part gets the month's LKS × days covered / days in the month (calendar days), rounded once to cents, half up.
 *   Several periods in one month (a new loonwaarde or new hours from a date) are each computed so and added.
 * - The month a ledger line is for is its `periode`, not its boekdatum (LKS for March is often booked in February).
 * - Ledger lines are matched on gemeente, casusnummer and month: a payment from the wrong gemeente is a payment
 *   without dienstverband there and a missing payment in the right one, because each BUIG is separate.
 * - LKS lines without a casusnummer cannot be matched and are listed per gemeente and month.
 *
 * The amounts are exact (../breuk.ts): the LKS in whole cents from `loonkostensubsidieInCenten`, the pro rata part
 * rounded once to whole cents half up, the ledger's Decimals read as exact Saldo values and summed without rounding;
 * the Decimal fields are made only for what is returned. Steps are built only when asked, for the differences listed.
 */
import Decimal from 'decimal.js';
import type { Bronnen } from '../bron';
import {
  breukMaalOpCenten,
  centenAlsSaldo,
  centenAlsTekst,
  decimaleTekst,
  decimalAlsSaldo,
  getalAlsBreuk,
  groterDan,
  maal,
  Saldo,
  saldoAlsBedragTekst,
  som,
  verschil as saldoVerschil,
} from '../breuk';
import { ongeldig } from '../errors';
import { centenAlsDecimal, saldoAlsDecimal } from '../geld';
import { basisParameters, Parameters } from '../parameters';
import type { Gemeente, Maand } from '../schemas/grootboek';
import { cijfers, Datum, dagenInMaand, datumNl, maak } from '../time/datum';
import { ALLEEN_WAARDEN, GEEN_STAPPEN, Resultaat, Stap, stap, StapOpties } from '../uitleg';
import { LKS_REGEL, LoonkostensubsidieInvoer, loonkostensubsidieInCenten } from './loonkostensubsidie';

/** A stretch of a dienstverband with the same hours and loonwaarde, in one gemeente. */
export interface Dienstverbandperiode {
  casusnummer: string;
  gemeente: Gemeente;
  /** First day. */
  van: Datum;
  /** Last day (included); null while it lasts. */
  tot: Datum | null;
  urenPerWeek: number;
  /** Fraction of the minimum wage; null when not determined (lid 5 forfait). */
  loonwaarde: number | null;
  voltijdUren?: number;
  leeftijd?: number;
}

/** An LKS ledger line. */
export interface LksBetaling {
  gemeente: Gemeente;
  casusnummer: string | null;
  periode: Maand;
  bedrag: Decimal;
  /** Line number in its import, for the explanation. */
  regel: number;
  /** The import the line came from, when stored. */
  importId?: number;
}

export type VerschilSoort =
  'te_veel_betaald' | 'te_weinig_betaald' | 'niet_betaald' | 'betaald_zonder_dienstverband' | 'niet_toe_te_wijzen';

export interface LksVerschil {
  gemeente: Gemeente;
  casusnummer: string | null;
  maand: Maand;
  soort: VerschilSoort;
  verwacht: Decimal;
  betaald: Decimal;
  /** Betaald − verwacht: positive when too much was paid. */
  verschil: Decimal;
  /** The rule's explanation of the expected amount and the ledger lines it was compared with. */
  stappen: Stap[];
}

export interface GemeenteTotaal {
  gemeente: Gemeente;
  verwacht: Decimal;
  betaald: Decimal;
  verschil: Decimal;
  aantalVerschillen: number;
}

export interface ReconciliatieInvoer {
  jaar: number;
  dienstverbanden: readonly Dienstverbandperiode[];
  betalingen: readonly LksBetaling[];
  /** Last month to reconcile (default December of `jaar`): months still to come are not yet paid. */
  totMaand?: Maand;
  /** Differences up to this amount are not listed (default 0: every cent). */
  tolerantie?: Decimal;
}

export interface Reconciliatie {
  verschillen: LksVerschil[];
  perGemeente: GemeenteTotaal[];
}

const BRON_PRO_RATA: Bronnen = {
  omschrijving: 'Keuze Avres: deel van een maand naar rato van kalenderdagen (Pw art. 10d regelt dit niet)',
};
const BRON_GROOTBOEK: Bronnen = { omschrijving: 'Grootboek (import)' };
const BRON_VERSCHIL: Bronnen = { omschrijving: 'Reconciliatie: betaald − verwacht' };
const BRON_DIENSTVERBAND: Bronnen = { omschrijving: 'Casusregister: dienstverband_start' };
const BRON_CASUSREGISTER: Bronnen = { omschrijving: 'Casusregister' };
const BRON_RECONCILIATIE: Bronnen = { omschrijving: 'Reconciliatie' };

const LABEL = {
  verwacht: 'Verwacht volgens de regel',
  verschil: 'Verschil',
  maanden: 'Maanden vergeleken',
  tolerantie: 'Tolerantie: verschillen tot en met dit bedrag worden niet getoond',
  aantalVerschillen: 'Aantal verschillen',
} as const;

/** The steps that are the same in every reconciliation, made once and shared between results (frozen). */
const STAP_ZONDER_CASUSNUMMER = Object.freeze(
  stap('Boeking loonkostensubsidie zonder casusnummer: niet aan een dienstverband toe te wijzen', '0.00', BRON_GROOTBOEK),
);
const STAP_DEEL_VAN_EEN_MAAND = Object.freeze(stap('Deel van een maand', 'naar rato van kalenderdagen, afgerond op centen', BRON_PRO_RATA));

const NUL: Saldo = { teller: 0, noemer: 1 };
const HONDERD = { teller: 100, noemer: 1 };

/** A month with its first and last day and its number of days, computed once per reconciliation. */
interface Kalendermaand {
  maand: Maand;
  eerste: Datum;
  laatste: Datum;
  dagen: number;
}

interface MaandDeel {
  periode: Dienstverbandperiode;
  kalendermaand: Kalendermaand;
  dagen: number;
  /** In whole cents. */
  bedrag: number;
}

interface Cel {
  gemeente: Gemeente;
  casusnummer: string | null;
  maand: Maand;
  delen: MaandDeel[];
  betalingen: LksBetaling[];
}

function maandenVan(jaar: number, totMaand: Maand | undefined): Kalendermaand[] {
  const uit: Kalendermaand[] = [];
  for (let m = 1; m <= 12; m++) {
    const eerste = maak(jaar, m, 1);
    const maand = eerste.slice(0, 7);
    if (totMaand !== undefined && maand > totMaand) break;
    const dagen = dagenInMaand(jaar, m);
    uit.push({ maand, eerste, laatste: maak(jaar, m, dagen), dagen });
  }
  return uit;
}

function sleutel(gemeente: string, casusnummer: string | null, maand: Maand): string {
  return `${gemeente}\u0000${casusnummer ?? ''}\u0000${maand}`;
}

function lksInvoer(p: Dienstverbandperiode, peildatum: Datum): LoonkostensubsidieInvoer {
  return {
    loonwaarde: p.loonwaarde,
    urenPerWeek: p.urenPerWeek,
    peildatum,
    ...(p.voltijdUren !== undefined ? { voltijdUren: p.voltijdUren } : {}),
    ...(p.leeftijd !== undefined ? { leeftijd: p.leeftijd } : {}),
  };
}

/** The day of the month of a date, read in place. */
function dagVan(d: Datum): number {
  return cijfers(d, 8, 10);
}

/**
 * The LKS of one period in each month it covers, pro rata by calendar days for a month covered in part. The
 * monthly LKS is computed once per period, on the first month it covers: all months are of one year, and the LKS
 * follows the figures of 1 January of its year (Pw art. 10d lid 7).
 */
function maandDelen(
  p: Dienstverbandperiode,
  maanden: readonly Kalendermaand[],
  parameters: Parameters,
  uit: (deel: MaandDeel) => void,
): void {
  if (p.tot !== null && p.tot < p.van) {
    ongeldig(
      `dienstverband ${p.casusnummer}: de laatste dag (${datumNl(p.tot)}) ligt vóór de eerste (${datumNl(p.van)}); een periode loopt van de eerste dag tot en met de laatste`,
      { field: 'dienstverbanden' },
    );
  }
  let volledig: number | undefined;
  for (const kalendermaand of maanden) {
    const { eerste, laatste, dagen: lengte } = kalendermaand;
    if (p.van > laatste || (p.tot !== null && p.tot < eerste)) continue;
    const van = p.van > eerste ? p.van : eerste;
    const tot = p.tot !== null && p.tot < laatste ? p.tot : laatste;
    // Both lie in this month, so the calendar days between them are the difference of their days of the month.
    const dagen = van === eerste && tot === laatste ? lengte : dagVan(tot) - dagVan(van) + 1;
    volledig ??= loonkostensubsidieInCenten(lksInvoer(p, eerste), parameters, ALLEEN_WAARDEN).waarde;
    // The month's LKS pro rata its calendar days, rounded once to whole cents half up.
    const bedrag = dagen === lengte ? volledig : breukMaalOpCenten(volledig, { teller: dagen, noemer: lengte });
    uit({ periode: p, kalendermaand, dagen, bedrag });
  }
}

/**
 * The LKS the rule implies for a year per gemeente in whole cents (the sum of every case-month, pro rata as in the
 * reconciliation). The sums stay safe integers: each part is below 10^6 cents, far from 2^53 for any register.
 * @example verwachteLksInCenten(2026, [{ casusnummer: 'BW-1', gemeente: 'Gorinchem', van: '2026-01-01', tot: null, urenPerWeek: 36, loonwaarde: 0.6 }]).get('Gorinchem') // 1468932
 */
export function verwachteLksInCenten(
  jaar: number,
  dienstverbanden: readonly Dienstverbandperiode[],
  parameters: Parameters = basisParameters,
): Map<Gemeente, number> {
  const maanden = maandenVan(jaar, undefined);
  const uit = new Map<Gemeente, number>();
  for (const p of dienstverbanden)
    maandDelen(p, maanden, parameters, (deel) => uit.set(p.gemeente, (uit.get(p.gemeente) ?? 0) + deel.bedrag));
  return uit;
}

/**
 * The LKS the rule implies for a year per gemeente as a Decimal of euros (see `verwachteLksInCenten`).
 * @example verwachteLks(2026, [{ casusnummer: 'BW-1', gemeente: 'Gorinchem', van: '2026-01-01', tot: null, urenPerWeek: 36, loonwaarde: 0.6 }]).get('Gorinchem')?.toFixed(2) // '14689.32'
 */
export function verwachteLks(
  jaar: number,
  dienstverbanden: readonly Dienstverbandperiode[],
  parameters: Parameters = basisParameters,
): Map<Gemeente, Decimal> {
  const uit = new Map<Gemeente, Decimal>();
  for (const [gemeente, centen] of verwachteLksInCenten(jaar, dienstverbanden, parameters)) uit.set(gemeente, centenAlsDecimal(centen));
  return uit;
}

function soortVan(verwacht: number, betaald: Saldo, aantalBetalingen: number, casusnummer: string | null): VerschilSoort {
  if (casusnummer === null) return 'niet_toe_te_wijzen';
  if (verwacht === 0 && aantalBetalingen > 0) return 'betaald_zonder_dienstverband';
  if (aantalBetalingen === 0) return 'niet_betaald';
  return groterDan(betaald, centenAlsSaldo(verwacht)) ? 'te_veel_betaald' : 'te_weinig_betaald';
}

/** Whether |s| ≤ grens, exactly. */
function binnen(s: Saldo, grens: Saldo): boolean {
  return !groterDan(s, grens) && !groterDan(saldoVerschil(NUL, s), grens);
}

/** A loonwaarde as a percentage, exactly as written (0.6 → 60%). */
function loonwaardeTekst(loonwaarde: number | null): string {
  return loonwaarde === null ? 'niet vastgesteld (forfait)' : `${decimaleTekst(maal(getalAlsBreuk(loonwaarde), HONDERD))}%`;
}

function uitleg(
  cel: Cel,
  verwacht: number,
  betaald: Saldo,
  verschil: Saldo,
  parameters: Parameters,
  registerGemeenten: ReadonlyMap<string, ReadonlySet<Gemeente>>,
): Stap[] {
  const stappen: Stap[] = [];
  for (const deel of cel.delen) {
    const p = deel.periode;
    const { eerste, dagen: lengte } = deel.kalendermaand;
    stappen.push(
      stap(
        `Dienstverband ${datumNl(p.van)} tot en met ${p.tot ? datumNl(p.tot) : 'heden'}: ${p.urenPerWeek} uur per week, loonwaarde ${loonwaardeTekst(p.loonwaarde)}`,
        p.van,
        BRON_DIENSTVERBAND,
      ),
    );
    stappen.push(...loonkostensubsidieInCenten(lksInvoer(p, eerste), parameters).stappen);
    if (deel.dagen !== lengte) {
      stappen.push(
        stap(
          `Dagen in dienst in ${cel.maand}: ${deel.dagen} van ${lengte}; naar rato, afgerond op centen (half naar boven)`,
          centenAlsTekst(deel.bedrag),
          BRON_PRO_RATA,
        ),
      );
    }
  }
  if (cel.delen.length === 0 && cel.casusnummer !== null) {
    const elders = [...(registerGemeenten.get(cel.casusnummer) ?? [])].filter((g) => g !== cel.gemeente);
    const reden =
      elders.length > 0
        ? `geen dienstverband in ${cel.gemeente} in ${cel.maand}; de casus hoort (ook) bij ${elders.join(', ')}`
        : registerGemeenten.has(cel.casusnummer)
          ? `geen dienstverband van deze casus in ${cel.maand}`
          : 'dit casusnummer heeft geen dienstverband in het register';
    stappen.push(stap(`Geen loonkostensubsidie verwacht: ${reden}`, '0.00', BRON_CASUSREGISTER));
  }
  if (cel.casusnummer === null) stappen.push(STAP_ZONDER_CASUSNUMMER);
  stappen.push(stap(LABEL.verwacht, centenAlsTekst(verwacht), LKS_REGEL));
  const regels = [...cel.betalingen]
    .sort((a, b) => (a.importId ?? 0) - (b.importId ?? 0) || a.regel - b.regel)
    .map((b) => (b.importId === undefined ? String(b.regel) : `${b.regel} van import ${b.importId}`));
  const boekingen =
    regels.length === 0
      ? 'geen boekingen'
      : `${regels.length} ${regels.length === 1 ? 'boeking' : 'boekingen'} (regel ${regels.join(', ')})`;
  stappen.push(stap(`Betaald volgens het grootboek: ${boekingen}`, saldoAlsBedragTekst(betaald), BRON_GROOTBOEK));
  stappen.push(stap(LABEL.verschil, saldoAlsBedragTekst(verschil), BRON_VERSCHIL));
  return stappen;
}

/** A gemeente's totals while they are added up. */
interface Totaal {
  gemeente: Gemeente;
  verwacht: number;
  betaald: Saldo;
  verschil: Saldo;
  aantalVerschillen: number;
}

/**
 * Reconciles the LKS of a year: every case-month whose payment differs from the rule, with the rule's
 * explanation, and the totals per gemeente; the steps only when `stappen` is not false.
 * @example
 * reconcilieerLks({ jaar: 2026, totMaand: '2026-01',
 *   dienstverbanden: [{ casusnummer: 'BW-1', gemeente: 'Gorinchem', van: '2026-01-01', tot: null, urenPerWeek: 36, loonwaarde: 0.6 }],
 *   betalingen: [{ gemeente: 'Gorinchem', casusnummer: 'BW-1', periode: '2026-01', bedrag: new Decimal('1200.00'), regel: 2 }],
 * }).waarde.verschillen[0].verschil.toFixed(2) // '-24.11'
 * @example
 * reconcilieerLks({ jaar: 2026, dienstverbanden: [], betalingen: [] }, basisParameters, { stappen: false }).stappen // []
 */
export function reconcilieerLks(
  invoer: ReconciliatieInvoer,
  parameters: Parameters = basisParameters,
  opties: StapOpties = {},
): Resultaat<Reconciliatie> {
  const { jaar } = invoer;
  const metStappen = opties.stappen !== false;
  const tolerantie = invoer.tolerantie === undefined ? NUL : decimalAlsSaldo(invoer.tolerantie);
  const maanden = maandenVan(jaar, invoer.totMaand);
  const cellen = new Map<string, Cel>();
  const registerGemeenten = new Map<string, Set<Gemeente>>();

  const cel = (gemeente: Gemeente, casusnummer: string | null, maand: Maand): Cel => {
    const k = sleutel(gemeente, casusnummer, maand);
    let c = cellen.get(k);
    if (c === undefined) {
      c = { gemeente, casusnummer, maand, delen: [], betalingen: [] };
      cellen.set(k, c);
    }
    return c;
  };

  for (const p of invoer.dienstverbanden) {
    let g = registerGemeenten.get(p.casusnummer);
    if (g === undefined) registerGemeenten.set(p.casusnummer, (g = new Set()));
    g.add(p.gemeente);
    maandDelen(p, maanden, parameters, (deel) => cel(p.gemeente, p.casusnummer, deel.kalendermaand.maand).delen.push(deel));
  }
  const eersteMaand = maanden[0]?.maand;
  const laatsteMaand = maanden.at(-1)?.maand;
  for (const b of invoer.betalingen) {
    if (eersteMaand === undefined || laatsteMaand === undefined || b.periode < eersteMaand || b.periode > laatsteMaand) continue;
    cel(b.gemeente, b.casusnummer, b.periode).betalingen.push(b);
  }

  const totalen = new Map<Gemeente, Totaal>();
  const verschillen: LksVerschil[] = [];
  for (const c of cellen.values()) {
    let verwacht = 0;
    for (const d of c.delen) verwacht += d.bedrag;
    let betaald = NUL;
    for (const b of c.betalingen) betaald = som(betaald, decimalAlsSaldo(b.bedrag));
    const verschil = saldoVerschil(betaald, centenAlsSaldo(verwacht));
    let t = totalen.get(c.gemeente);
    if (t === undefined)
      totalen.set(c.gemeente, (t = { gemeente: c.gemeente, verwacht: 0, betaald: NUL, verschil: NUL, aantalVerschillen: 0 }));
    t.verwacht += verwacht;
    t.betaald = som(t.betaald, betaald);
    t.verschil = som(t.verschil, verschil);
    if (binnen(verschil, tolerantie)) continue;
    t.aantalVerschillen++;
    verschillen.push({
      gemeente: c.gemeente,
      casusnummer: c.casusnummer,
      maand: c.maand,
      soort: soortVan(verwacht, betaald, c.betalingen.length, c.casusnummer),
      verwacht: centenAlsDecimal(verwacht),
      betaald: saldoAlsDecimal(betaald),
      verschil: saldoAlsDecimal(verschil),
      stappen: metStappen ? uitleg(c, verwacht, betaald, verschil, parameters, registerGemeenten) : GEEN_STAPPEN,
    });
  }
  verschillen.sort(
    (a, b) =>
      a.gemeente.localeCompare(b.gemeente) || (a.casusnummer ?? '').localeCompare(b.casusnummer ?? '') || a.maand.localeCompare(b.maand),
  );
  const perGemeente = [...totalen.values()]
    .sort((a, b) => a.gemeente.localeCompare(b.gemeente))
    .map((t): GemeenteTotaal => ({
      gemeente: t.gemeente,
      verwacht: centenAlsDecimal(t.verwacht),
      betaald: saldoAlsDecimal(t.betaald),
      verschil: saldoAlsDecimal(t.verschil),
      aantalVerschillen: t.aantalVerschillen,
    }));

  return {
    waarde: { verschillen, perGemeente },
    stappen: metStappen
      ? [
          stap(LABEL.maanden, maanden.length === 0 ? 'geen' : `${eersteMaand} tot en met ${laatsteMaand}`, BRON_RECONCILIATIE),
          stap(LABEL.tolerantie, saldoAlsBedragTekst(tolerantie), BRON_RECONCILIATIE),
          STAP_DEEL_VAN_EEN_MAAND,
          stap(LABEL.aantalVerschillen, verschillen.length, BRON_VERSCHIL),
        ]
      : GEEN_STAPPEN,
  };
}
