/**
 * Excel's 1900 date system: serial 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was
 * (serial 60, kept for Lotus 1-2-3 compatibility), so from serial 61 (1900-03-01) on, serials are days since 1899-12-30.
 */
import fc from 'fast-check';
import { DomeinFout } from '../../../shared/errors';
import { datumNaarSerial, serialNaarDatum } from '../../../shared/time/excel-serial';
import { plusDagen } from '../../../shared/time/kalender';
import { datum } from '../../../shared/time/datum';

describe('Excel serial dates (1900 system)', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [36526, '2000-01-01'],
    [46083, '2026-03-02'],
    [46139, '2026-04-27'],
    [2958465, '9999-12-31'],
  ])('serial %i is %s, and back', (serial, tekst) => {
    expect(serialNaarDatum(serial)).toBe(tekst);
    expect(datumNaarSerial(datum(tekst))).toBe(serial);
  });

  it('refuses serial 60, the 29 February 1900 that does not exist', () => {
    expect(() => serialNaarDatum(60, 'adviesdatum', { argument: 1 })).toThrow(DomeinFout);
    expect(() => serialNaarDatum(60, 'adviesdatum')).toThrow('adviesdatum: 29-2-1900 bestaat niet');
  });

  it.each([0, -1, 2958466, Number.NaN, Number.POSITIVE_INFINITY])('refuses serial %p with the allowed range in Dutch', (serial) => {
    expect(() => serialNaarDatum(serial, 'startdatum')).toThrow(/startdatum is geen geldige Excel-datum .*tussen 1-1-1900 en 31-12-9999/);
  });

  it('drops a time of day', () => {
    expect(serialNaarDatum(46083.75)).toBe('2026-03-02');
  });

  it('round-trips every serial except 60', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2958465 }).filter((n) => n !== 60),
        (serial) => {
          expect(datumNaarSerial(serialNaarDatum(serial))).toBe(serial);
        },
      ),
    );
  });

  it('round-trips every date from 1900-03-01 on, one serial per day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000_000 }), (n) => {
        const dag = plusDagen(datum('1900-03-01'), n % 2_958_404);
        expect(serialNaarDatum(datumNaarSerial(dag))).toBe(dag);
        expect(datumNaarSerial(plusDagen(dag, 1))).toBe(datumNaarSerial(dag) + 1);
      }),
    );
  });
});
