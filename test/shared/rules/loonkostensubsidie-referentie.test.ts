/**
 * The LKS on the integer money core (shared/breuk.ts) gives what the decimal.js implementation gave
 * (test/reference/loonkostensubsidie.ts), value and every step, and the same error, on 120,000 seeded random
 * inputs: youth ages, full-precision doubles, half-cent ties in every rounding, the forfait, the 70 % cap, a
 * sector full-time week, and dates and ages outside the figures.
 */
import Decimal from 'decimal.js';
import { berekenLoonkostensubsidie, LoonkostensubsidieInvoer, loonkostensubsidieInCenten } from '../../../shared/rules/loonkostensubsidie';
import { Datum } from '../../../shared/time/datum';
import { loonkostensubsidieReferentie } from '../../reference/loonkostensubsidie';
import { lksInvoerGenerator } from '../../support/lks-invoer';
import { uitkomst, verschilTeller } from '../../support/referentie-uitkomst';

const AANTAL = 120_000;

/** Whether a product of a cent amount and a fraction ends exactly on half a cent. */
const opHalveCent = (bedrag: string, fractie: string): boolean => new Decimal(bedrag).times(fractie).times(1000).mod(10).eq(5);

describe('loonkostensubsidie on integers equals the decimal.js reference', () => {
  it(`gives the same value, steps and errors on ${AANTAL.toLocaleString('en')} seeded random inputs`, () => {
    const volgende = lksInvoerGenerator(20251201);
    const verschillen = verschilTeller();
    let halveCenten = 0;
    let jongeren = 0;
    let fouten = 0;
    for (let i = 0; i < AANTAL; i++) {
      const invoer = volgende();
      const verwacht = uitkomst(() => loonkostensubsidieReferentie(invoer)) as { stappen?: { waarde: string }[] };
      const gekregen = uitkomst(() => berekenLoonkostensubsidie(invoer));
      verschillen.vergelijk(invoer, gekregen, verwacht);
      if (!verwacht.stappen) {
        fouten++;
        continue;
      }
      if (invoer.leeftijd !== undefined && invoer.leeftijd < 21) jongeren++;
      const waarden = verwacht.stappen.map((s) => s.waarde);
      const [wmlvb, fractie, subsidie] = waarden.slice(-6, -3);
      if (opHalveCent(wmlvb!, fractie!) || opHalveCent(subsidie!, '0.235')) halveCenten++;
    }
    expect(verschillen.aantal).toBe(0);
    expect(halveCenten).toBeGreaterThan(1_000);
    expect(jongeren).toBeGreaterThan(10_000);
    expect(fouten).toBeGreaterThan(1_000);
  });

  it('answers values only without building steps, with the same amount', () => {
    const invoer: LoonkostensubsidieInvoer = { loonwaarde: 0.45, urenPerWeek: 31.5, peildatum: '2026-03-01' as Datum, leeftijd: 19 };
    const zonder = loonkostensubsidieInCenten(invoer, undefined, { stappen: false });
    expect(zonder.stappen).toHaveLength(0);
    expect(zonder.waarde).toBe(loonkostensubsidieInCenten(invoer).waarde);
    expect(new Decimal(zonder.waarde).div(100).toFixed(2)).toBe(loonkostensubsidieReferentie(invoer).waarde.toFixed(2));
  });
});
