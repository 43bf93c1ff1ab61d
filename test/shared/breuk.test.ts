import Decimal from 'decimal.js';
import fc from 'fast-check';
import { saldoAlsDecimal } from '../../shared/geld';
import {
  centenAlsEuro,
  centenAlsSaldo,
  decimaleTekst,
  decimalAlsSaldo,
  eenMin,
  eenMinAlsTekst,
  getalAlsBreuk,
  getalAlsJsonTekst,
  getalAlsSaldo,
  getalAlsTekst,
  groterDan,
  heleCentenAlsTekst,
  heleCentenHalfNaarBoven,
  maal,
  maalOpCenten,
  maalOpCentenOnbegrensd,
  productOpCenten,
  saldoAlsBedragTekst,
  saldoAlsGetal,
  saldoTekst,
  som,
  verschil,
} from '../../shared/breuk';
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

describe('signed amounts (Saldo) and whole cents past 2^53', () => {
  const alsDecimal = (s: { teller: number | bigint; noemer: number | bigint }): Decimal =>
    new Decimal(String(s.teller)).div(String(s.noemer));
  const bedragen = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 }),
    fc.integer().map((c) => c / 100),
  );

  beforeAll(() => Decimal.set({ precision: 1000 }));
  afterAll(() => Decimal.set({ precision: 20 }));

  it('adds, subtracts, compares and writes doubles of either sign exactly', () => {
    fc.assert(
      fc.property(bedragen, bedragen, (x, y) => {
        const [a, b] = [getalAlsSaldo(x), getalAlsSaldo(y)];
        const [da, db] = [new Decimal(x), new Decimal(y)];
        expect(saldoTekst(som(a, b))).toBe(da.plus(db).toFixed());
        expect(saldoTekst(verschil(a, b))).toBe(da.minus(db).toFixed());
        expect(saldoTekst(maal(a, b))).toBe(da.times(db).toFixed());
        expect(groterDan(a, b)).toBe(da.gt(db));
        expect(saldoAlsBedragTekst(a)).toBe(da.toFixed(2));
        expect(alsDecimal(decimalAlsSaldo(da)).eq(da)).toBe(true);
        expect(saldoAlsDecimal(som(a, b)).eq(da.plus(db))).toBe(true);
      }),
    );
  });

  it('reads a Decimal of any size exactly, in the same form from its digits as from its text', () => {
    const tekst = fc
      .tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,22}$/), fc.integer({ min: -30, max: 30 }))
      .map(([negatief, cijfers, exponent]) => `${negatief ? '-' : ''}${cijfers}e${exponent}`);
    fc.assert(
      fc.property(tekst, (t) => {
        const d = new Decimal(t);
        const s = decimalAlsSaldo(d);
        expect(saldoTekst(s)).toBe(d.toFixed());
        const [teller, noemer] = [BigInt(s.teller), BigInt(s.noemer)];
        // Normal form: a power of ten below the line, no trailing zero above it when there are decimals.
        expect(/^10*$/.test(String(noemer)) && (noemer === 1n || teller % 10n !== 0n)).toBe(true);
        const veilig = (n: bigint) => n <= BigInt(Number.MAX_SAFE_INTEGER) && n >= -BigInt(Number.MAX_SAFE_INTEGER);
        expect(typeof s.teller === 'number' && typeof s.noemer === 'number').toBe(veilig(teller) && veilig(noemer));
        expect(Object.is(s.teller, -0)).toBe(false);
        expect(saldoAlsGetal(s)).toBe(new Decimal(d.toFixed()).toNumber());
      }),
      { numRuns: 5000 },
    );
  });

  it('rounds cents half up past 2^53 and gives the euro number a Decimal gives', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), (t, n) => {
        const centen = heleCentenHalfNaarBoven({ teller: t, noemer: n });
        const verwacht = new Decimal(t.toString()).div(n.toString()).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
        expect(String(centen)).toBe(verwacht.toFixed());
        expect(typeof centen === 'number').toBe(verwacht.lte(Number.MAX_SAFE_INTEGER));
        expect(heleCentenAlsTekst(centen)).toBe(verwacht.div(100).toFixed(2));
        expect(centenAlsEuro(centen)).toBe(verwacht.div(100).toNumber());
        expect(saldoTekst(centenAlsSaldo(centen))).toBe(verwacht.div(100).toFixed());
      }),
    );
    expect(alsDecimal(getalAlsSaldo(-0.45)).toFixed()).toBe('-0.45');
    expect(saldoAlsBedragTekst({ teller: -1, noemer: 1000 })).toBe('-0.00');
  });
});

describe('getalAlsJsonTekst', () => {
  it("is String's text for every amount in whole cents, up to and past 15 significant digits", () => {
    const grens = 1e15;
    fc.assert(
      fc.property(fc.integer({ min: -grens - 1000, max: grens + 1000 }), (cent) => getalAlsJsonTekst(cent / 100) === String(cent / 100)),
      { numRuns: 100_000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (cent) => getalAlsJsonTekst(cent / 100) === String(cent / 100)),
      { numRuns: 100_000 },
    );
  });

  it("is String's text for any finite double: fractions of cents, tiny, huge, negative zero", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => getalAlsJsonTekst(v) === String(v)),
      { numRuns: 100_000 },
    );
    for (const v of [
      0,
      -0,
      0.01,
      -0.01,
      0.1,
      0.005,
      1e-7,
      0.1 + 0.2,
      1224.1,
      1224,
      -1224.11,
      9999999999999.99,
      1e13,
      1e21,
      123456789012.34,
    ])
      expect(getalAlsJsonTekst(v)).toBe(String(v));
  });
});
