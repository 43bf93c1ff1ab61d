/**
 * Reference: the LKS reconciliation as it was on decimal.js (before the integer money core), kept verbatim to prove
 * the exact integer implementation (shared/rules/lks-reconciliatie.ts) equal on random inputs
 * (test/shared/rules/lks-reconciliatie-referentie.test.ts); its LKS is the reference LKS (./loonkostensubsidie.ts).
 * Not used by the product.
 */
import Decimal from 'decimal.js';
import { bedragTekst, opCenten } from '../../shared/geld';
import { basisParameters, Parameters } from '../../shared/parameters';
import type { Gemeente, Maand } from '../../shared/schemas/grootboek';
import { Datum, dagenInMaand, datumNl, eersteDagVanMaand, maak } from '../../shared/time/datum';
import { dagenTussen } from '../../shared/time/kalender';
import { Resultaat, Stap, stap } from '../../shared/uitleg';
import { loonkostensubsidieReferentie as berekenLoonkostensubsidie } from './loonkostensubsidie';
import type { Bronnen } from '../../shared/bron';
import type {
  Dienstverbandperiode,
  GemeenteTotaal,
  LksBetaling,
  LksVerschil,
  Reconciliatie,
  ReconciliatieInvoer,
  VerschilSoort,
} from '../../shared/rules/lks-reconciliatie';

const BRON_PRO_RATA: Bronnen = {
  omschrijving: 'Keuze Avres: deel van een maand naar rato van kalenderdagen (Pw art. 10d regelt dit niet)',
};
const BRON_GROOTBOEK: Bronnen = { omschrijving: 'Grootboek (import)' };
const BRON_VERSCHIL: Bronnen = { omschrijving: 'Reconciliatie: betaald − verwacht' };
const NUL = new Decimal(0);

interface MaandDeel {
  periode: Dienstverbandperiode;
  maand: Maand;
  dagen: number;
  dagenInMaand: number;
  bedrag: Decimal;
}

interface Cel {
  gemeente: Gemeente;
  casusnummer: string | null;
  maand: Maand;
  delen: MaandDeel[];
  betalingen: LksBetaling[];
}

