/**
 * Exact arithmetic for money rules on integers: a `Breuk` is teller / noemer in whole numbers, plain JavaScript
 * numbers while every part stays a safe integer and bigint as soon as a product would pass 2^53, so an amount is
 * never approximated. Amounts are whole cents; a rule rounds a Breuk of cents to whole cents with a named mode.
 * Why not decimal.js on the hot path: it allocates and normalises per operation and was a third of the time of an
 * LKS evaluation; integers give the same exact results at the speed of plain numbers.
 */
import type Decimal from 'decimal.js';
import { centenTekst } from './centen';

type Geheel = number | bigint;

/** An exact non-negative rational number. */
export interface Breuk {
  readonly teller: Geheel;
  readonly noemer: Geheel;
}

const VEILIG = Number.MAX_SAFE_INTEGER;

/** A double whose decimals are read by scaling, not by its text: below this size 9 decimals are exact. */
const SCHAALBAAR = 2 ** 20;

function alsBigint(n: Geheel): bigint {
  return typeof n === 'bigint' ? n : BigInt(n);
}

function product(a: Geheel, b: Geheel): Geheel {
  if (typeof a === 'number' && typeof b === 'number') {
    const p = a * b;
    // Both bounds: a Saldo's teller may be below zero.
    if (p <= VEILIG && p >= -VEILIG) return p;
  }
  return alsBigint(a) * alsBigint(b);
}

const DECIMAAL = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** The exact value of decimal text (`0.235`, `1.5e-7`, no sign). */
function uitDecimaleTekst(tekst: string): Breuk {
  const m = DECIMAAL.exec(tekst);
  if (!m) throw new Error(`geen decimaal getal: ${tekst}`);
  const [, geheel, breuk = '', exponent = '0'] = m;
  const decimalen = breuk.length - Number(exponent);
  const alleCijfers = geheel! + breuk;
  // Up to 15 digits and decimals both part and power of ten are safe integers: no bigint to make and convert back.
  if (alleCijfers.length <= 15 && decimalen >= 0 && decimalen <= 15) return { teller: Number(alleCijfers), noemer: 10 ** decimalen };
  const cijfers = BigInt(alleCijfers);
  const teller = decimalen >= 0 ? cijfers : cijfers * 10n ** BigInt(-decimalen);
  return vereenvoudigd(teller, decimalen >= 0 ? 10n ** BigInt(decimalen) : 1n);
}

/** Back to plain numbers where both parts fit, so later products take the fast path. */
function vereenvoudigd(teller: bigint, noemer: bigint): Breuk {
  return teller <= VEILIG && teller >= -VEILIG && noemer <= VEILIG
    ? { teller: Number(teller), noemer: Number(noemer) }
    : { teller, noemer };
}

/**
 * The value a non-negative double stands for: the decimal number it is written as (its shortest text, which is
 * also what decimal.js reads from a number), exactly.
 * @example getalAlsBreuk(0.45) // { teller: 45, noemer: 100 }
 * @example getalAlsBreuk(36) // { teller: 36, noemer: 1 }
 */
export function getalAlsBreuk(x: number): Breuk {
  if (Number.isInteger(x) && x <= VEILIG) return { teller: x, noemer: 1 };
  if (x < SCHAALBAAR) {
    // x is the double nearest t/s, and no other number of at most 9 decimals lies that near below 2^20, so its
    // shortest text is t/s itself.
    for (let s = 10; s <= 1e9; s *= 10) {
      const t = Math.round(x * s);
      if (t / s === x) return { teller: t, noemer: s };
    }
  }
  return uitDecimaleTekst(String(x));
}

const uitDecimal = new WeakMap<Decimal, Breuk>();

/**
 * The exact value of a legal figure held as a Decimal, as `decimalAlsSaldo` reads it, never negative (read once
 * per figure: figures are immutable).
 * @example decimalAlsBreuk(new Decimal('0.235')) // { teller: 235, noemer: 1000 }
 */
export function decimalAlsBreuk(d: Decimal): Breuk {
  let b = uitDecimal.get(d);
  if (b === undefined) {
    if (d.isNegative()) throw new Error(`een Breuk is niet negatief: ${d.toFixed()}`);
    b = decimalAlsSaldo(d);
    uitDecimal.set(d, b);
  }
  return b;
}

