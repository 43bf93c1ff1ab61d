/**
 * Calendar dates as ISO text, and the month arithmetic of the policy periods (FACTS §8.7): a period of N months
 * from day d ends the day before day d, N months later; when that day does not exist, on the last day of that month.
 */
import fc from 'fast-check';
import { DomeinFout } from '../../../shared/errors';
import { datum, isDatum, jaarVan, leesIsoDatum, maak } from '../../../shared/time/datum';
import { dagenTussen, eindeVanMaandperiode, plusDagen, plusMaanden, weekdag } from '../../../shared/time/kalender';

const datumArb = fc.integer({ min: 0, max: 200 * 366 }).map((n) => plusDagen(datum('1950-01-01'), n));

describe('eindeVanMaandperiode (FACTS §8.7)', () => {
  it.each([
    ['2026-03-01', 6, '2026-08-31', 'starts on the 1st: ends on the last day of the 6th month'],
    ['2026-03-15', 6, '2026-09-14', 'ends the day before the same day 6 months later'],
    ['2026-08-31', 6, '2027-02-28', '31 February does not exist: last day of February'],
    ['2027-08-31', 6, '2028-02-29', 'leap year: last day of February is the 29th'],
    ['2028-02-29', 6, '2028-08-28', 'from 29 February: the day before 29 August'],
    ['2028-02-29', 12, '2029-02-28', '29 February 2029 does not exist: last day of February'],
    ['2026-01-31', 1, '2026-02-28', '31 February does not exist'],
    ['2026-01-30', 1, '2026-02-28', '30 February does not exist either'],
    ['2026-01-29', 1, '2026-02-28', '29 February 2026 does not exist'],
    ['2026-01-28', 1, '2026-02-27', 'the day before 28 February'],
    ['2026-01-01', 36, '2028-12-31', 'three years'],
  ])('%s + %i months ends on %s (%s)', (start, maanden, einde) => {
    expect(eindeVanMaandperiode(datum(start), maanden)).toBe(einde);
  });

  it("ends the day before the same day-of-month N months later whenever that day exists, else on the month's last day", () => {
    fc.assert(
      fc.property(datumArb, fc.integer({ min: 1, max: 48 }), (start, n) => {
        const einde = eindeVanMaandperiode(start, n);
        const doel = plusMaanden(start, n);
        if (doel.slice(8) === start.slice(8)) {
          expect(plusDagen(einde, 1)).toBe(doel);
        } else {
          expect(einde).toBe(doel);
          expect(plusDagen(einde, 1).slice(8)).toBe('01');
        }
        expect(einde > start).toBe(true);
      }),
    );
  });
});

describe('date arithmetic on ISO text', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(plusDagen(datum('2026-03-02'), 56)).toBe('2026-04-27');
    expect(plusDagen(datum('2027-12-31'), 1)).toBe('2028-01-01');
    expect(plusDagen(datum('2028-02-28'), 1)).toBe('2028-02-29');
    expect(plusDagen(datum('2026-03-01'), -1)).toBe('2026-02-28');
  });

  it('does not shift with daylight saving time (the last Sunday of March and October)', () => {
    expect(plusDagen(datum('2026-03-28'), 2)).toBe('2026-03-30');
    expect(plusDagen(datum('2026-10-24'), 2)).toBe('2026-10-26');
    expect(dagenTussen(datum('2026-03-28'), datum('2026-03-30'))).toBe(2);
  });

  it('counts days between dates, negative when the second is earlier', () => {
    expect(dagenTussen(datum('2026-03-01'), datum('2026-03-11'))).toBe(10);
    expect(dagenTussen(datum('2026-03-11'), datum('2026-03-01'))).toBe(-10);
    expect(dagenTussen(datum('2028-01-01'), datum('2029-01-01'))).toBe(366);
  });

  it('adding and then counting days agree', () => {
    fc.assert(fc.property(datumArb, fc.integer({ min: -5000, max: 5000 }), (d, n) => expect(dagenTussen(d, plusDagen(d, n))).toBe(n)));
  });

  it('knows the weekday and the year', () => {
    expect(weekdag(datum('2026-04-27'))).toBe(1);
    expect(weekdag(datum('2025-04-27'))).toBe(0);
    expect(weekdag(datum('2025-04-26'))).toBe(6);
    expect(jaarVan(datum('2026-11-24'))).toBe(2026);
    expect(maak(2026, 4, 7)).toBe('2026-04-07');
  });
});

describe('reading ISO dates', () => {
  it('accepts existing dates and refuses impossible ones', () => {
    expect(isDatum('2028-02-29')).toBe(true);
    expect(isDatum('2026-02-29')).toBe(false);
    expect(isDatum('2026-13-01')).toBe(false);
    expect(isDatum('2026-3-2')).toBe(false);
  });

  it('gives a Dutch error naming the argument and the expected form', () => {
    expect(leesIsoDatum(' 2026-03-02 ', 'adviesdatum')).toBe('2026-03-02');
    expect(() => leesIsoDatum('2-3-2026', 'adviesdatum', { argument: 1 })).toThrow(DomeinFout);
    expect(() => leesIsoDatum('2-3-2026', 'adviesdatum')).toThrow(
      'adviesdatum is geen geldige datum: "2-3-2026"; gebruik een Excel-datum of tekst als "2026-03-02"',
    );
  });
});
