/**
 * Reference: the four-monthly report as it was on decimal.js (before the integer money core), kept to prove the
 * exact integer implementation (shared/rules/viermaandsrapportage.ts) equal on random inputs
 * (test/shared/rules/viermaandsrapportage-referentie.test.ts). Not used by the product.
 */
import Decimal from 'decimal.js';
import { basisParameters, Parameters } from '../../shared/parameters';
import { nieuwsteWaarde } from '../../shared/parameters/reeks';
import { Datum, eersteDagVanMaand } from '../../shared/time/datum';
import { dagenTussen } from '../../shared/time/kalender';
import { Resultaat, stap } from '../../shared/uitleg';
import { plekkenOp } from '../../shared/rules/taakstelling';
import { tertialen, type RapportageInvoer, type RapportageRegel, type Tertiaal } from '../../shared/rules/viermaandsrapportage';
import type { Bronnen } from '../../shared/bron';

const BRON: Bronnen = { omschrijving: 'Jaarplan Avres 2020 hoofdstuk 5 (viermaandsrapportage)' };

/** The report rows, per gemeente (in the order given) and tertiaal. */
export function viermaandsrapportageReferentie(
  invoer: RapportageInvoer,
  parameters: Parameters = basisParameters,
): Resultaat<RapportageRegel[]> {
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
