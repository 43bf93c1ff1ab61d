/**
 * Exact arithmetic for money rules on integers: a `Breuk` is teller / noemer in whole numbers, plain JavaScript
 * numbers while every part stays a safe integer and bigint as soon as a product would pass 2^53, so an amount is
 * never approximated. Amounts are whole cents; a rule rounds a Breuk of cents to whole cents with a named mode.
 * Why not decimal.js on the hot path: it allocates and normalises per operation and was a third of the time of an
 * LKS evaluation; integers give the same exact results at the speed of plain numbers.
 */
import type Decimal from 'decimal.js';

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
    if (p <= VEILIG) return p;
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
  const cijfers = BigInt(geheel! + breuk);
  const teller = decimalen >= 0 ? cijfers : cijfers * 10n ** BigInt(-decimalen);
  return vereenvoudigd(teller, decimalen >= 0 ? 10n ** BigInt(decimalen) : 1n);
}

/** Back to plain numbers where both parts fit, so later products take the fast path. */
function vereenvoudigd(teller: bigint, noemer: bigint): Breuk {
  return teller <= VEILIG && noemer <= VEILIG ? { teller: Number(teller), noemer: Number(noemer) } : { teller, noemer };
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
 * The exact value of a legal figure held as a Decimal (read once per figure: figures are immutable).
 * @example decimalAlsBreuk(new Decimal('0.235')) // { teller: 47, noemer: 200 }
 */
export function decimalAlsBreuk(d: Decimal): Breuk {
  let b = uitDecimal.get(d);
  if (b === undefined) {
    if (d.isNegative()) throw new Error(`een Breuk is niet negatief: ${d.toFixed()}`);
    b = uitDecimaleTekst(d.toFixed());
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
 * a + b, exactly (a sum of amounts).
 * @example plus({ teller: 32200, noemer: 1 }, { teller: 28000, noemer: 1 }) // { teller: 60200, noemer: 1 }
 * @example plus({ teller: 1, noemer: 10 }, { teller: 5, noemer: 100 }) // { teller: 150, noemer: 1000 }
 */
export function plus(a: Breuk, b: Breuk): Breuk {
  if (a.noemer === b.noemer) {
    const { teller: t, noemer } = a;
    const u = b.teller;
    if (typeof t === 'number' && typeof u === 'number' && t + u <= VEILIG) return { teller: t + u, noemer };
    return { teller: alsBigint(t) + alsBigint(u), noemer };
  }
  const links = product(a.teller, b.noemer);
  const rechts = product(b.teller, a.noemer);
  const noemer = product(a.noemer, b.noemer);
  if (typeof links === 'number' && typeof rechts === 'number' && links + rechts <= VEILIG) return { teller: links + rechts, noemer };
  return { teller: alsBigint(links) + alsBigint(rechts), noemer };
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
  const t = alsBigint(teller);
  const n = alsBigint(noemer);
  const rest = t % n;
  return Number(rest * 2n >= n ? t / n + 1n : t / n);
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
 * How far from half a cent a double product must be to round as the exact product does: its relative error is
 * at most a few units of 2^-53 (each operand read as its decimal text, each product or quotient rounded once), so
 * below 2^30 cents (about € 10 million) it is off by less than 1e-7 cent and a margin of 1e-6 cent is safe; larger
 * products take the exact path.
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
