/**
 * The minimum wage on the integer money core (shared/breuk.ts) gives what the decimal.js implementation gave
 * (test/reference/wml.ts), value and every step, and the same error, on 120,000 seeded random inputs: youth ages
 * 15 to 20 and every other age, per month and per hour, every date range of the figures and outside it, under the
 * law's figures, ramingen into 2027 and figures recorded with more decimals; values-only calls the same amount
 * without steps.
 */
import Decimal from 'decimal.js';
import { basisParameters, Parameters } from '../../../shared/parameters';
import { minimumloon, minimumloonInCenten, MinimumloonInvoer } from '../../../shared/rules/wml';
import { datum } from '../../../shared/time/datum';
import { minimumloonReferentie } from '../../reference/wml';
import { geregistreerd, ramingen } from '../../support/afwijkende-parameters';
import { vergelijkMetReferentie } from '../../support/referentie-uitkomst';
import { wmlInvoerGenerator } from '../../support/wml-invoer';

const AANTAL = 120_000;
const PARAMETERSETS: readonly Parameters[] = [basisParameters, basisParameters, ...ramingen, geregistreerd];

describe('minimumloon on integers equals the decimal.js reference', () => {
  it(`gives the same value, steps and errors on ${AANTAL.toLocaleString('en')} seeded random inputs`, () => {
    const volgende = wmlInvoerGenerator(20251202);
    let verschillen = 0;
    const telling = {
      halveCenten: 0,
      jongeren: 0,
      volwassenen: 0,
      maand: 0,
      uur: 0,
      gemarkeerd: 0,
      raming: 0,
      buitenBereik: 0,
      ongeldig: 0,
    };
    for (let i = 0; i < AANTAL; i++) {
      const invoer = volgende();
      const parameters = PARAMETERSETS[i % PARAMETERSETS.length]!;
      const { verwacht, gekregen, gelijk } = vergelijkMetReferentie(
        () => minimumloonReferentie(invoer, parameters),
        (opties) => minimumloonInCenten(invoer, parameters, opties),
      );
      if (!gelijk) {
        verschillen++;
        if (verschillen <= 3) expect({ invoer, gekregen }).toEqual({ invoer, gekregen: verwacht });
      }
      if (!('stappen' in verwacht)) {
        if (verwacht.code === 'BUITEN_PARAMETERBEREIK') telling.buitenBereik++;
        else telling.ongeldig++;
        continue;
      }
      telling[invoer.periode]++;
      const stappen = verwacht.stappen as { waarde: string; status?: { status: string } }[];
      if (stappen.some((s) => s.status !== undefined)) telling.gemarkeerd++;
      if (stappen.some((s) => s.status?.status === 'raming')) telling.raming++;
      if (stappen.length === 1) {
        telling.volwassenen++;
        continue;
      }
      telling.jongeren++;
      const [volwassen, fractie] = stappen;
      const exact = new Decimal(volwassen!.waarde).times(fractie!.waarde).times(100);
      if (exact.mod(1).eq(0.5)) telling.halveCenten++;
    }
    expect(verschillen).toBe(0);
    expect(telling.jongeren).toBeGreaterThan(30_000);
    expect(telling.volwassenen).toBeGreaterThan(10_000);
    expect(telling.halveCenten).toBeGreaterThan(500);
    expect(Math.min(telling.maand, telling.uur)).toBeGreaterThan(25_000);
    expect(telling.gemarkeerd).toBeGreaterThan(10_000);
    expect(telling.raming).toBeGreaterThan(5_000);
    expect(telling.buitenBereik).toBeGreaterThan(5_000);
    expect(telling.ongeldig).toBeGreaterThan(5_000);
  });

  it('keeps the Decimal of the law’s figures exactly (the wrapper over the cents)', () => {
    const volgende = wmlInvoerGenerator(7);
    for (let i = 0; i < 2_000; i++) {
      const invoer: MinimumloonInvoer = { ...volgende(), peildatum: datum('2025-07-01') };
      if (invoer.periode !== 'maand' && invoer.periode !== 'uur') continue;
      if (invoer.leeftijd !== undefined && !(Number.isInteger(invoer.leeftijd) && invoer.leeftijd >= 15)) continue;
      expect(minimumloon(invoer).waarde.toFixed()).toBe(minimumloonReferentie(invoer).waarde.toFixed());
    }
  });
});
