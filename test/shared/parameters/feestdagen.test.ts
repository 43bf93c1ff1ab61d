/**
 * The equated days of Atw art. 3 lid 3 (FACTS §3: the decrees "gelijkstelling van 28 april 2023 … 30 mei 2025" and
 * "… 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028"). A typo in a date is caught here:
 * every equated day is a bridge day, a weekday next to a feestdag of art. 3 lid 1.
 */
import { gelijkgesteldeFeestdagen } from '../../../shared/parameters/feestdagen';
import { atwFeestdag } from '../../../shared/time/feestdagen';
import { plusDagen, weekdag } from '../../../shared/time/kalender';

const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const alsTekst = (datum: string): string => `${Number(datum.slice(8))} ${MAANDEN[Number(datum.slice(5, 7)) - 1]} ${datum.slice(0, 4)}`;

describe('gelijkgesteldeFeestdagen (Atw art. 3 lid 3)', () => {
  it('holds the ten days of the two decrees, in date order, each with its decree and source', () => {
    expect(gelijkgesteldeFeestdagen.map((g) => g.datum)).toEqual([
      '2023-04-28',
      '2023-05-19',
      '2024-05-10',
      '2024-12-27',
      '2025-05-30',
      '2026-01-02',
      '2026-05-15',
      '2027-05-07',
      '2028-04-28',
      '2028-05-26',
    ]);
    for (const g of gelijkgesteldeFeestdagen) {
      expect(g.besluit).toMatch(/^Besluit gelijkstelling van .*\d{4}$/);
      expect(g.besluit).toContain(alsTekst(g.datum));
      expect(g.bron).toContain('sterfgeval.nl');
    }
  });

  it.each(gelijkgesteldeFeestdagen.map((g) => [g.datum]))('%s is a working day right after a feestdag (a bridge day)', (datum) => {
    expect([1, 2, 3, 4, 5]).toContain(weekdag(datum));
    expect(atwFeestdag(plusDagen(datum, -1))?.soort).toBe('feestdag');
  });
});
