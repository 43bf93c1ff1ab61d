/**
 * The vangnetuitkering on the integer money core (shared/breuk.ts) gives what the decimal.js implementation gave
 * (test/reference/vangnetuitkering.ts), value and every step, and the same error, on 120,000 seeded random inputs:
 * full-precision doubles, budgets past 2^53 cents, half-cent ties, every band, the three-year condition, every
 * year of the conditions and outside them, invalid inputs. Where decimal.js itself rounded (its 20 significant
 * digits: an amount of 10^15 euros against one of a millionth), the integer core gives the exact value, which
 * the reference gives at a precision that needs no rounding.
 */
import Decimal from 'decimal.js';
import { getalAlsBreuk, maal } from '../../../shared/breuk';
import { vangnetuitkering, vangnetuitkeringInCenten } from '../../../shared/rules/vangnetuitkering';
import { alsJsonOfFout, exacteVergelijking } from '../../support/referentie-uitkomst';
import { vangnetuitkeringReferentie } from '../../reference/vangnetuitkering';
import { vangnetInvoerGenerator } from '../../support/vangnet-invoer';

const AANTAL = 120_000;
const ZEVENENHALF_PROCENT = { teller: 75, noemer: 1000 };

function uitkomst(bereken: () => { waarde: Decimal; stappen: unknown }): string {
  return alsJsonOfFout(() => {
    const r = bereken();
    return { waarde: r.waarde.toFixed(2), stappen: r.stappen };
  });
}

describe('vangnetuitkering on integers equals the decimal.js reference', () => {
  it(`gives the same value, steps and errors on ${AANTAL.toLocaleString('en')} seeded random inputs`, () => {
    const volgende = vangnetInvoerGenerator(20251202);
    const vergelijking = exacteVergelijking();
    const tel = {
      afgerondDoorDecimal: 0,
      anderBedragDoorDecimal: 0,
      zonderStappenAnders: 0,
      halveCenten: 0,
      groot: 0,
      fouten: 0,
      buitenBereik: 0,
      driejaars: 0,
    };
    const banden = new Set<string>();
    for (let i = 0; i < AANTAL; i++) {
      const invoer = volgende();
      const verwacht = uitkomst(() => vangnetuitkeringReferentie(invoer));
      const gekregen = uitkomst(() => vangnetuitkering(invoer));
      // Only where decimal.js rounded: then the exact reference must agree.
      const v = vergelijking.vergelijk(invoer, gekregen, verwacht, () => uitkomst(() => vangnetuitkeringReferentie(invoer)));
      if (v.uit === 'afgerond') {
        tel.afgerondDoorDecimal++;
        if (JSON.parse(v.exact).waarde !== JSON.parse(verwacht).waarde) tel.anderBedragDoorDecimal++;
      }
      const r = JSON.parse(verwacht) as { code?: string; waarde?: string; stappen?: { label: string; waarde: string }[] };
      if (r.code !== undefined) {
        tel.fouten++;
        if (r.code === 'BUITEN_PARAMETERBEREIK') tel.buitenBereik++;
        continue;
      }
      const zonder = vangnetuitkeringInCenten(invoer, undefined, { stappen: false });
      if (zonder.stappen.length !== 0 || zonder.waarde !== vangnetuitkeringInCenten(invoer).waarde) tel.zonderStappenAnders++;
      const laatste = r.stappen!.at(-1)!;
      banden.add(laatste.label.startsWith('Vangnetuitkering') ? (r.stappen!.at(-3)!.waarde === '0' ? 'tussen' : 'boven') : laatste.label);
      if (invoer.tekortenVorigeTweeJaren !== undefined) tel.driejaars++;
      if (typeof maal(getalAlsBreuk(invoer.definitiefBudget), ZEVENENHALF_PROCENT).teller === 'bigint') tel.groot++;
      if (laatste.label.startsWith('Vangnetuitkering')) {
        const [vergoedingTussen, , vergoedingBoven] = r.stappen!.slice(-4, -1).map((s) => new Decimal(s.waarde));
        if (vergoedingTussen!.plus(vergoedingBoven!).times(100).mod(1).eq(0.5)) tel.halveCenten++;
      }
    }
    expect(vergelijking.verschillen).toBe(0);
    expect(tel.zonderStappenAnders).toBe(0);
    // decimal.js rounded to 20 significant digits, in a step and sometimes in the amount: the exact branch is tried.
    expect(tel.afgerondDoorDecimal).toBeGreaterThan(1_000);
    expect(tel.anderBedragDoorDecimal).toBeGreaterThan(100);
    expect(tel.halveCenten).toBeGreaterThan(1_000);
    expect(tel.groot).toBeGreaterThan(1_000);
    expect(tel.fouten).toBeGreaterThan(1_000);
    expect(tel.buitenBereik).toBeGreaterThan(1_000);
    expect(tel.driejaars).toBeGreaterThan(10_000);
    expect([...banden]).toHaveLength(4);
  });
});