/**
 * a × b, exactly.
 * @example maal({ teller: 108, noemer: 100 }, { teller: 20, noemer: 36 }) // { teller: 2160, noemer: 3600 }
 */
export function maal(a: Breuk, b: Breuk): Breuk {
  return { teller: product(a.teller, b.teller), noemer: product(a.noemer, b.noemer) };
}

/**
 * 1 + a, exactly (vakantiebijslag on top of a wage).
 * @example eenPlus({ teller: 8, noemer: 100 }) // { teller: 108, noemer: 100 }
 */
export function eenPlus(a: Breuk): Breuk {
  const { teller, noemer } = a;
  if (typeof teller === 'number' && typeof noemer === 'number' && teller + noemer <= VEILIG) return { teller: teller + noemer, noemer };
  return { teller: alsBigint(teller) + alsBigint(noemer), noemer: alsBigint(noemer) };
}

/**
 * 1 − a for a ≤ 1, exactly.
 * @example eenMin({ teller: 6, noemer: 10 }) // { teller: 4, noemer: 10 }
 */
export function eenMin(a: Breuk): Breuk {
  const { teller, noemer } = a;
  if (typeof teller === 'number' && typeof noemer === 'number') return { teller: noemer - teller, noemer };
  return { teller: alsBigint(noemer) - alsBigint(teller), noemer: alsBigint(noemer) };
}

/**
 * Whether a > b.
 * @example groterDan({ teller: 8, noemer: 10 }, { teller: 7, noemer: 10 }) // true
 */
export function groterDan(a: Breuk, b: Breuk): boolean {
  const links = product(a.teller, b.noemer);
  const rechts = product(b.teller, a.noemer);
  return typeof links === 'number' && typeof rechts === 'number' ? links > rechts : alsBigint(links) > alsBigint(rechts);
}

/**
 * A Breuk of cents rounded to whole cents, half up (0,5 cent upwards): the rounding of FACTS §2.3, where no
 * statute prescribes another mode.
 * @example centenHalfNaarBoven({ teller: 2477952, noemer: 1000 }) // 2478
 * @example centenHalfNaarBoven({ teller: 5, noemer: 2 }) // 3
 */
export function centenHalfNaarBoven(b: Breuk): number {
  const { teller, noemer } = b;
  if (typeof teller === 'number' && typeof noemer === 'number') {
    const rest = teller % noemer;
    const geheel = (teller - rest) / noemer;
    return rest * 2 >= noemer ? geheel + 1 : geheel;
  }
  return Number(halfNaarBovenGedeeld(alsBigint(teller), alsBigint(noemer)));
}

/** t / n rounded to a whole number half up, for t ≥ 0 and n > 0. */
function halfNaarBovenGedeeld(t: bigint, n: bigint): bigint {
  return (t % n) * 2n >= n ? t / n + 1n : t / n;
}

/**
 * Whole cents as a Breuk of cents.
 * @example centen(229440) // { teller: 229440, noemer: 1 }
 */
export function centen(aantal: number): Breuk {
  return { teller: aantal, noemer: 1 };
}

/** The value of a Breuk as the nearest double, for the guarded fast paths below. */
function benaderd(b: Breuk): number {
  return Number(b.teller) / Number(b.noemer);
}

/**
 * How far from half a cent a double product of at most 2^30 cents must be to round as the exact product does:
 * its relative error is a few units of 2^-53 (the double read for its decimal text, the factor, the product), at
 * most 2^30 × 2^-51 ≈ 5e-7 cent, so a margin of 1e-6 cent is safe. (At 2^40 cents the error reaches 1e-4 cent and a
 * tie could round the wrong way: an uncapped percentage of any amount reaches there.)
 */
const MARGE = 1e-6;
const GROOTSTE_BENADERING = 2 ** 30;

/** Half up from a double whose exact value is within 1e-9 of it, or undefined when it lies too near a half. */
function halfNaarBovenAlsZeker(benadering: number): number | undefined {
  if (!(benadering >= 0 && benadering < GROOTSTE_BENADERING)) return undefined;
  const geheel = Math.floor(benadering);
  const rest = benadering - geheel;
  if (Math.abs(rest - 0.5) <= MARGE) return undefined;
  return rest > 0.5 ? geheel + 1 : geheel;
}

