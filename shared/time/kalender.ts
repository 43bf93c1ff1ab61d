/**
 * Arithmetic on calendar dates, through date-fns on local-midnight dates that never leave this module.
 */
import { addDays, addMonths, differenceInCalendarDays } from 'date-fns';
import { Datum, jaarVan, maak } from './datum';

function naarDate(datum: Datum): Date {
  return new Date(jaarVan(datum), Number(datum.slice(5, 7)) - 1, Number(datum.slice(8, 10)));
}

function vanDate(d: Date): Datum {
  return maak(d.getFullYear(), d.getMonth() + 1, d.getDate());
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
