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
 */
import Decimal from 'decimal.js';
import { basisParameters, Parameters } from '../parameters';
import { nieuwsteWaarde } from '../parameters/reeks';
import type { Gemeente, Grootboeksoort, Maand } from '../schemas/grootboek';
import { Datum, eersteDagVanMaand, maak } from '../time/datum';
import { dagenTussen, eindeVanMaandperiode } from '../time/kalender';
import { Resultaat, stap } from '../uitleg';
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

/**
 * The report rows, per gemeente (in the order given) and tertiaal.
 * @example viermaandsrapportage({ jaar: 2026, gemeenten: ['Gorinchem'], indicaties: [], plaatsingen: [], dienstverbanden: [],
 *   wachtlijstOp: () => [], gefinancierdePlekken: { Gorinchem: 25 }, uitgaven: [] }).waarde.length // 3
 */
export function viermaandsrapportage(invoer: RapportageInvoer, parameters: Parameters = basisParameters): Resultaat<RapportageRegel[]> {
  const regels: RapportageRegel[] = [];
  const binnen = (datum: Datum, t: Tertiaal) => datum >= t.van && datum <= t.tot;
  const gekozen = tertialen(invoer.jaar).filter((t) => invoer.totDatum === undefined || t.van <= invoer.totDatum);

  for (const gemeente of invoer.gemeenten) {
    for (const t of gekozen) {
      const standOp = invoer.totDatum !== undefined && invoer.totDatum < t.tot ? invoer.totDatum : t.tot;
      const lijst = invoer.wachtlijstOp(gemeente, standOp);
      const wachttijden = lijst.map((w) => dagenTussen(w.ingangsdatum, standOp));
      let lks = new Decimal(0);
      let bijstand = new Decimal(0);
      for (const u of invoer.uitgaven) {
        if (u.gemeente !== gemeente || !binnen(eersteDagVanMaand(u.periode), t)) continue;
        if (u.soort === 'lks') lks = lks.plus(u.bedrag);
        else if (u.soort === 'bijstand') bijstand = bijstand.plus(u.bedrag);
      }
      regels.push({
        gemeente,
        tertiaal: t.nummer,
        van: t.van,
        standOp,
        instroom: invoer.indicaties.filter((i) => i.gemeente === gemeente && binnen(i.datum, t)).length,
        plaatsingen: invoer.plaatsingen.filter((p) => p.gemeente === gemeente && binnen(p.datum, t)).length,
        wachtlijstLengte: lijst.length,
        gemiddeldeWachttijdDagen: wachttijden.length === 0 ? null : Math.round(wachttijden.reduce((a, b) => a + b, 0) / wachttijden.length),
        langsteWachttijdDagen: wachttijden.length === 0 ? null : Math.max(...wachttijden),
        plekkenGerealiseerd: plekkenOp(invoer.dienstverbanden, gemeente, standOp, parameters),
        plekkenGefinancierd: invoer.gefinancierdePlekken[gemeente] ?? null,
        lksUitgaven: lks,
        bijstandUitgaven: bijstand,
      });
    }
  }
  return {
    waarde: regels,
    stappen: [
      stap('Tertialen', 'januari–april, mei–augustus, september–december', BRON),
      stap('Instroom', 'positieve besluiten indicatie beschut werk in het tertiaal', {
        regeling: 'Beleidsregels beschut werk Avres 2025',
        artikel: '5',
      }),
      stap('Wachtlijst en wachttijd', 'stand op de laatste dag van het tertiaal; wachttijd in dagen vanaf de datum die de plaats bepaalt', {
        regeling: 'Beleidsregels beschut werk Avres 2025',
        artikel: '8',
      }),
      stap(
        'Plekken gerealiseerd',
        `per dienstverband uren/${nieuwsteWaarde(parameters.beschutWerk).waarde.taakstellingUren}, hoogstens 1`,
        {
          regeling: 'Beleidsregels beschut werk Avres 2025',
          artikel: '6',
          lid: '6',
        },
      ),
      stap('Uitgaven', 'grootboekregels loonkostensubsidie en bijstand naar periode', { regeling: 'Pw', artikel: '69', lid: '1' }),
    ],
  };
}
