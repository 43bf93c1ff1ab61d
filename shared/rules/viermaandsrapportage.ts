/**
 * The four-monthly report (viermaandsrapportage) per gemeente and tertiaal.
 *
 * Jaarplan Avres 2020, ch. 5 ("Digitale verantwoording"): "Per vier maanden rapporteert Avres aan het bestuur,
 * de gemeenteraden en andere belangstellenden over de realisatie van onze doelstellingen", with among the
 * figures "Ontwikkeling beschut werk" and "Uitgaven uitkeringen en loonkostensubsidie". This report holds the
 * parts the registry and the ledger know: beschut werk instroom, the wachtlijst (length and waiting time,
 * Beleidsregels art. 8), plaatsingen, places realised against the number the Rijk funds (Beleidsregels art. 6
 * lid 1 and 6, Pw art. 10b lid 4), and LKS and bijstand spend.
 *
 * Readings chosen: tertialen are January–April, May–August and September–December. Instroom is the number of
 * positive indications (besluit indicatie toegekend) in the tertiaal; plaatsingen the dienstverbanden started in
 * it. Stand figures (wachtlijst, places realised) are taken on the last day of the tertiaal, or on `totDatum`
 * when that falls inside it; tertialen that start after `totDatum` are left out. Waiting time is counted in days
 * from the date that sets the place on the list (art. 8 lid 2–4) to that day. Spend is by ledger periode.
 *
 * The spend is exact (../breuk.ts): the ledger's Decimals read as exact Saldo values and summed without rounding
 * (no statute prescribes a rounding of these totals), in one pass over the ledger. Steps are built only when asked,
 * each made once (the one on the policy's hours once per parameter set) and shared between results.
 */
import Decimal from 'decimal.js';
import { decimalAlsSaldo, Saldo, som } from '../breuk';
import { saldoAlsDecimal } from '../geld';
import { basisParameters, Parameters } from '../parameters';
import { nieuwsteWaarde } from '../parameters/reeks';
import type { Gemeente, Grootboeksoort, Maand } from '../schemas/grootboek';
import { Datum, eersteDagVanMaand, maak } from '../time/datum';
import { dagenTussen, eindeVanMaandperiode } from '../time/kalender';
import { GEEN_STAPPEN, Resultaat, Stap, stap, StapOpties } from '../uitleg';
import type { Dienstverbandperiode } from './lks-reconciliatie';
import { plekkenOp } from './taakstelling';
import type { Bronnen } from '../bron';

export interface Tertiaal {
  nummer: 1 | 2 | 3;
  van: Datum;
  tot: Datum;
}

/**
 * The three tertialen of a year.
 * @example tertialen(2026)[1] // { nummer: 2, van: '2026-05-01', tot: '2026-08-31' }
 */
export function tertialen(jaar: number): Tertiaal[] {
  return ([1, 2, 3] as const).map((nummer) => {
    const van = maak(jaar, (nummer - 1) * 4 + 1, 1);
    return { nummer, van, tot: eindeVanMaandperiode(van, 4) };
  });
}

export interface Uitgave {
  gemeente: Gemeente;
  periode: Maand;
  soort: Grootboeksoort;
  bedrag: Decimal;
}

export interface RapportageInvoer {
  jaar: number;
  gemeenten: readonly Gemeente[];
  /** Positive indication decisions. */
  indicaties: readonly { gemeente: Gemeente; datum: Datum }[];
  /** Starts of dienstverbanden (a new loonwaarde is not a new plaatsing). */
  plaatsingen: readonly { gemeente: Gemeente; datum: Datum }[];
  /** Dienstverband periods, for the places realised on a day. */
  dienstverbanden: readonly Dienstverbandperiode[];
  /** The waiting list of a gemeente on a day, each entry with the date that sets its place. */
  wachtlijstOp(gemeente: Gemeente, datum: Datum): readonly { ingangsdatum: Datum }[];
  /** Places the Rijk funds per gemeente for the year; absent when not recorded. */
  gefinancierdePlekken: Partial<Record<Gemeente, number>>;
  uitgaven: readonly Uitgave[];
  /** Last day the report covers (today for the current year). */
  totDatum?: Datum;
}

