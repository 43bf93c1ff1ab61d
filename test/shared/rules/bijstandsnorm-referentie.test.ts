/**
 * The bijstandsnorm on the integer money core (shared/breuk.ts) gives what the decimal.js implementation gave
 * (test/reference/bijstandsnorm.ts), value and every step, and the same error, on 120,000 seeded random inputs:
 * every leefvorm, the norm itself, percentages that end on half a cent, full-precision doubles, 0 and −0, every date
 * range of the norms and outside it, under the law's figures, ramingen into 2027 and norms recorded with more
 * decimals; values-only calls the same amount without steps.
 */
import Decimal from 'decimal.js';
import { basisParameters, LEEFVORMEN, Parameters } from '../../../shared/parameters';
import { bijstandsnorm, bijstandsnormInCenten, BijstandsnormInvoer } from '../../../shared/rules/bijstandsnorm';
import { datum } from '../../../shared/time/datum';
import { bijstandsnormReferentie } from '../../reference/bijstandsnorm';
import { geregistreerd, ramingen } from '../../support/afwijkende-parameters';
import { vergelijkMetReferentie } from '../../support/referentie-uitkomst';
import { bijstandsnormInvoerGenerator } from '../../support/bijstandsnorm-invoer';

const AANTAL = 120_000;
const PARAMETERSETS: readonly Parameters[] = [basisParameters, basisParameters, ...ramingen, geregistreerd];
/** Exact enough for any product of a norm and a double's decimal text, to tell a half cent from near it. */
const Exact = Decimal.clone({ precision: 1000 });

describe('bijstandsnorm on integers equals the decimal.js reference', () => {
  it(`gives the same value, steps and errors on ${AANTAL.toLocaleString('en')} seeded random inputs`, () => {
    const volgende = bijstandsnormInvoerGenerator(20251203);
    let verschillen = 0;
    const telling = { halveCenten: 0, norm: 0, volledigePrecisie: 0, gemarkeerd: 0, raming: 0, buitenBereik: 0 };
    const perLeefvorm = new Map<string, number>();
    const perVeld = new Map<string, number>();
    for (let i = 0; i < AANTAL; i++) {
      const invoer = volgende();
      const parameters = PARAMETERSETS[i % PARAMETERSETS.length]!;
      const { verwacht, gekregen, gelijk } = vergelijkMetReferentie(
        () => bijstandsnormReferentie(invoer, parameters),
        (opties) => bijstandsnormInCenten(invoer, parameters, opties),
      );
      if (!gelijk) {
        verschillen++;
        if (verschillen <= 3) expect({ invoer, gekregen }).toEqual({ invoer, gekregen: verwacht });
      }
      if (!('stappen' in verwacht)) {
        if (verwacht.code === 'BUITEN_PARAMETERBEREIK') telling.buitenBereik++;
        else perVeld.set(String(verwacht.field), (perVeld.get(String(verwacht.field)) ?? 0) + 1);
        continue;
      }
      perLeefvorm.set(invoer.leefvorm, (perLeefvorm.get(invoer.leefvorm) ?? 0) + 1);
      const stappen = verwacht.stappen as { waarde: string; status?: { status: string } }[];
      if (stappen.some((s) => s.status !== undefined)) telling.gemarkeerd++;
      if (stappen.some((s) => s.status?.status === 'raming')) telling.raming++;
      if (stappen.length === 1) {
        telling.norm++;
        continue;
      }
      if (String(invoer.percentage).replace(/^0\.0*|\./g, '').length >= 15) telling.volledigePrecisie++;
      const exact = new Exact(stappen[0]!.waarde).times(stappen[1]!.waarde).times(100);
      if (exact.mod(1).eq(0.5)) telling.halveCenten++;
    }
    expect(verschillen).toBe(0);
    expect(telling.halveCenten).toBeGreaterThan(500);
    expect(telling.norm).toBeGreaterThan(5_000);
    expect(telling.volledigePrecisie).toBeGreaterThan(10_000);
    expect(telling.gemarkeerd).toBeGreaterThan(10_000);
    expect(telling.raming).toBeGreaterThan(5_000);
    expect(telling.buitenBereik).toBeGreaterThan(5_000);
    for (const leefvorm of LEEFVORMEN) expect(perLeefvorm.get(leefvorm)).toBeGreaterThan(10_000);
    for (const veld of ['leefvorm', 'peildatum', 'percentage']) expect(perVeld.get(veld)).toBeGreaterThan(500);
  });

  it('keeps the Decimal of the law’s norms exactly (the wrapper over the cents)', () => {
    const volgende = bijstandsnormInvoerGenerator(7);
    for (let i = 0; i < 2_000; i++) {
      const invoer: BijstandsnormInvoer = { ...volgende(), peildatum: datum('2025-07-01') };
      if (!LEEFVORMEN.includes(invoer.leefvorm) || !(typeof invoer.percentage === 'number' && invoer.percentage >= 0)) continue;
      if (!Number.isFinite(invoer.percentage)) continue;
      expect(bijstandsnorm(invoer).waarde.toFixed()).toBe(bijstandsnormReferentie(invoer).waarde.toFixed());
    }
  });
});
