import Decimal from 'decimal.js';
import {
  decimaleTekst,
  eenMin,
  eenMinAlsTekst,
  getalAlsBreuk,
  getalAlsTekst,
  maalOpCenten,
  maalOpCentenOnbegrensd,
  onbegrensdeCentenAlsEuro,
  onbegrensdeCentenAlsTekst,
} from '../../shared/breuk';
import { lksInvoerGenerator } from '../support/lks-invoer';

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

describe('maalOpCenten and maalOpCentenOnbegrensd', () => {
  it('round a tie half up where the double product lies just below it (25 % of € 10.668.152.698,46)', () => {
    // The exact product is 266703817461,5 cent, the double product 266703817461,49997: a guard up to 2^40 cents
    // took the double and rounded down.
    expect(maalOpCenten({ teller: 25, noemer: 1 }, 10668152698.46)).toBe(266703817462);
    expect(maalOpCentenOnbegrensd({ teller: 15, noemer: 1 }, 123456789012.3)).toBe(1851851835185);
  });

  it('agree with decimal.js, half up, on seeded amounts of every size, a bigint past 2^53 cents', () => {
    let seed = 7;
    const kans = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < 20_000; i++) {
      const x = i % 3 === 0 ? Math.floor(kans() * 1e9) / 100 : kans() * 10 ** Math.floor(kans() * 22);
      const verwacht = new Decimal(x).times(15).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed();
      const gekregen = maalOpCentenOnbegrensd({ teller: 15, noemer: 1 }, x);
      expect([x, String(gekregen)]).toEqual([x, verwacht]);
      expect(typeof gekregen).toBe(BigInt(verwacht) > BigInt(Number.MAX_SAFE_INTEGER) ? 'bigint' : 'number');
    }
  });
});

describe('onbegrensdeCentenAlsTekst and onbegrensdeCentenAlsEuro', () => {
  it('write and read whole cents of any size as decimal.js does', () => {
    for (const c of [0, 5, 99, 100, 122411, 9007199254740991, 9007199254740993n, 1500000000000000000000n, 12345678901234567890n]) {
      const euro = new Decimal(String(c)).div(100);
      expect(onbegrensdeCentenAlsTekst(c)).toBe(euro.toFixed(2));
      expect(onbegrensdeCentenAlsEuro(c)).toBe(euro.toNumber());
    }
  });
});

describe('getalAlsTekst', () => {
  it('writes a double as new Decimal(x).toFixed() does, also where String() would use an exponent', () => {
    for (const x of [0, -0, 1001.02, 0.1 + 0.2, 1.5e-7, 5e-324, 1e21, 1.2345678901234567e300, 123456.78901234567]) {
      expect([x, getalAlsTekst(x)]).toEqual([x, new Decimal(x).toFixed()]);
    }
  });
});
