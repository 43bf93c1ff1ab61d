/**
 * Calendar dates as ISO text (`YYYY-MM-DD`). No time of day and no time zone ever enters a rule:
 * arithmetic goes through date-fns on local-midnight dates that never leave this module.
 */
import { addDays, addMonths, differenceInCalendarDays } from 'date-fns';
import { ongeldig } from '../errors';

/** A calendar date, `YYYY-MM-DD`. */
export type Datum = string;

/**
 * The hours in a calendar week: the upper bound of any weekly working time.
 * @example UREN_IN_EEN_WEEK // 168
 */
export const UREN_IN_EEN_WEEK = 7 * 24;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function naarDate(datum: Datum): Date {
  const m = ISO.exec(datum);
  if (!m) throw new Error(`geen ISO-datum: ${datum}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function pad(n: number, breedte = 2): string {
  return String(n).padStart(breedte, '0');
}

function vanDate(d: Date): Datum {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
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
export function isDatum(tekst: string): boolean {
  const m = ISO.exec(tekst);
  if (!m) return false;
  const jaar = Number(m[1]);
  const maand = Number(m[2]);
  const dag = Number(m[3]);
  if (jaar < 1900 || maand < 1 || maand > 12 || dag < 1) return false;
  return dag <= dagenInMaand(jaar, maand);
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

/** @example plusDagen('2026-03-02', 56) // '2026-04-27' */
export function plusDagen(datum: Datum, dagen: number): Datum {
  return vanDate(addDays(naarDate(datum), dagen));
}

/**
 * Adds calendar months; a day that does not exist in the target month becomes that month's last day.
 * @example plusMaanden('2026-01-31', 1) // '2026-02-28'
 */
export function plusMaanden(datum: Datum, maanden: number): Datum {
  return vanDate(addMonths(naarDate(datum), maanden));
}

/** Days from `van` to `tot` (positive when `tot` is later). @example dagenTussen('2026-03-01', '2026-03-11') // 10 */
export function dagenTussen(van: Datum, tot: Datum): number {
  return differenceInCalendarDays(naarDate(tot), naarDate(van));
}

/** Day of the week, 0 = Sunday … 6 = Saturday. @example weekdag('2026-04-27') // 1 (Monday) */
export function weekdag(datum: Datum): number {
  return naarDate(datum).getDay();
}

/** A date as a Dutch reader writes it, for messages and step labels. @example datumNl('2026-03-02') // '2-3-2026' */
export function datumNl(datum: Datum): string {
  return `${Number(datum.slice(8, 10))}-${Number(datum.slice(5, 7))}-${datum.slice(0, 4)}`;
}

/** @example jaarVan('2026-11-24') // 2026 */
export function jaarVan(datum: Datum): number {
  return Number(datum.slice(0, 4));
}

/** @example maak(2026, 4, 27) // '2026-04-27' */
export function maak(jaar: number, maand: number, dag: number): Datum {
  return `${pad(jaar, 4)}-${pad(maand)}-${pad(dag)}`;
}

/**
 * The last day of a period of `maanden` months starting on `start` (Avres reading, FACTS §8.7): the day
 * before the same day-of-month `maanden` later; when that day does not exist, the last day of that month.
 * @example eindeVanMaandperiode('2026-03-01', 6) // '2026-08-31'
 * @example eindeVanMaandperiode('2026-08-31', 6) // '2027-02-28'
 */
export function eindeVanMaandperiode(start: Datum, maanden: number): Datum {
  const doel = plusMaanden(start, maanden);
  const afgekapt = doel.slice(8) !== start.slice(8);
  return afgekapt ? doel : plusDagen(doel, -1);
}
