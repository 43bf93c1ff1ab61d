/**
 * The one place where Excel serial dates (1900 date system) become calendar dates and back.
 * Serial 1 is 1900-01-01; Excel counts a 29 February 1900 that never was (serial 60), so from
 * serial 61 (1900-03-01) on, a serial is days since 1899-12-30.
 */
import { ongeldig } from '../errors';
import { Datum, maak } from './datum';

const MS_PER_DAG = 86_400_000;

/**
 * Days since 1970-01-01 of a calendar date, counted in UTC where every day has 24 hours: a serial is a day
 * count, so this needs no date library and the add-in, which converts serials, carries none.
 */
function dagnummer(datum: Datum): number {
  return Date.UTC(Number(datum.slice(0, 4)), Number(datum.slice(5, 7)) - 1, Number(datum.slice(8, 10))) / MS_PER_DAG;
}

function uitDagnummer(dag: number): Datum {
  const d = new Date(dag * MS_PER_DAG);
  return maak(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const NUL_VANAF_61 = dagnummer(maak(1899, 12, 30));
const NUL_TOT_60 = dagnummer(maak(1899, 12, 31));
/** Excel's largest date, 9999-12-31. */
const MAX_SERIAL = 2958465;

/**
 * Converts an Excel serial (a time-of-day fraction is dropped) to a calendar date.
 * @example serialNaarDatum(46083) // '2026-03-02'
 */
export function serialNaarDatum(serial: number, naam = 'datum', plaats?: { argument?: number; field?: string }): Datum {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) {
    ongeldig(`${naam} is geen geldige Excel-datum (${serial}); gebruik een datum tussen 1-1-1900 en 31-12-9999`, plaats);
  }
  const dag = Math.floor(serial);
  if (dag === 60) ongeldig(`${naam}: 29-2-1900 bestaat niet (Excel telt die dag ten onrechte mee)`, plaats);
  return uitDagnummer((dag < 60 ? NUL_TOT_60 : NUL_VANAF_61) + dag);
}

/**
 * Converts a calendar date to its Excel serial.
 * @example datumNaarSerial('2026-03-02') // 46083
 */
export function datumNaarSerial(datum: Datum): number {
  return dagnummer(datum) - (datum < '1900-03-01' ? NUL_TOT_60 : NUL_VANAF_61);
}
