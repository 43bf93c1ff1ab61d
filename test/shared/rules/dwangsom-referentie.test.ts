/**
 * The dwangsom on the integer money core (shared/breuk.ts) gives what the decimal.js implementation gave
 * (test/reference/dwangsom.ts), value and every step, and the same error, on 120,000 seeded random cases: every
 * number of days (none, within each trede, past the maximum), premature ingebrekestellingen, no decision yet, dates
 * before the first figures, both figure values and the change between them, and scenarios whose amounts per day
 * have cents and tenths of cents, so sums end on half a cent.
 */
import Decimal from 'decimal.js';
import { basisParameters } from '../../../shared/parameters';
import { dwangsom, dwangsomInCenten } from '../../../shared/rules/dwangsom';
import { datum } from '../../../shared/time/datum';
import { dwangsomReferentie } from '../../reference/dwangsom';
import { dwangsomGeneratorVan } from '../../support/dwangsom-invoer';
import { uitkomst, verschilTeller } from '../../support/referentie-uitkomst';

const AANTAL = 120_000;

describe('dwangsom on integers equals the decimal.js reference', () => {
  it(`gives the same value, steps and errors on ${AANTAL.toLocaleString('en')} seeded random cases`, () => {
    const volgende = dwangsomGeneratorVan(20251203);
    const verschillen = verschilTeller();
    const geteld = { geen: 0, prematuur: 0, maximum: 0, halveCenten: 0, fouten: 0, oud: 0, nieuw: 0, zonderBesluit: 0 };
    const dagen = new Set<number>();
    for (let i = 0; i < AANTAL; i++) {
      const { invoer, parameters } = volgende();
      const verwacht = uitkomst(() => dwangsomReferentie(invoer, parameters)) as {
        waarde?: string;
        stappen?: { label: string; waarde: string }[];
      };
      const gekregen = uitkomst(() => dwangsom(invoer, parameters));
      verschillen.vergelijk(invoer, gekregen, verwacht);
      if (!verwacht.stappen) {
        geteld.fouten++;
        continue;
      }
      const labels = verwacht.stappen.map((s) => s.label);
      if (verwacht.waarde === '0.00') geteld.geen++;
      if (labels.some((l) => l.includes('prematuur'))) geteld.prematuur++;
      if (labels.some((l) => l.startsWith('Hoogstens'))) geteld.maximum++;
      if (labels.some((l) => l.startsWith('Nog geen besluit'))) geteld.zonderBesluit++;
      if (labels.some((l) => l.includes('geldig vanaf 2009-10-01')) && parameters === basisParameters) geteld.oud++;
      if (labels.some((l) => l.includes('geldig vanaf 2019-01-01')) && parameters === basisParameters) geteld.nieuw++;
      const dagenStap = verwacht.stappen.find((s) => s.label.startsWith('Dagen in gebreke'));
      if (dagenStap && parameters === basisParameters) dagen.add(Math.min(Number(dagenStap.waarde), 43));
      if (parameters !== basisParameters) {
        const som = verwacht.stappen.filter((s) => s.label.startsWith('Dag ')).reduce((t, s) => t.plus(s.waarde), new Decimal(0));
        if (som.times(1000).mod(10).eq(5)) geteld.halveCenten++;
      }
    }
    expect(verschillen.aantal).toBe(0);
    // Every number of days from 1 to 42 and past the maximum, under the law's figures.
    expect(dagen.size).toBe(43);
    expect(geteld.geen).toBeGreaterThan(10_000);
    expect(geteld.prematuur).toBeGreaterThan(10_000);
    expect(geteld.maximum).toBeGreaterThan(10_000);
    expect(geteld.zonderBesluit).toBeGreaterThan(10_000);
    expect(geteld.halveCenten).toBeGreaterThan(1_000);
    expect(geteld.fouten).toBeGreaterThan(1_000);
    expect(geteld.oud).toBeGreaterThan(10_000);
    expect(geteld.nieuw).toBeGreaterThan(10_000);
  });

  it('answers values only without building steps, with the same amount', () => {
    const invoer = {
      eindeBeslistermijn: datum('2026-03-02'),
      ingebrekestellingOntvangen: datum('2026-03-05'),
      beslisdatum: datum('2026-04-10'),
      vandaag: datum('2026-05-01'),
    };
    const zonder = dwangsomInCenten(invoer, undefined, { stappen: false });
    expect(zonder.stappen).toHaveLength(0);
    expect(zonder.waarde).toBe(60200);
    expect(new Decimal(zonder.waarde).div(100).toFixed(2)).toBe(dwangsomReferentie(invoer).waarde.toFixed(2));
  });
});
