/**
 * Praktijktoets: Beleidsregels beschut werk Avres 2025 art. 3 lid 1 (six months) and lid 4 (extension by at
 * most six months). Month arithmetic per FACTS §8.7; extensions run on from the previous end (DOMAIN.md
 * reading 5); an extension above the maximum is refused, not trimmed (FACTS §8.8).
 */
import fc from 'fast-check';
import { praktijktoetsEinde } from '../../../shared/rules/praktijktoets';
import { eindeVanMaandperiode, plusDagen } from '../../../shared/time/kalender';
import { alsTekst } from '../stappen-als-tekst';
import { datum } from '../../../shared/time/datum';

const einde = (startdatum: string, verlengingMaanden?: number) =>
  praktijktoetsEinde({ startdatum: datum(startdatum), verlengingMaanden }).waarde;

describe('praktijktoetsEinde: six months (art. 3 lid 1)', () => {
  it('ends on 2026-08-31 for a start on 2026-03-01, with its steps', () => {
    const r = praktijktoetsEinde({ startdatum: datum('2026-03-01') });
    expect({ ...r, stappen: alsTekst(r.stappen) }).toEqual({
      waarde: '2026-08-31',
      stappen: [
        { label: 'Start praktijktoets', waarde: '2026-03-01', bron: 'Beleidsregels beschut werk Avres 2025 art. 3 lid 1' },
        {
          label: 'Einde na 6 maanden',
          waarde: '2026-08-31',
          bron: 'Beleidsregels beschut werk Avres 2025 art. 3 lid 1; maandtelling FACTS §8.7',
        },
      ],
    });
  });

  it('ends the day before the same day six months later', () => {
    expect(einde('2026-04-15')).toBe('2026-10-14');
  });

  it('ends on 29 February 2028 for a start on 31 August 2027 (no 31 February; 2028 is a leap year)', () => {
    expect(einde('2027-08-31')).toBe('2028-02-29');
  });

  it('ends on 28 February 2027 for a start on 31 August 2026', () => {
    expect(einde('2026-08-31')).toBe('2027-02-28');
  });

  it('ends on 28 August 2028 for a start on 29 February 2028', () => {
    expect(einde('2028-02-29')).toBe('2028-08-28');
  });

  it('treats an extension of 0 months as no extension', () => {
    expect(einde('2026-03-01', 0)).toBe('2026-08-31');
  });
});

describe('praktijktoetsEinde: extension by at most six months (art. 3 lid 4, reading 5)', () => {
  it('extends 2026-03-01 by 3 months to 2026-11-30 (catalogue example)', () => {
    const r = praktijktoetsEinde({ startdatum: datum('2026-03-01'), verlengingMaanden: 3 });
    expect(r.waarde).toBe('2026-11-30');
    expect(alsTekst(r.stappen.slice(2))).toEqual([
      {
        label: 'Verlenging begint de dag na het vorige einde',
        waarde: '2026-09-01',
        bron: 'Beleidsregels beschut werk Avres 2025 art. 3 lid 4',
      },
      { label: 'Einde na verlenging met 3 maanden', waarde: '2026-11-30', bron: 'Beleidsregels beschut werk Avres 2025 art. 3 lid 4' },
    ]);
  });

  it('runs the extension on from the previous end: from 31 August 2027, 6 + 6 months end on 31 August 2028, not 30 August', () => {
    expect(einde('2027-08-31', 6)).toBe('2028-08-31');
    expect(eindeVanMaandperiode(datum('2027-08-31'), 12)).toBe('2028-08-30');
  });

  it('runs on from the previous end at the end of January too: 2026-01-31 + 6 + 1 months ends on 2026-08-30', () => {
    expect(einde('2026-01-31')).toBe('2026-07-30');
    expect(einde('2026-01-31', 1)).toBe('2026-08-30');
    expect(eindeVanMaandperiode(datum('2026-01-31'), 7)).toBe('2026-08-30');
  });

  it('extends from 29 February 2028 by 6 months to 28 February 2029', () => {
    expect(einde('2028-02-29', 6)).toBe('2029-02-28');
  });

  it('refuses an extension of more than 6 months as a whole, naming the maximum', () => {
    const bad = () => einde('2026-03-01', 7);
    expect(bad).toThrow(
      'de praktijktoets kan met hoogstens 6 maanden worden verlengd (Beleidsregels beschut werk Avres 2025 art. 3 lid 4), niet met 7',
    );
    expect(bad).toThrow(expect.objectContaining({ code: 'ONGELDIGE_INVOER', field: 'verlengingMaanden' }));
  });

  it.each([-1, 2.5])('refuses an extension of %p months', (maanden) => {
    expect(() => einde('2026-03-01', maanden)).toThrow(
      `verlenging_maanden moet een geheel aantal maanden van 0 tot en met 6 zijn, niet ${maanden}`,
    );
  });

  it('computes a start before the Beleidsregels took effect with the 2025 terms, saying so', () => {
    expect(einde('2025-01-15')).toBe('2025-07-14');
    expect(praktijktoetsEinde({ startdatum: datum('2025-01-15') }).stappen[1]!.label).toContain('vóór de inwerkingtreding');
  });

  it('always ends after the unextended end, and a longer extension never ends earlier', () => {
    const start = fc.integer({ min: 0, max: 2000 }).map((n) => plusDagen(datum('2025-03-07'), n));
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 5 }), (s, v) => {
        expect(einde(s, v + 1) > einde(s, v)).toBe(true);
        expect(einde(s, v) >= einde(s)).toBe(true);
      }),
    );
  });
});