/**
 * a × x rounded to whole cents half up, exactly, for a Breuk of cents a and a double x read as its decimal
 * text: a product of plain doubles where it cannot be wrong, the exact product where it lies near half a cent.
 * @example maalOpCenten({ teller: 34416, noemer: 5 }, 31) // 213379 (2.294,40 × 1,08 / 36 × 31 uur)
 */
export function maalOpCenten(a: Breuk, x: number): number {
  return halfNaarBovenAlsZeker(benaderd(a) * x) ?? centenHalfNaarBoven(maal(a, getalAlsBreuk(x)));
}

/**
 * a × x rounded to whole cents half up, exactly, as `maalOpCenten`, for an amount of any size: past 2^53 cents the
 * result is a bigint, so no cent is lost (an uncapped percentage of whatever amount a cell holds).
 * @example maalOpCentenOnbegrensd({ teller: 15, noemer: 1 }, 800) // 12000
 * @example maalOpCentenOnbegrensd({ teller: 15, noemer: 1 }, 1e20) // 1500000000000000000000n
 */
export function maalOpCentenOnbegrensd(a: Breuk, x: number): Centen {
  return halfNaarBovenAlsZeker(benaderd(a) * x) ?? heleCentenHalfNaarBoven(maal(a, getalAlsBreuk(x)));
}

/**
 * x × y × b rounded to whole cents half up, exactly, for doubles x, y ≥ 0 read as their decimal text and an exact
 * Breuk b: an amount in euros pro rata a share (b = 100 cents / the whole). Plain doubles where they cannot be
 * wrong, the exact product near half a cent or above 2^30 cents.
 * @example productOpCenten(10_000.01, 15.5, { teller: 100, noemer: 31 }) // 500001 (5.000,005 half up)
 * @example productOpCenten(9000, 20, { teller: 100, noemer: 31 }) // 580645
 */
export function productOpCenten(x: number, y: number, b: Breuk): number {
  return halfNaarBovenAlsZeker(x * y * benaderd(b)) ?? centenHalfNaarBoven(maal(maal(getalAlsBreuk(x), getalAlsBreuk(y)), b));
}

/**
 * Whole cents × (1 − x) rounded to whole cents half up, exactly, for a double 0 ≤ x ≤ 1 read as its decimal
 * text (a subsidy fraction from a loonwaarde).
 * @example eenMinMaalOpCenten(247795, 0.6) // 99118
 */
export function eenMinMaalOpCenten(aantal: number, x: number): number {
  return halfNaarBovenAlsZeker(aantal * (1 - x)) ?? centenHalfNaarBoven(maal(centen(aantal), eenMin(getalAlsBreuk(x))));
}

/**
 * Whole cents × b rounded to whole cents half up, for an exact fraction b.
 * @example breukMaalOpCenten(99118, { teller: 47, noemer: 200 }) // 23293
 */
export function breukMaalOpCenten(aantal: number, b: Breuk): number {
  const { teller, noemer } = b;
  if (typeof teller === 'number' && typeof noemer === 'number') {
    const p = aantal * teller;
    if (p <= VEILIG) {
      const rest = p % noemer;
      const geheel = (p - rest) / noemer;
      return rest * 2 >= noemer ? geheel + 1 : geheel;
    }
  }
  return centenHalfNaarBoven(maal(centen(aantal), b));
}

/**
 * Whether 1 − x > grens, exactly, for a double x read as its decimal text.
 * @example eenMinGroterDan(0.2, { teller: 7, noemer: 10 }) // true
 */
export function eenMinGroterDan(x: number, grens: Breuk): boolean {
  const verschil = 1 - x - benaderd(grens);
  if (Math.abs(verschil) > 1e-12) return verschil > 0;
  return groterDan(eenMin(getalAlsBreuk(x)), grens);
}

/**
 * A Breuk with a power of ten below the line as plain decimal text without trailing zeros, as decimal.js
 * writes it (`toFixed()`): the text of a fraction in a step.
 * @example decimaleTekst({ teller: 40, noemer: 100 }) // '0.4'
 * @example decimaleTekst({ teller: 0, noemer: 10 }) // '0'
 */
export function decimaleTekst(b: Breuk): string {
  // String() writes a safe integer and a bigint alike in plain digits, without converting one into the other.
  const noemer = String(b.noemer);
  if (!/^10*$/.test(noemer)) throw new Error(`geen decimale breuk: ${String(b.teller)}/${noemer}`);
  const decimalen = noemer.length - 1;
  const cijfers = String(b.teller).padStart(decimalen + 1, '0');
  const geheel = cijfers.slice(0, cijfers.length - decimalen);
  const rest = cijfers.slice(cijfers.length - decimalen).replace(/0+$/, '');
  return rest === '' ? geheel : `${geheel}.${rest}`;
}

