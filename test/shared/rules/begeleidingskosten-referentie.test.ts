/**
 * Begeleidingskosten on the integer money core (shared/breuk.ts) give what the decimal.js implementation gave
 * (test/reference/begeleidingskosten.ts), value and every step, and the same error, on 120,000 seeded random
 * inputs: full-precision doubles, shares that end exactly on half a cent, hours above one place, invalid input.
 * One intended difference: a Rijk amount above € 1 biljoen is refused (the reference kept 20 significant digits
 * there, which loses cents from about € 10^17 on).
 */
import Decimal from 'decimal.js';
import { begeleidingskosten, begeleidingskostenInCenten } from '../../../shared/rules/begeleidingskosten';
import { begeleidingskostenReferentie } from '../../reference/begeleidingskosten';
import { begeleidingskostenInvoerGenerator } from '../../support/begeleidingskosten-invoer';
import { uitkomst, verschilTeller } from '../../support/referentie-uitkomst';

const AANTAL = 120_000;
const Exact = Decimal.clone({ precision: 100 });

describe('begeleidingskosten on integers equal the decimal.js reference', () => {
  it(`gives the same value, steps and errors on ${AANTAL.toLocaleString('en')} seeded random inputs`, () => {
    const volgende = begeleidingskostenInvoerGenerator(20251202);
    const verschillen = verschilTeller();
    let halveCenten = 0;
    let volPrecisie = 0;
    let bovenEenPlek = 0;
    let fouten = 0;
    let teGroot = 0;
    for (let i = 0; i < AANTAL; i++) {
      const invoer = volgende();
      const gekregen = uitkomst(() => begeleidingskosten(invoer));
      if (
        Number.isFinite(invoer.rijksbedragPerPlek) &&
        invoer.rijksbedragPerPlek > 1e12 &&
        invoer.urenPerWeek >= 0 &&
        invoer.urenPerWeek <= 168
      ) {
        teGroot++;
        expect(gekregen).toEqual({
          code: 'ONGELDIGE_INVOER',
          message: `rijksbedrag_per_plek mag hoogstens 1000000000000 zijn, niet ${String(invoer.rijksbedragPerPlek)}`,
          field: 'rijksbedragPerPlek',
        });
        continue;
      }
      const verwacht = uitkomst(() => begeleidingskostenReferentie(invoer)) as { stappen?: unknown };
      verschillen.vergelijk(invoer, gekregen, verwacht);
      if (!verwacht.stappen) {
        fouten++;
        continue;
      }
      const { urenPerWeek: u, rijksbedragPerPlek: r } = invoer;
      if (u > 31) bovenEenPlek++;
      if (
        String(r)
          .replace(/^0\.0*/, '')
          .replace('.', '').length >= 15 &&
        String(u).length >= 15
      )
        volPrecisie++;
      if (new Exact(r).times(Math.min(u, 31)).div(31).times(1000).mod(10).eq(5)) halveCenten++;
    }
    expect(verschillen.aantal).toBe(0);
    expect(halveCenten).toBeGreaterThan(10_000);
    expect(volPrecisie).toBeGreaterThan(1_000);
    expect(bovenEenPlek).toBeGreaterThan(10_000);
    expect(fouten).toBeGreaterThan(3_000);
    expect(teGroot).toBeGreaterThan(1_000);
  });

  it('answers values only without building steps, with the same amount', () => {
    const invoer = { urenPerWeek: 15.5, rijksbedragPerPlek: 10_000.01 };
    const zonder = begeleidingskostenInCenten(invoer, undefined, { stappen: false });
    expect(zonder.stappen).toHaveLength(0);
    expect(zonder.waarde).toBe(500001);
    expect(new Decimal(zonder.waarde).div(100).toFixed(2)).toBe(begeleidingskostenReferentie(invoer).waarde.toFixed(2));
  });
});
