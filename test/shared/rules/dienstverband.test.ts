/**
 * Dienstverband beschut werk: Beleidsregels beschut werk Avres 2025 art. 6 lid 2 (temporary, at least seven
 * months and at most three years) and lid 3 (then voor onbepaalde duur). Month arithmetic per FACTS §8.7.
 */
import fc from 'fast-check';
import { tijdelijkDienstverbandEinde, vastDienstverbandVanaf } from '../../../shared/rules/dienstverband';
import { plusDagen } from '../../../shared/time/kalender';
import { bronTekst } from '../../../shared/bron';
import { alsTekst } from '../stappen-als-tekst';
import { datum } from '../../../shared/time/datum';

const tijdelijk = (startdatum: string, maanden: number) => tijdelijkDienstverbandEinde({ startdatum: datum(startdatum), maanden }).waarde;
const vast = (startdatumEersteTijdelijk: string) =>
  vastDienstverbandVanaf({ startdatumEersteTijdelijk: datum(startdatumEersteTijdelijk) }).waarde;

describe('tijdelijkDienstverbandEinde (art. 6 lid 2)', () => {
  it('ends a 12-month contract from 2026-01-01 on 2026-12-31 (catalogue example)', () => {
    const r = tijdelijkDienstverbandEinde({ startdatum: datum('2026-01-01'), maanden: 12 });
    expect({ ...r, stappen: alsTekst(r.stappen) }).toEqual({
      waarde: '2026-12-31',
      stappen: [
        { label: 'Start tijdelijk dienstverband', waarde: '2026-01-01', bron: 'Beleidsregels beschut werk Avres 2025 art. 6 lid 2' },
        {
          label: 'Laatste dag na 12 maanden',
          waarde: '2026-12-31',
          bron: 'Beleidsregels beschut werk Avres 2025 art. 6 lid 2; maandtelling FACTS §8.7',
        },
      ],
    });
  });

  it('accepts the minimum of 7 and the maximum of 36 months', () => {
    expect(tijdelijk('2026-01-01', 7)).toBe('2026-07-31');
    expect(tijdelijk('2026-01-01', 36)).toBe('2028-12-31');
  });

  it('handles month ends and leap years: from 31 August 2027, 7 months end on 30 March 2028', () => {
    expect(tijdelijk('2027-08-31', 7)).toBe('2028-03-30');
    expect(tijdelijk('2027-07-31', 7)).toBe('2028-02-29');
    expect(tijdelijk('2028-02-29', 12)).toBe('2029-02-28');
  });

  it.each([6, 37, 0, 12.5])('refuses %p months, naming the allowed range', (maanden) => {
    const bad = () => tijdelijk('2026-01-01', maanden);
    expect(bad).toThrow(
      `een tijdelijk dienstverband beschut werk duurt minimaal 7 en maximaal 36 maanden (Beleidsregels beschut werk Avres 2025 art. 6 lid 2), niet ${maanden}`,
    );
    expect(bad).toThrow(expect.objectContaining({ code: 'ONGELDIGE_INVOER', field: 'maanden' }));
  });
});

describe('vastDienstverbandVanaf (art. 6 lid 2 and 3)', () => {
  it('starts on 2029-01-01 after three years from 2026-01-01 (catalogue example), with its steps', () => {
    const r = vastDienstverbandVanaf({ startdatumEersteTijdelijk: datum('2026-01-01') });
    expect(r.waarde).toBe('2029-01-01');
    expect(r.stappen.map((s) => [s.label, s.waarde])).toEqual([
      ['Start eerste tijdelijk dienstverband', '2026-01-01'],
      ['Laatste dag tijdelijk na 36 maanden', '2028-12-31'],
      ['Dienstverband voor onbepaalde duur vanaf', '2029-01-01'],
    ]);
    expect(bronTekst(r.stappen[2]!.bron)).toBe('Beleidsregels beschut werk Avres 2025 art. 6 lid 3');
  });

  it('starts the day after the last temporary day for month-end and leap-day starts', () => {
    expect(vast('2026-03-31')).toBe('2029-03-31');
    expect(vast('2028-02-29')).toBe('2031-03-01');
    expect(vast('2027-08-31')).toBe('2030-08-31');
  });

  it('is always the day after the end of a 36-month temporary contract from the same start', () => {
    const start = fc.integer({ min: 0, max: 3000 }).map((n) => plusDagen(datum('2025-03-07'), n));
    fc.assert(fc.property(start, (s) => expect(vast(s)).toBe(plusDagen(tijdelijk(s, 36), 1))));
  });

  it('computes a start before the Beleidsregels took effect with the 2025 terms, saying so', () => {
    expect(vast('2024-12-01')).toBe('2027-12-01');
    expect(vastDienstverbandVanaf({ startdatumEersteTijdelijk: datum('2024-12-01') }).stappen[1]!.label).toContain(
      'vóór de inwerkingtreding',
    );
  });
});