/**
 * A non-negative double as plain decimal text, its shortest digits without an exponent, as decimal.js writes it
 * (`new Decimal(x).toFixed()`): the text of an amount given as a cell in a step.
 * @example getalAlsTekst(9000.5) // '9000.5'
 * @example getalAlsTekst(1e-7) // '0.0000001'
 */
export function getalAlsTekst(x: number): string {
  const tekst = String(x);
  return tekst.includes('e') ? decimaleTekst(getalAlsBreuk(x)) : tekst;
}

const NUL_TOT_EEN = /^0\.\d+$/;

/**
 * 1 − x as exact decimal text for a double 0 ≤ x ≤ 1 read as its decimal text, the same text as
 * `decimaleTekst(eenMin(getalAlsBreuk(x)))`: for x written `0.d…d` by digit complements (1 − 0.d₁…dₙ is
 * 0.(9−d₁)…(9−dₙ₋₁)(10−dₙ), dₙ never 0 in a shortest text), so a full-precision loonwaarde needs no bigint.
 * @example eenMinAlsTekst(0.45) // '0.55'
 * @example eenMinAlsTekst(0.991) // '0.009'
 */
export function eenMinAlsTekst(x: number): string {
  const tekst = String(x);
  if (!NUL_TOT_EEN.test(tekst)) return decimaleTekst(eenMin(getalAlsBreuk(x)));
  const laatste = tekst.length - 1;
  const codes = new Array<number>(laatste - 1);
  for (let i = 2; i < laatste; i++) codes[i - 2] = NEGEN_MIN - tekst.charCodeAt(i);
  codes[laatste - 2] = NEGEN_MIN + 1 - tekst.charCodeAt(laatste);
  return `0.${String.fromCharCode(...codes)}`;
}

/** The char code of 9 − d for a digit's char code c is NEGEN_MIN − c ('0' + 9 + '0'). */
const NEGEN_MIN = 0x30 + 9 + 0x30;

/**
 * Whole cents as euro text with two decimals and a point, the text of every amount in a step and an answer
 * (the same text as `bedragTekst` in ./geld.ts for the same amount).
 * @example centenAlsTekst(122411) // '1224.11'
 * @example centenAlsTekst(5) // '0.05'
 */
export function centenAlsTekst(aantal: number): string {
  const euro = Math.trunc(aantal / 100);
  const rest = Math.abs(aantal % 100);
  const teken = aantal < 0 && euro === 0 ? '-' : '';
  return `${teken}${euro}.${rest < 10 ? '0' : ''}${rest}`;
}

/** Below this many cents an amount has at most 15 significant digits, so no shorter decimal names the same double. */
const CENTEN_MET_VIJFTIEN_CIJFERS = 1e15;

/**
 * A finite number's JSON text, the same as `String(getal)` (and `JSON.stringify`), written from its whole cents when
 * it is an amount in whole cents: three times as fast for the answers' values, which are nearly all amounts. Why it
 * is the same text: `cent / 100` is the double nearest to the amount, an amount of at most 15 significant digits is
 * the only decimal of that length or shorter that names that double, and JavaScript writes the shortest one, without
 * trailing zeros and without an exponent between 1e-6 and 1e21.
 * @example getalAlsJsonTekst(1224.1) // '1224.1'
 * @example getalAlsJsonTekst(0.1 + 0.2) // '0.30000000000000004'
 */
export function getalAlsJsonTekst(getal: number): string {
  const cent = Math.round(getal * 100);
  if (cent / 100 !== getal || cent === 0 || cent >= CENTEN_MET_VIJFTIEN_CIJFERS || cent <= -CENTEN_MET_VIJFTIEN_CIJFERS)
    return String(getal);
  const aantal = cent < 0 ? -cent : cent;
  const euro = Math.floor(aantal / 100);
  const rest = aantal - euro * 100;
  const tekst = rest === 0 ? String(euro) : rest % 10 === 0 ? `${euro}.${rest / 10}` : `${euro}.${rest < 10 ? '0' : ''}${rest}`;
  return cent < 0 ? `-${tekst}` : tekst;
}

