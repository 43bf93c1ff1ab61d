/**
 * The step table's JSON text of a value: the same text as JSON.stringify, for every string.
 */
import fc from 'fast-check';
import { jsonTekst, StapTabel } from '../../../shared/catalogue/staptabel';
import { stap } from '../../../shared/uitleg';

describe('jsonTekst', () => {
  it('is JSON.stringify of any string, quotes, backslashes, control characters and lone surrogates included', () => {
    const lastig = fc.constantFrom('"', '\\', '\n', '\u0000', '\u001f', '\u007f', '\u2028', '\ud800', '\udfff', '😀', 'é', '−');
    const tekst = fc.array(fc.oneof(fc.string({ unit: 'binary' }), lastig), { maxLength: 6 }).map((d) => d.join(''));
    fc.assert(
      fc.property(tekst, (w) => jsonTekst(w) === JSON.stringify(w)),
      { numRuns: 20_000 },
    );
    for (const w of ['1224.11', '2026-04-28', '0.64152282173745334', '23 / 35 / 45', '']) expect(jsonTekst(w)).toBe(JSON.stringify(w));
  });
  it('writes a step with such a value into the table as its JSON', () => {
    const tabel = new StapTabel();
    tabel.nummerVan(stap('Naam', 'een "citaat" en \\ en\nregel', { regeling: 'Pw', artikel: '1' }));
    expect(JSON.parse(tabel.teksten[0]!)).toEqual([0, 'een "citaat" en \\ en\nregel']);
  });
});
