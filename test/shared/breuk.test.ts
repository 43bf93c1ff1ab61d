import Decimal from 'decimal.js';
import { decimaleTekst, eenMin, eenMinAlsTekst, getalAlsBreuk, getalAlsTekst, plus, productOpCenten } from '../../shared/breuk';
import { willekeur } from '../support/grootboek-generator';
import { lksInvoerGenerator } from '../support/lks-invoer';

/** decimal.js with room for every digit of a product of two doubles and a small fraction, for exact expectations. */
const Exact = Decimal.clone({ precision: 200, rounding: Decimal.ROUND_HALF_UP });

describe('eenMinAlsTekst', () => {
  it('writes 1 − x as the exact route through Breuk does, on edge cases and seeded random loonwaarden', () => {
    const volgende = lksInvoerGenerator(31);
    const xs = [0, 1, 0.5, 0.3, 0.7, 0.991, 1e-7, 0.0000012, 0.999999, 0.1 + 0.2];
    for (let i = 0; i < 20_000; i++) {
      const l = volgende().loonwaarde;
      if (l !== null) xs.push(l);
    }
    for (const x of xs) expect([x, eenMinAlsTekst(x)]).toEqual([x, decimaleTekst(eenMin(getalAlsBreuk(x)))]);
  });
});

describe('plus', () => {
  it('adds over the same and over different denominators, past 2^53 in bigint', () => {
    expect(plus({ teller: 32200, noemer: 1 }, { teller: 28000, noemer: 1 })).toEqual({ teller: 60200, noemer: 1 });
    expect(decimaleTekst(plus({ teller: 1, noemer: 10 }, { teller: 5, noemer: 100 }))).toBe('0.15');
    const groot = plus({ teller: Number.MAX_SAFE_INTEGER, noemer: 1 }, { teller: 2, noemer: 1 });
    expect(String(groot.teller)).toBe('9007199254740993');
    expect(decimaleTekst(plus({ teller: Number.MAX_SAFE_INTEGER, noemer: 10 }, { teller: 1, noemer: 100 }))).toBe('900719925474099.11');
  });
});

describe('productOpCenten', () => {
  const verwacht = (x: number, y: number, teller: number, noemer: number): number =>
    new Exact(x).times(y).times(teller).div(noemer).toDecimalPlaces(0).toNumber();

  it('rounds half up on exact ties, where the double product would not', () => {
    expect(productOpCenten(10_000.01, 15.5, { teller: 100, noemer: 31 })).toBe(500001);
    // 0.145 × 100 is 14.499999999999998 in doubles; the cent of 14,5 rounds up.
    expect(productOpCenten(0.145, 1, { teller: 100, noemer: 1 })).toBe(15);
  });

  it('takes the exact path for large amounts, where a double is off by more than the margin', () => {
    // 2.663.310.163,015 × 100 / 31 is exactly 8.591.323.106,5 cent; in doubles 8591323106.499998.
    expect(productOpCenten(2_663_310_163.015, 1, { teller: 100, noemer: 31 })).toBe(8591323107);
  });

  it('gives the exact rounding on seeded random full-precision, two-decimal and tie-making doubles, small and large', () => {
    const kans = willekeur(4171);
    let ties = 0;
    for (let i = 0; i < 50_000; i++) {
      const soort = i % 4;
      const schaal = 10 ** Math.floor(kans() * 13);
      const x =
        soort === 0 ? kans() * schaal : soort === 1 ? Math.floor(kans() * schaal * 100) / 100 : (Math.floor(kans() * 2e6) * 2 + 1) / 200;
      const y = soort === 3 ? 31 : soort === 2 ? Math.floor(kans() * 124) / 4 : kans() * 31;
      const noemer = soort === 3 ? 31 : 1 + Math.floor(kans() * 40);
      const uit = productOpCenten(x, y, { teller: 100, noemer });
      if (new Exact(x).times(y).times(100).div(noemer).mod(1).eq(0.5)) ties++;
      if (uit !== verwacht(x, y, 100, noemer)) expect([x, y, noemer, uit]).toEqual([x, y, noemer, verwacht(x, y, 100, noemer)]);
    }
    expect(ties).toBeGreaterThan(5_000);
  });
});

describe('getalAlsTekst', () => {
  it('writes a double as decimal.js does, with and without an exponent in its shortest text', () => {
    const kans = willekeur(77);
    const xs = [0, -0, 1, 9000, 0.1 + 0.2, 1e-7, 1.5e-10, 123e-9, 1e20, 1e21, 2.5e25, Number.MAX_SAFE_INTEGER];
    for (let i = 0; i < 5_000; i++) xs.push(kans() * 10 ** Math.floor(kans() * 30 - 12));
    for (const x of xs) expect([x, getalAlsTekst(x)]).toEqual([x, new Decimal(x).toFixed()]);
  });
});