/**
 * An exact rational number of either sign: a tekort that is an overschot, a saldo. The teller carries the sign,
 * the noemer is positive; every Breuk is a Saldo, and `maal` and `groterDan` take a Saldo as well.
 */
export type Saldo = Breuk;

function tegengesteld(n: Geheel): Geheel {
  // Written twice for the compiler: unary minus on number | bigint is refused without narrowing.
  return typeof n === 'bigint' ? -n : -n;
}

function onderNul(n: Geheel): boolean {
  return n < 0;
}

/**
 * The value of a double of either sign, as `getalAlsBreuk` reads it.
 * @example getalAlsSaldo(-0.45) // { teller: -45, noemer: 100 }
 */
export function getalAlsSaldo(x: number): Saldo {
  if (x >= 0) return getalAlsBreuk(x);
  const b = getalAlsBreuk(-x);
  return { teller: tegengesteld(b.teller), noemer: b.noemer };
}

const DECIMAAL_MET_TEKEN = /^(-?)(.*)$/;

/** decimal.js keeps a value's digits in words of seven decimal digits (its documented `d`, with exponent `e`, sign `s`). */
const WOORD = 1e7;

/**
 * A Decimal of at most two words (14 digits) read from its digits, without writing and parsing its text: what
 * `decimalAlsSaldo` gives, teller and noemer alike, as long as both stay safe integers; otherwise undefined.
 */
function uitDecimalWoorden(d: Decimal): Saldo | undefined {
  const woorden = d.d as readonly number[] | null;
  if (woorden === null || woorden.length > 2) return undefined;
  const eerste = woorden[0]!;
  if (eerste === 0) return { teller: 0, noemer: 1 };
  let cijfersEerste = 1;
  for (let macht = 10; macht <= eerste; macht *= 10) cijfersEerste++;
  let teller = woorden.length === 2 ? eerste * WOORD + woorden[1]! : eerste;
  // teller × 10^exponent, trailing zeros below the point dropped as the text drops them.
  let exponent = d.e - (cijfersEerste + 7 * (woorden.length - 1)) + 1;
  while (exponent < 0 && teller % 10 === 0) {
    teller /= 10;
    exponent++;
  }
  if (exponent < -15) return undefined;
  if (exponent > 0) {
    teller *= 10 ** exponent;
    if (teller > VEILIG) return undefined;
  }
  return { teller: d.s < 0 ? -teller : teller, noemer: exponent < 0 ? 10 ** -exponent : 1 };
}

/**
 * The exact value of a Decimal of either sign (an amount from the registry, read per call: not remembered).
 * @example decimalAlsSaldo(new Decimal('-800000.5')) // { teller: -8000005, noemer: 10 }
 */
export function decimalAlsSaldo(d: Decimal): Saldo {
  const klein = uitDecimalWoorden(d);
  if (klein !== undefined) return klein;
  const [, teken, cijfers] = DECIMAAL_MET_TEKEN.exec(d.toFixed())!;
  const b = uitDecimaleTekst(cijfers!);
  return teken === '' ? b : { teller: tegengesteld(b.teller), noemer: b.noemer };
}

/**
 * a + b, exactly; on the noemer of the finer one when one noemer divides the other (decimal amounts), so the
 * numbers stay small.
 * @example som({ teller: 15, noemer: 10 }, { teller: -25, noemer: 100 }) // { teller: 125, noemer: 100 }
 */
export function som(a: Saldo, b: Saldo): Saldo {
  const { teller: at, noemer: an } = a;
  const { teller: bt, noemer: bn } = b;
  if (typeof at === 'number' && typeof an === 'number' && typeof bt === 'number' && typeof bn === 'number') {
    const [fijn, grof, factor] = an >= bn ? [a, b, an / bn] : [b, a, bn / an];
    if (Number.isInteger(factor)) {
      const t = (fijn.teller as number) + (grof.teller as number) * factor;
      if (t <= VEILIG && t >= -VEILIG) return { teller: t, noemer: fijn.noemer };
    }
  }
  const [ta, na, tb, nb] = [alsBigint(at), alsBigint(an), alsBigint(bt), alsBigint(bn)];
  if (na % nb === 0n) return vereenvoudigd(ta + tb * (na / nb), na);
  if (nb % na === 0n) return vereenvoudigd(tb + ta * (nb / na), nb);
  return vereenvoudigd(ta * nb + tb * na, na * nb);
}

