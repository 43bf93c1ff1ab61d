/** The add-in's description of the functions is the catalogue's, written out: it cannot drift. */
import { catalogus } from '../../../shared/catalogue';
import { beschrijf } from '../../../shared/catalogue/beschrijf';
import { beschrijvingen } from '../../../shared/catalogue/beschrijvingen';

describe('the serialisable description of the catalogue', () => {
  it('is the catalogue without its implementation (run `npx tsx scripts/beschrijvingen.ts` after changing an entry)', () => {
    expect(beschrijvingen).toEqual(catalogus.map(beschrijf));
  });

  it('survives JSON: no functions, no Decimal, no schemas', () => {
    expect(JSON.parse(JSON.stringify(catalogus.map(beschrijf)))).toEqual(beschrijvingen);
  });
});
