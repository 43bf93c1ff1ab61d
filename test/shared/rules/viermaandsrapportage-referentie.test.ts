/**
 * The four-monthly report on the integer money core (shared/breuk.ts) gives what the decimal.js implementation gave
 * (test/reference/viermaandsrapportage.ts), every field of every row and every step, on 100,000 seeded random
 * inputs (test/support/viermaandsrapportage-invoer.ts): every tertiaal, `totDatum` inside, on the edges of a
 * tertiaal, before and after the year, leap years, every gemeente, parameter sets with other hours per place,
 * spend sums past 2^53 cents, at full double precision, on half a cent, negative. Where decimal.js itself rounded
 * (a sum past its 20 significant digits), the integer core gives the exact sum, which the reference gives at a
 * precision that needs no rounding. Values only (`stappen: false`) gives the same rows without a step.
 */
import Decimal from 'decimal.js';
import { viermaandsrapportage, type RapportageInvoer } from '../../../shared/rules/viermaandsrapportage';
import type { Parameters } from '../../../shared/parameters';
import { ALLEEN_WAARDEN, type Resultaat } from '../../../shared/uitleg';
import type { RapportageRegel } from '../../../shared/rules/viermaandsrapportage';
import { viermaandsrapportageReferentie } from '../../reference/viermaandsrapportage';
import { exacteVergelijking, HALVE_CENT, volleDouble, zonderStappen } from '../../support/referentie-uitkomst';
import { plekUrenParameters } from '../../support/taakstelling-invoer';
import { rapportageInvoerGenerator } from '../../support/viermaandsrapportage-invoer';

const AANTAL = 100_000;
const GRENS_2_53_CENTEN = new Decimal(2).pow(53).div(100);

/** Every field of every row, each Decimal as its full text, with the steps. */
function uitkomst(bereken: () => Resultaat<RapportageRegel[]>): string {
  const { waarde, stappen } = bereken();
  const rijen = waarde.map((r) => ({
    ...r,
    plekkenGerealiseerd: r.plekkenGerealiseerd.toFixed(),
    lksUitgaven: r.lksUitgaven.toFixed(),
    bijstandUitgaven: r.bijstandUitgaven.toFixed(),
  }));
  return JSON.stringify({ rijen, stappen });
}

describe('viermaandsrapportage on integers equals the decimal.js reference', () => {
  it(`gives the same rows and steps on ${AANTAL.toLocaleString('en')} seeded random inputs`, () => {
    const volgende = rapportageInvoerGenerator(20251210);
    const vergelijking = exacteVergelijking();
    const tel = {
      afgerondDoorDecimal: 0,
      zonderStappenAnders: 0,
      boven2tot53: 0,
      halveCenten: 0,
      volleDoubles: 0,
      negatief: 0,
      zonderTertiaal: 0,
      totDatumBinnen: 0,
      schrikkeljaar: 0,
      anderePlekUren: 0,
    };
    const tertialen = new Set<string>();
    const gemeenten = new Set<string>();
    for (let i = 0; i < AANTAL; i++) {
      const invoer: RapportageInvoer = volgende();
      const parameters: Parameters = plekUrenParameters[i % 4 === 0 ? 1 + (i % (plekUrenParameters.length - 1)) : 0]!;
      const verwacht = uitkomst(() => viermaandsrapportageReferentie(invoer, parameters));
      const gekregen = uitkomst(() => viermaandsrapportage(invoer, parameters));
      if (
        vergelijking.vergelijk(invoer, gekregen, verwacht, () => uitkomst(() => viermaandsrapportageReferentie(invoer, parameters))).uit ===
        'afgerond'
      )
        tel.afgerondDoorDecimal++;
      const zonder = viermaandsrapportage(invoer, parameters, ALLEEN_WAARDEN);
      if (uitkomst(() => zonder) !== zonderStappen(gekregen)) tel.zonderStappenAnders++;

      const { waarde } = zonder;
      if (waarde.length === 0) tel.zonderTertiaal++;
      if (invoer.totDatum !== undefined && invoer.totDatum.startsWith(String(invoer.jaar))) tel.totDatumBinnen++;
      if (invoer.jaar % 4 === 0) tel.schrikkeljaar++;
      if (parameters !== plekUrenParameters[0]) tel.anderePlekUren++;
      for (const rij of waarde) {
        tertialen.add(`${rij.tertiaal}|${rij.standOp.slice(5)}`);
        gemeenten.add(rij.gemeente);
        const sommen = [rij.lksUitgaven, rij.bijstandUitgaven];
        if (sommen.some((s) => s.abs().gt(GRENS_2_53_CENTEN))) tel.boven2tot53++;
        if (sommen.some((s) => s.isNeg())) tel.negatief++;
      }
      const bedragen = invoer.uitgaven.filter((u) => u.soort !== 'overig').map((u) => u.bedrag.toFixed());
      if (bedragen.some((b) => HALVE_CENT.test(b))) tel.halveCenten++;
      if (bedragen.some(volleDouble)) tel.volleDoubles++;
    }
    expect(vergelijking.verschillen).toBe(0);
    expect(tel.zonderStappenAnders).toBe(0);
    // decimal.js rounded a sum to 20 significant digits: the exact branch is tried.
    expect(tel.afgerondDoorDecimal).toBeGreaterThan(1_000);
    expect(tel.boven2tot53).toBeGreaterThan(5_000);
    expect(tel.halveCenten).toBeGreaterThan(10_000);
    expect(tel.volleDoubles).toBeGreaterThan(10_000);
    expect(tel.negatief).toBeGreaterThan(5_000);
    expect(tel.zonderTertiaal).toBeGreaterThan(1_000);
    expect(tel.totDatumBinnen).toBeGreaterThan(10_000);
    expect(tel.schrikkeljaar).toBeGreaterThan(10_000);
    expect(tel.anderePlekUren).toBeGreaterThan(10_000);
    expect(gemeenten.size).toBe(3);
    // Every tertiaal, taken on its last day and on a totDatum inside it.
    expect([...tertialen].filter((t) => ['1|04-30', '2|08-31', '3|12-31'].includes(t))).toHaveLength(3);
    expect(tertialen.size).toBeGreaterThan(100);
  });
});