/**
 * a − b, exactly.
 * @example verschil({ teller: 1150, noemer: 1 }, { teller: 1000, noemer: 1 }) // { teller: 150, noemer: 1 }
 */
export function verschil(a: Saldo, b: Saldo): Saldo {
  return som(a, { teller: tegengesteld(b.teller), noemer: b.noemer });
}

/**
 * A Saldo with a power of ten below the line as plain decimal text, a minus before a negative one, as decimal.js
 * writes it (`toFixed()`).
 * @example saldoTekst({ teller: -15, noemer: 10 }) // '-1.5'
 */
export function saldoTekst(s: Saldo): string {
  return onderNul(s.teller) ? `-${decimaleTekst({ teller: tegengesteld(s.teller), noemer: s.noemer })}` : decimaleTekst(s);
}

/**
 * The nearest double to a Saldo with a power of ten below the line: what a Decimal of the same value gives with
 * `toNumber()` (the amount a rule that reads doubles is given).
 * @example saldoAlsGetal({ teller: -8000005, noemer: 10 }) // -800000.5
 */
export function saldoAlsGetal(s: Saldo): number {
  // Both parts exact doubles: their quotient is the correctly rounded value, as parsing the exact text is.
  if (typeof s.teller === 'number' && typeof s.noemer === 'number') return s.teller / s.noemer;
  return Number(saldoTekst(s));
}

/**
 * Whole cents: a number while they are a safe integer, a bigint beyond (an amount a cell may hold, far above any
 * budget).
 */
export type Centen = number | bigint;

/**
 * A Breuk of cents rounded to whole cents half up, as `centenHalfNaarBoven`, exact also beyond 2^53 cents.
 * @example heleCentenHalfNaarBoven({ teller: 5, noemer: 2 }) // 3
 * @example heleCentenHalfNaarBoven({ teller: 10n ** 20n, noemer: 1 }) // 100000000000000000000n
 */
export function heleCentenHalfNaarBoven(b: Breuk): Centen {
  if (typeof b.teller === 'number' && typeof b.noemer === 'number') return centenHalfNaarBoven(b);
  const geheel = halfNaarBovenGedeeld(alsBigint(b.teller), alsBigint(b.noemer));
  return geheel <= VEILIG ? Number(geheel) : geheel;
}

const HONDERD: Breuk = { teller: 100, noemer: 1 };

/**
 * A Saldo as euro text with two decimals, rounded half up (away from zero), a minus before any negative amount
 * even when it rounds to zero: what decimal.js's `toFixed(2)` writes.
 * @example saldoAlsBedragTekst({ teller: -12345, noemer: 1000 }) // '-12.35'
 * @example saldoAlsBedragTekst({ teller: -1, noemer: 1000 }) // '-0.00'
 */
export function saldoAlsBedragTekst(s: Saldo): string {
  const negatief = onderNul(s.teller);
  const centen = heleCentenHalfNaarBoven(maal({ teller: negatief ? tegengesteld(s.teller) : s.teller, noemer: s.noemer }, HONDERD));
  return negatief ? `-${heleCentenAlsTekst(centen)}` : heleCentenAlsTekst(centen);
}

/**
 * Whole cents as euro text with two decimals and a point, at any size.
 * @example heleCentenAlsTekst(122411) // '1224.11'
 * @example heleCentenAlsTekst(10n ** 20n) // '1000000000000000000.00'
 */
export function heleCentenAlsTekst(aantal: Centen): string {
  return typeof aantal === 'number' ? centenAlsTekst(aantal) : centenTekst(aantal);
}

/**
 * Whole cents as an exact Saldo of euros, to add to and compare with amounts in euros (a ledger's, a saldo).
 * @example centenAlsSaldo(122411) // { teller: 122411, noemer: 100 }
 */
export function centenAlsSaldo(aantal: Centen): Saldo {
  return { teller: aantal, noemer: 100 };
}

/**
 * Whole cents as the nearest double of euros: what a Decimal's `toNumber()` gives for the same amount.
 * @example centenAlsEuro(122411) // 1224.11
 */
export function centenAlsEuro(aantal: Centen): number {
  // A safe integer divided by 100 is the correctly rounded quotient; beyond, the exact text is parsed.
  return typeof aantal === 'number' ? aantal / 100 : Number(centenTekst(aantal));
}
