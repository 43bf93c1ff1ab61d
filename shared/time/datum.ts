/**
 * Calendar dates as ISO text (`YYYY-MM-DD`): the type, its readers and constructors. No time of day and no
 * time zone ever enters a rule. Arithmetic on dates is in ./kalender.ts, so what only reads dates (the add-in)
 * carries no date library.
 */
import { ongeldig } from '../errors';

/**
 * A calendar date, `YYYY-MM-DD`, known to exist. Branded so that only the readers and constructors here, in
 * ./kalender.ts and ./excel-serial.ts make one: a value of this type has been parsed once and rules trust it.
 */
export type Datum = string & { readonly __merk: 'Datum' };

/**
 * The hours in a calendar week: the upper bound of any weekly working time.
 * @example UREN_IN_EEN_WEEK // 168
 */
export const UREN_IN_EEN_WEEK = 7 * 24;

/** The form of a calendar date's text, with year, month and day captured. */
export const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number, breedte = 2): string {
  return String(n).padStart(breedte, '0');
}

/** Days in a month of the Gregorian calendar. @example dagenInMaand(2028, 2) // 29 */
export function dagenInMaand(jaar: number, maand: number): number {
  if (maand === 2) return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0 ? 29 : 28;
  return maand === 4 || maand === 6 || maand === 9 || maand === 11 ? 30 : 31;
}

/**
 * True when the text is an existing calendar date in ISO form.
 * @example isDatum('2026-02-29') // false
 */
export function isDatum(tekst: string): tekst is Datum {
  // The form of ISO_DATUM read digit by digit: batches check a date per call, and a regex match allocates.
  if (tekst.length !== 10 || tekst.charCodeAt(4) !== STREEP || tekst.charCodeAt(7) !== STREEP) return false;
  return isBestaandeDatum(cijfers(tekst, 0, 4), cijfers(tekst, 5, 7), cijfers(tekst, 8, 10));
}

/**
 * Whether a year and month are one the registry knows: from 1900 on, month 1 to 12 (-1, a part that was not
 * digits, is none).
 * @example isBestaandeMaand(2026, 13) // false
 */
export function isBestaandeMaand(jaar: number, maand: number): boolean {
  return jaar >= 1900 && maand >= 1 && maand <= 12;
}

/**
 * Whether a day of such a month exists (`isDatum` of its parts).
 * @example isBestaandeDatum(2026, 2, 29) // false
 */
export function isBestaandeDatum(jaar: number, maand: number, dag: number): boolean {
  return isBestaandeMaand(jaar, maand) && dag >= 1 && dag <= dagenInMaand(jaar, maand);
}

const STREEP = 0x2d;
const NUL = 0x30;

/**
 * The number the decimal digits from `van` to `tot` write, or -1 when one is not a digit: a date's parts read
 * without cutting them out of the text.
 * @example cijfers('25-02-2026', 6, 10) // 2026
 */
export function cijfers(tekst: string, van: number, tot: number): number {
  let n = 0;
  for (let i = van; i < tot; i++) {
    const c = tekst.charCodeAt(i) - NUL;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * A calendar date from ISO text known to be valid (literals in tests, fixtures and figures); raises on anything else.
 * @example datum('2026-03-02') // '2026-03-02'
 */
export function datum(tekst: string): Datum {
  if (!isDatum(tekst)) throw new Error(`geen geldige datum: "${tekst}"`);
  return tekst;
}

/**
 * Checks ISO date text and returns it, or raises a Dutch error naming the argument.
 * @example leesIsoDatum('2026-03-02', 'adviesdatum') // '2026-03-02'
 */
export function leesIsoDatum(tekst: string, naam: string, plaats?: { argument?: number; field?: string }): Datum {
  const schoon = tekst.trim();
  if (!isDatum(schoon)) {
    ongeldig(`${naam} is geen geldige datum: "${tekst}"; gebruik een Excel-datum of tekst als "2026-03-02"`, plaats);
  }
  return schoon;
}

/**
 * The first day of a calendar month written `YYYY-MM`, a month already read (a ledger periode).
 * @example eersteDagVanMaand('2026-03') // '2026-03-01'
 */
export function eersteDagVanMaand(maand: string): Datum {
  return datum(`${maand}-01`);
}

/** A date as a Dutch reader writes it, for messages and step labels. @example datumNl('2026-03-02') // '2-3-2026' */
export function datumNl(datum: Datum | string): string {
  return `${Number(datum.slice(8, 10))}-${Number(datum.slice(5, 7))}-${datum.slice(0, 4)}`;
}

/** @example jaarVan('2026-11-24') // 2026 */
export function jaarVan(datum: Datum): number {
  // A Datum is valid ISO text, so its first four characters are digits: read in place, not cut out and parsed.
  return cijfers(datum, 0, 4);
}

/**
 * The date of a year, month and day the caller knows to exist (computed, not read from a user: that is what
 * `isDatum` and `leesIsoDatum` are for).
 * @example maak(2026, 4, 27) // '2026-04-27'
 */
export function maak(jaar: number, maand: number, dag: number): Datum {
  return `${pad(jaar, 4)}-${pad(maand)}-${pad(dag)}` as Datum;
}