/** A month with its first and last day and its number of days, computed once per reconciliation. */
interface Kalendermaand {
  maand: Maand;
  eerste: Datum;
  laatste: Datum;
  dagen: number;
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

/** The monthly LKS of a period, without steps; cached per distinct input because it is the hot path. */
function maandbedrag(p: Dienstverbandperiode, peildatum: Datum, parameters: Parameters, cache: Map<string, Decimal>): Decimal {
  const k = `${p.loonwaarde}|${p.urenPerWeek}|${p.voltijdUren}|${p.leeftijd}|${peildatum.slice(0, 4)}`;
  let bedrag = cache.get(k);
  if (bedrag === undefined) {
    bedrag = berekenLoonkostensubsidie(lksInvoer(p, peildatum), parameters).waarde;
    cache.set(k, bedrag);
  }
  return bedrag;
}

/** The LKS of one period in each month it covers, pro rata by calendar days for a month covered in part. */
function* maandDelen(
  p: Dienstverbandperiode,
  maanden: readonly Kalendermaand[],
  parameters: Parameters,
  cache: Map<string, Decimal>,
): Generator<MaandDeel> {
  for (const { maand, eerste, laatste, dagen: lengte } of maanden) {
    if (p.van > laatste || (p.tot !== null && p.tot < eerste)) continue;
    const van = p.van > eerste ? p.van : eerste;
    const tot = p.tot !== null && p.tot < laatste ? p.tot : laatste;
    const dagen = van === eerste && tot === laatste ? lengte : dagenTussen(van, tot) + 1;
    const volledig = maandbedrag(p, eerste, parameters, cache);
    const bedrag = dagen === lengte ? volledig : opCenten(volledig.times(dagen).div(lengte));
    yield { periode: p, maand, dagen, dagenInMaand: lengte, bedrag };
  }
}

/**
 * The LKS the rule implies for a year per gemeente (the sum of every case-month, pro rata as in the reconciliation).
 * @example verwachteLksReferentie(2026, [{ casusnummer: 'BW-1', gemeente: 'Gorinchem', van: '2026-01-01', tot: null, urenPerWeek: 36, loonwaarde: 0.6 }]).get('Gorinchem')?.toFixed(2) // '14689.32'
 */
export function verwachteLksReferentie(
  jaar: number,
  dienstverbanden: readonly Dienstverbandperiode[],
  parameters: Parameters = basisParameters,
): Map<Gemeente, Decimal> {
  const maanden = maandenVan(jaar, undefined);
  const cache = new Map<string, Decimal>();
  const uit = new Map<Gemeente, Decimal>();
  for (const p of dienstverbanden) {
    for (const deel of maandDelen(p, maanden, parameters, cache)) uit.set(p.gemeente, (uit.get(p.gemeente) ?? NUL).plus(deel.bedrag));
  }
  return uit;
}

function lksInvoer(p: Dienstverbandperiode, peildatum: Datum) {
  return {
    loonwaarde: p.loonwaarde,
    urenPerWeek: p.urenPerWeek,
    peildatum,
    ...(p.voltijdUren !== undefined ? { voltijdUren: p.voltijdUren } : {}),
    ...(p.leeftijd !== undefined ? { leeftijd: p.leeftijd } : {}),
  };
}

function soortVan(verwacht: Decimal, betaald: Decimal, aantalBetalingen: number, casusnummer: string | null): VerschilSoort {
  if (casusnummer === null) return 'niet_toe_te_wijzen';
  if (verwacht.isZero() && aantalBetalingen > 0) return 'betaald_zonder_dienstverband';
  if (aantalBetalingen === 0) return 'niet_betaald';
  return betaald.gt(verwacht) ? 'te_veel_betaald' : 'te_weinig_betaald';
}

function uitleg(
  cel: Cel,
  verwacht: Decimal,
  betaald: Decimal,
  parameters: Parameters,
  registerGemeenten: ReadonlyMap<string, ReadonlySet<Gemeente>>,
): Stap[] {
  const stappen: Stap[] = [];
  const peildatum = eersteDagVanMaand(cel.maand);
  for (const deel of cel.delen) {
    const p = deel.periode;
    const lw = p.loonwaarde === null ? 'niet vastgesteld (forfait)' : `${new Decimal(p.loonwaarde).times(100).toFixed()}%`;
    stappen.push(
      stap(
        `Dienstverband ${datumNl(p.van)} tot en met ${p.tot ? datumNl(p.tot) : 'heden'}: ${p.urenPerWeek} uur per week, loonwaarde ${lw}`,
        p.van,
        { omschrijving: 'Casusregister: dienstverband_start' },
      ),
    );
    stappen.push(...berekenLoonkostensubsidie(lksInvoer(p, peildatum), parameters).stappen);
    if (deel.dagen !== deel.dagenInMaand) {
      stappen.push(
        stap(
          `Dagen in dienst in ${cel.maand}: ${deel.dagen} van ${deel.dagenInMaand}; naar rato, afgerond op centen (half naar boven)`,
          bedragTekst(deel.bedrag),
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
    stappen.push(stap(`Geen loonkostensubsidie verwacht: ${reden}`, '0.00', { omschrijving: 'Casusregister' }));
  }
  if (cel.casusnummer === null)
    stappen.push(stap('Boeking loonkostensubsidie zonder casusnummer: niet aan een dienstverband toe te wijzen', '0.00', BRON_GROOTBOEK));
  stappen.push(stap('Verwacht volgens de regel', bedragTekst(verwacht), { regeling: 'Pw', artikel: '10d', lid: '4, 5 en 7' }));
  const regels = [...cel.betalingen]
    .sort((a, b) => (a.importId ?? 0) - (b.importId ?? 0) || a.regel - b.regel)
    .map((b) => (b.importId === undefined ? String(b.regel) : `${b.regel} van import ${b.importId}`));
  const boekingen =
    regels.length === 0
      ? 'geen boekingen'
      : `${regels.length} ${regels.length === 1 ? 'boeking' : 'boekingen'} (regel ${regels.join(', ')})`;
  stappen.push(stap(`Betaald volgens het grootboek: ${boekingen}`, bedragTekst(betaald), BRON_GROOTBOEK));
  stappen.push(stap('Verschil', bedragTekst(betaald.minus(verwacht)), BRON_VERSCHIL));
  return stappen;
}

/**
 * Reconciles the LKS of a year: every case-month whose payment differs from the rule, with the rule's
 * explanation, and the totals per gemeente.
 * @example
 * reconcilieerLksReferentie({ jaar: 2026, totMaand: '2026-01',
 *   dienstverbanden: [{ casusnummer: 'BW-1', gemeente: 'Gorinchem', van: '2026-01-01', tot: null, urenPerWeek: 36, loonwaarde: 0.6 }],
 *   betalingen: [{ gemeente: 'Gorinchem', casusnummer: 'BW-1', periode: '2026-01', bedrag: new Decimal('1200.00'), regel: 2 }],
 * }).waarde.verschillen[0].verschil.toFixed(2) // '-24.11'
 */
export function reconcilieerLksReferentie(invoer: ReconciliatieInvoer, parameters: Parameters = basisParameters): Resultaat<Reconciliatie> {
  const { jaar, tolerantie = NUL } = invoer;
  const maanden = maandenVan(jaar, invoer.totMaand);
  const cellen = new Map<string, Cel>();
  const cache = new Map<string, Decimal>();
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
    for (const deel of maandDelen(p, maanden, parameters, cache)) cel(p.gemeente, p.casusnummer, deel.maand).delen.push(deel);
  }
  const eersteMaand = maanden[0]?.maand;
  const laatsteMaand = maanden.at(-1)?.maand;
  for (const b of invoer.betalingen) {
    if (eersteMaand === undefined || laatsteMaand === undefined || b.periode < eersteMaand || b.periode > laatsteMaand) continue;
    cel(b.gemeente, b.casusnummer, b.periode).betalingen.push(b);
  }

  const totalen = new Map<Gemeente, GemeenteTotaal>();
  const verschillen: LksVerschil[] = [];
  for (const c of cellen.values()) {
    let verwacht = NUL;
    for (const d of c.delen) verwacht = verwacht.plus(d.bedrag);
    let betaald = NUL;
    for (const b of c.betalingen) betaald = betaald.plus(b.bedrag);
    const verschil = betaald.minus(verwacht);
    let t = totalen.get(c.gemeente);
    if (t === undefined)
      totalen.set(c.gemeente, (t = { gemeente: c.gemeente, verwacht: NUL, betaald: NUL, verschil: NUL, aantalVerschillen: 0 }));
    t.verwacht = t.verwacht.plus(verwacht);
    t.betaald = t.betaald.plus(betaald);
    t.verschil = t.verschil.plus(verschil);
    if (verschil.abs().lte(tolerantie)) continue;
    t.aantalVerschillen++;
    verschillen.push({
      gemeente: c.gemeente,
      casusnummer: c.casusnummer,
      maand: c.maand,
      soort: soortVan(verwacht, betaald, c.betalingen.length, c.casusnummer),
      verwacht,
      betaald,
      verschil,
      stappen: uitleg(c, verwacht, betaald, parameters, registerGemeenten),
    });
  }
  verschillen.sort(
    (a, b) =>
      a.gemeente.localeCompare(b.gemeente) || (a.casusnummer ?? '').localeCompare(b.casusnummer ?? '') || a.maand.localeCompare(b.maand),
  );
  const perGemeente = [...totalen.values()].sort((a, b) => a.gemeente.localeCompare(b.gemeente));

  return {
    waarde: { verschillen, perGemeente },
    stappen: [
      stap('Maanden vergeleken', maanden.length === 0 ? 'geen' : `${eersteMaand} tot en met ${laatsteMaand}`, {
        omschrijving: 'Reconciliatie',
      }),
      stap('Tolerantie: verschillen tot en met dit bedrag worden niet getoond', bedragTekst(tolerantie), { omschrijving: 'Reconciliatie' }),
      stap('Deel van een maand', 'naar rato van kalenderdagen, afgerond op centen', BRON_PRO_RATA),
      stap('Aantal verschillen', verschillen.length, BRON_VERSCHIL),
    ],
  };
}
