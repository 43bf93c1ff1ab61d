import Decimal from 'decimal.js';
import fc from 'fast-check';
import {
  centenAlsEuro,
  decimaleTekst,
  decimalAlsSaldo,
  eenMin,
  eenMinAlsTekst,
  getalAlsBreuk,
  getalAlsSaldo,
  getalAlsTekst,
  groterDan,
  heleCentenAlsTekst,
  heleCentenHalfNaarBoven,
  maal,
  maalOpCenten,
  maalOpCentenOnbegrensd,
  saldoAlsBedragTekst,
  saldoAlsGetal,
  saldoTekst,
  som,
  verschil,
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

describe('getalAlsTekst', () => {
  it('writes a double as new Decimal(x).toFixed() does, also where String() would use an exponent', () => {
    for (const x of [0, -0, 1001.02, 0.1 + 0.2, 1.5e-7, 5e-324, 1e21, 1.2345678901234567e300, 123456.78901234567]) {
      expect([x, getalAlsTekst(x)]).toEqual([x, new Decimal(x).toFixed()]);
    }
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
      }),
    );
    expect(alsDecimal(getalAlsSaldo(-0.45)).toFixed()).toBe('-0.45');
    expect(saldoAlsBedragTekst({ teller: -1, noemer: 1000 })).toBe('-0.00');
  });
});