export interface RapportageRegel {
  gemeente: Gemeente;
  tertiaal: 1 | 2 | 3;
  van: Datum;
  /** Day the stand figures are taken. */
  standOp: Datum;
  instroom: number;
  plaatsingen: number;
  wachtlijstLengte: number;
  /** Average days waited by those on the list on `standOp`; null when the list is empty. */
  gemiddeldeWachttijdDagen: number | null;
  langsteWachttijdDagen: number | null;
  plekkenGerealiseerd: Decimal;
  plekkenGefinancierd: number | null;
  lksUitgaven: Decimal;
  bijstandUitgaven: Decimal;
}

const BRON: Bronnen = { omschrijving: 'Jaarplan Avres 2020 hoofdstuk 5 (viermaandsrapportage)' };
const BRON_INSTROOM: Bronnen = { regeling: 'Beleidsregels beschut werk Avres 2025', artikel: '5' };
const BRON_WACHTLIJST: Bronnen = { regeling: 'Beleidsregels beschut werk Avres 2025', artikel: '8' };
const BRON_PLEKKEN: Bronnen = { regeling: 'Beleidsregels beschut werk Avres 2025', artikel: '6', lid: '6' };
const BRON_UITGAVEN: Bronnen = { regeling: 'Pw', artikel: '69', lid: '1' };

/** The steps every report shares, frozen; the one on the policy's hours is made per parameter set. */
const STAP_TERTIALEN = Object.freeze(stap('Tertialen', 'januari–april, mei–augustus, september–december', BRON));
const STAP_INSTROOM = Object.freeze(stap('Instroom', 'positieve besluiten indicatie beschut werk in het tertiaal', BRON_INSTROOM));
const STAP_WACHTLIJST = Object.freeze(
  stap(
    'Wachtlijst en wachttijd',
    'stand op de laatste dag van het tertiaal; wachttijd in dagen vanaf de datum die de plaats bepaalt',
    BRON_WACHTLIJST,
  ),
);
const STAP_UITGAVEN = Object.freeze(stap('Uitgaven', 'grootboekregels loonkostensubsidie en bijstand naar periode', BRON_UITGAVEN));

const plekkenStappen = new WeakMap<Parameters, Stap>();

function plekkenStap(parameters: Parameters): Stap {
  let s = plekkenStappen.get(parameters);
  if (s === undefined) {
    const uren = nieuwsteWaarde(parameters.beschutWerk).waarde.taakstellingUren;
    s = Object.freeze(stap('Plekken gerealiseerd', `per dienstverband uren/${uren}, hoogstens 1`, BRON_PLEKKEN));
    plekkenStappen.set(parameters, s);
  }
  return s;
}

/** The tertialen of each year asked for, made once (three dates each, from the calendar). */
const tertialenPerJaar = new Map<number, readonly Tertiaal[]>();

function tertialenVan(jaar: number): readonly Tertiaal[] {
  let t = tertialenPerJaar.get(jaar);
  if (t === undefined) {
    t = Object.freeze(tertialen(jaar).map((x) => Object.freeze(x)));
    tertialenPerJaar.set(jaar, t);
  }
  return t;
}

const NUL: Saldo = { teller: 0, noemer: 1 };

/** The spend of one gemeente in one tertiaal, exactly. */
interface Besteding {
  lks: Saldo;
  bijstand: Saldo;
}

/** The index among `tertialen` of the one a date falls in, or -1. */
function tertiaalVan(dag: Datum, tertialen: readonly Tertiaal[]): number {
  return tertialen.findIndex((t) => dag >= t.van && dag <= t.tot);
}

