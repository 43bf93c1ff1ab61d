/**
 * Whole cents as bigint: the text of every amount is byte for byte what decimal.js's `toFixed(2)` wrote before
 * (the canonical ledger text and its sha256 depend on it), and reading refuses exactly what has more than two decimals.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { centenTekst, centenUitDecimaal } from '../../shared/centen';

const TIEN_TOT_DE_VEERTIENDE = 10n ** 14n;

describe('centenTekst', () => {
  it('writes every amount up to 10^12 euro as decimal.js toFixed(2) did', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -TIEN_TOT_DE_VEERTIENDE, max: TIEN_TOT_DE_VEERTIENDE }), (centen) => {
        expect(centenTekst(centen)).toBe(new Decimal(centen.toString()).div(100).toFixed(2));
      }),
    );
  });

  it('writes zero and amounts under a euro with a leading zero', () => {
    expect([0n, 5n, -5n, 99n, -100n].map(centenTekst)).toEqual(['0.00', '0.05', '-0.05', '0.99', '-1.00']);
  });
});

describe('centenUitDecimaal', () => {
  it('reads the text of any JavaScript number as decimal.js read it, refusing more than two decimals', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.integer().map((n) => n / 100),
        ),
        (getal) => {
          const d = new Decimal(String(getal));
          const centen = centenUitDecimaal(String(getal));
          if (d.decimalPlaces() > 2) expect(centen).toBeUndefined();
          else expect(centenTekst(centen!)).toBe(d.toFixed(2));
        },
      ),
    );
  });

  it('reads exponents and refuses what is no number', () => {
    expect(centenUitDecimaal('1e+21')).toBe(10n ** 23n);
    expect(centenUitDecimaal('1.5e-2')).toBeUndefined();
    expect(centenUitDecimaal('2.5e-1')).toBe(25n);
    expect(centenUitDecimaal('1,5')).toBeUndefined();
    expect(centenUitDecimaal('')).toBeUndefined();
  });
});
