/**
 * The one place where Excel serial dates (1900 date system) become calendar dates and back.
 * Serial 1 is 1900-01-01; Excel counts a 29 February 1900 that never was (serial 60), so from
 * serial 61 (1900-03-01) on, a serial is days since 1899-12-30.
 */
import { ongeldig } from '../errors';
import { Datum, dagenTussen, plusDagen } from './datum';

const NUL_VANAF_61: Datum = '1899-12-30';
const NUL_TOT_60: Datum = '1899-12-31';
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
  return dag < 60 ? plusDagen(NUL_TOT_60, dag) : plusDagen(NUL_VANAF_61, dag);
}

/**
 * Converts a calendar date to its Excel serial.
 * @example datumNaarSerial('2026-03-02') // 46083
 */
export function datumNaarSerial(datum: Datum): number {
  return datum < '1900-03-01' ? dagenTussen(NUL_TOT_60, datum) : dagenTussen(NUL_VANAF_61, datum);
}
