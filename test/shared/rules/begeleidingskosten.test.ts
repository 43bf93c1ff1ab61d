/**
 * Vergoeding begeleidingskosten, Beleidsregels beschut werk Avres 2025 art. 7 lid 2 onder c: at most the Rijk's
 * amount per place, "naar rato van de omvang van het dienstverband", measured against the 31-hour week of art. 6
 * lid 6. The Rijk's amount is not verified (FACTS.md §7) and is therefore an argument.
 */
import { DomeinFout } from '../../../shared/errors';
import { begeleidingskosten } from '../../../shared/rules/begeleidingskosten';

const vergoeding = (urenPerWeek: number, rijksbedragPerPlek = 9000): string =>
  begeleidingskosten({ urenPerWeek, rijksbedragPerPlek }).waarde.toFixed(2);

describe('begeleidingskosten: the Rijk amount pro rata uren/31', () => {
  it('gives 20/31 of € 9.000 = € 5.806,45', () => {
    expect(vergoeding(20)).toBe('5806.45');
  });

  it('gives the full amount at 31 hours and no more above it', () => {
    expect(vergoeding(31)).toBe('9000.00');
    expect(vergoeding(40)).toBe('9000.00');
  });

  it('gives nothing for 0 hours or a Rijk amount of 0', () => {
    expect(vergoeding(0)).toBe('0.00');
    expect(vergoeding(20, 0)).toBe('0.00');
  });

  it('rounds half up once: 15,5 hours of € 10.000,01 = 5.000,005 → € 5.000,01', () => {
    expect(vergoeding(15.5, 10_000.01)).toBe('5000.01');
  });

  it('shows the Rijk amount, the 31 hours, the counted hours and the result', () => {
    expect(begeleidingskosten({ urenPerWeek: 40, rijksbedragPerPlek: 9000 }).stappen.map((s) => s.waarde)).toEqual([
      '9000',
      '31',
      '31',
      '9000.00',
    ]);
  });

  it.each([
    [-1, 9000, 'urenPerWeek', 'uren_per_week moet tussen 0 en 168 liggen'],
    [20, -1, 'rijksbedragPerPlek', 'rijksbedrag_per_plek moet een bedrag van 0 of meer zijn'],
  ])('refuses %s hours with a Rijk amount of %s', (uren, bedrag, veld, tekst) => {
    try {
      begeleidingskosten({ urenPerWeek: uren, rijksbedragPerPlek: bedrag });
      throw new Error('geen fout gegooid');
    } catch (e) {
      expect(e).toBeInstanceOf(DomeinFout);
      expect((e as DomeinFout).field).toBe(veld);
      expect((e as DomeinFout).message).toContain(tekst);
    }
  });
});