/** The ledger's LKS and bijstand spend per gemeente and tertiaal, in one pass over the lines. */
function bestedingen(
  uitgaven: readonly Uitgave[],
  gemeenten: readonly Gemeente[],
  gekozen: readonly Tertiaal[],
): Map<Gemeente, Besteding[]> {
  const uit = new Map<Gemeente, Besteding[]>();
  for (const g of gemeenten)
    uit.set(
      g,
      gekozen.map(() => ({ lks: NUL, bijstand: NUL })),
    );
  if (gekozen.length === 0) return uit;
  for (const u of uitgaven) {
    const perTertiaal = uit.get(u.gemeente);
    if (perTertiaal === undefined) continue;
    // Read for every line of a reported gemeente, as a periode that is not a month is refused whatever its soort.
    const i = tertiaalVan(eersteDagVanMaand(u.periode), gekozen);
    if (i < 0) continue;
    const b = perTertiaal[i]!;
    if (u.soort === 'lks') b.lks = som(b.lks, decimalAlsSaldo(u.bedrag));
    else if (u.soort === 'bijstand') b.bijstand = som(b.bijstand, decimalAlsSaldo(u.bedrag));
  }
  return uit;
}

/** How many of the dated events of a gemeente fall in a tertiaal. */
function aantalIn(gebeurtenissen: readonly { gemeente: Gemeente; datum: Datum }[], gemeente: Gemeente, t: Tertiaal): number {
  let aantal = 0;
  for (const e of gebeurtenissen) if (e.gemeente === gemeente && e.datum >= t.van && e.datum <= t.tot) aantal++;
  return aantal;
}

/**
 * The report rows, per gemeente (in the order given) and tertiaal; the steps only when `stappen` is not false.
 * @example viermaandsrapportage({ jaar: 2026, gemeenten: ['Gorinchem'], indicaties: [], plaatsingen: [], dienstverbanden: [],
 *   wachtlijstOp: () => [], gefinancierdePlekken: { Gorinchem: 25 }, uitgaven: [] }).waarde.length // 3
 * @example viermaandsrapportage({ jaar: 2026, gemeenten: ['Gorinchem'], indicaties: [], plaatsingen: [], dienstverbanden: [],
 *   wachtlijstOp: () => [], gefinancierdePlekken: {}, uitgaven: [] }, basisParameters, { stappen: false }).stappen // []
 */
export function viermaandsrapportage(
  invoer: RapportageInvoer,
  parameters: Parameters = basisParameters,
  opties: StapOpties = {},
): Resultaat<RapportageRegel[]> {
  const regels: RapportageRegel[] = [];
  const gekozen = tertialenVan(invoer.jaar).filter((t) => invoer.totDatum === undefined || t.van <= invoer.totDatum);
  const besteding = bestedingen(invoer.uitgaven, invoer.gemeenten, gekozen);

  for (const gemeente of invoer.gemeenten) {
    const perTertiaal = besteding.get(gemeente)!;
    for (let i = 0; i < gekozen.length; i++) {
      const t = gekozen[i]!;
      const standOp = invoer.totDatum !== undefined && invoer.totDatum < t.tot ? invoer.totDatum : t.tot;
      const lijst = invoer.wachtlijstOp(gemeente, standOp);
      const wachttijden = lijst.map((w) => dagenTussen(w.ingangsdatum, standOp));
      const { lks, bijstand } = perTertiaal[i]!;
      regels.push({
        gemeente,
        tertiaal: t.nummer,
        van: t.van,
        standOp,
        instroom: aantalIn(invoer.indicaties, gemeente, t),
        plaatsingen: aantalIn(invoer.plaatsingen, gemeente, t),
        wachtlijstLengte: lijst.length,
        gemiddeldeWachttijdDagen: wachttijden.length === 0 ? null : Math.round(wachttijden.reduce((a, b) => a + b, 0) / wachttijden.length),
        langsteWachttijdDagen: wachttijden.length === 0 ? null : Math.max(...wachttijden),
        plekkenGerealiseerd: plekkenOp(invoer.dienstverbanden, gemeente, standOp, parameters),
        plekkenGefinancierd: invoer.gefinancierdePlekken[gemeente] ?? null,
        lksUitgaven: saldoAlsDecimal(lks),
        bijstandUitgaven: saldoAlsDecimal(bijstand),
      });
    }
  }
  const stappen =
    opties.stappen === false ? GEEN_STAPPEN : [STAP_TERTIALEN, STAP_INSTROOM, STAP_WACHTLIJST, plekkenStap(parameters), STAP_UITGAVEN];
  return { waarde: regels, stappen };
}
