/**
 * The fast path of the CSV reader takes the usual line and leaves every other one to the full reader; that both
 * read every file alike is proved in grootboek-lezer.test.ts, here is what the path itself takes and leaves.
 */
import { gewoneRegelLezer } from '../../../shared/grootboek/gewone-regel';

const lees = gewoneRegelLezer([
  { kolom: 'gemeente', i: 0 },
  { kolom: 'boekdatum', i: 1 },
  { kolom: 'periode', i: 2 },
  { kolom: 'soort', i: 3 },
  { kolom: 'casusnummer', i: 4 },
  { kolom: 'bedrag', i: 5 },
]);
const regel = (tekst: string, scheiding = ';') => lees(`x\n${tekst}\ny`, 2, 2 + tekst.length, scheiding, 7);

describe('the usual ledger line', () => {
  it('is read from the text: dates in either order, amounts with or without thousands dots and decimals', () => {
    expect(regel('Gorinchem;25-02-2026;2026-03;lks;BW-1;1.224,11')).toEqual({
      regel: 7,
      gemeente: 'Gorinchem',
      boekdatum: '2026-02-25',
      periode: '2026-03',
      soort: 'lks',
      casusnummer: 'BW-1',
      centen: 122411n,
    });
    expect(regel('Vijfheerenlanden;2026-02-28;2026-02;bijstand;;-1234,5')).toMatchObject({ casusnummer: null, centen: -123450n });
    expect(regel('Molenlanden;29-02-2028;2028-02;overig;;999.999.999.999,99')?.centen).toBe(99999999999999n);
    expect(regel('Molenlanden;29-02-2028;2028-02;overig;;7;extra')?.centen).toBe(700n);
  });

  it('makes each date and month once per file', () => {
    const a = regel('Gorinchem;25-02-2026;2026-03;lks;BW-1;1,00')!;
    const b = regel('Gorinchem;2026-02-25;2026-03;lks;BW-1;2,00')!;
    expect(b.boekdatum).toBe(a.boekdatum);
    expect(b.periode).toBe(a.periode);
  });

  it.each([
    ['a spelling of its own', 'gorinchem;25-02-2026;2026-03;lks;BW-1;1,00'],
    ['a space', 'Gorinchem;25-02-2026;2026-03; lks;BW-1;1,00'],
    ['a missing field', 'Gorinchem;25-02-2026;2026-03;lks;BW-1'],
    ['a date that does not exist', 'Gorinchem;29-02-2026;2026-02;lks;BW-1;1,00'],
    ['a date before 1900', 'Gorinchem;31-12-1899;2026-02;lks;BW-1;1,00'],
    ['another month notation', 'Gorinchem;25-02-2026;03-2026;lks;BW-1;1,00'],
    ['a bad casusnummer', 'Gorinchem;25-02-2026;2026-03;lks;-BW;1,00'],
    ['a euro sign', 'Gorinchem;25-02-2026;2026-03;lks;BW-1;€ 1,00'],
    ['a decimal point', 'Gorinchem;25-02-2026;2026-03;lks;BW-1;1234.56'],
    ['three decimals', 'Gorinchem;25-02-2026;2026-03;lks;BW-1;12,345'],
    ['a short thousands group', 'Gorinchem;25-02-2026;2026-03;lks;BW-1;1.23,00'],
    ['a long first group', 'Gorinchem;25-02-2026;2026-03;lks;BW-1;1234.567,00'],
    ['an amount too large', 'Gorinchem;25-02-2026;2026-03;lks;BW-1;1.000.000.000.000,00'],
  ])('is left to the full reader for %s', (_, tekst) => {
    expect(regel(tekst)).toBeUndefined();
  });

  it('splits at the file separator, as the full reader does', () => {
    expect(regel('Gorinchem,25-02-2026,2026-03,lks,BW-1,1.224,11', ',')?.centen).toBe(122400n);
  });
});
