/**
 * Reading ledger files: Dutch CSV notation and Excel ranges, every bad line reported with its line number
 * and a Dutch reason, and nothing returned when one line is bad (an import is all or nothing).
 */
import fc from 'fast-check';
import { leesCsv } from '../../support/csv-records';
import { canoniekeRegel, leesGrootboekCsv, leesGrootboekRijen, type Grootboekregel } from '../../../shared/grootboek/grootboekregels';
import { centenTekst } from '../../../shared/centen';

const KOP = 'gemeente;boekdatum;periode;soort;casusnummer;bedrag';

describe('doorloopCsv', () => {
  it('splits on semicolons, keeps quoted semicolons and doubled quotes, and numbers records by their first line', () => {
    const { records, fouten } = leesCsv('\uFEFFa;b\r\n"x;y";"zeg ""hoi"""\r\n\r\n"twee\nregels";z\n');
    expect(fouten).toEqual([]);
    expect(records).toEqual([
      { regel: 1, velden: ['a', 'b'] },
      { regel: 2, velden: ['x;y', 'zeg "hoi"'] },
      { regel: 4, velden: ['twee\nregels', 'z'] },
    ]);
  });

  it('recognises a comma-separated file from its header', () => {
    expect(leesCsv('a,b\n1,2').records[1]).toEqual({ regel: 2, velden: ['1', '2'] });
  });

  it('reports an unclosed quote and text after a closing quote with their line numbers', () => {
    expect(leesCsv('a;b\n"x"y;1\n"open;2').fouten).toEqual([
      { regel: 2, reden: expect.stringContaining('na een afsluitend aanhalingsteken') },
      { regel: 3, reden: expect.stringContaining('niet afgesloten') },
    ]);
  });
});

describe('leesGrootboekCsv', () => {
  it('reads Dutch notation: 1.234,56, dd-mm-jjjj, mm-jjjj periods, negative corrections and an empty casusnummer', () => {
    const { regels, fouten } = leesGrootboekCsv(
      `${KOP}\nGorinchem;25-02-2026;2026-03;lks;BW-2026-0001;1.224,11\nmolenlanden;2026-03-05;03-2026;Bijstand;;-250,5\nVijfheerenlanden;1-4-2026;2026-04;overig;;€ 12.345.678,00\n`,
    );
    expect(fouten).toEqual([]);
    expect(regels.map((r) => [r.regel, r.gemeente, r.boekdatum, r.periode, r.soort, r.casusnummer, centenTekst(r.centen)])).toEqual([
      [2, 'Gorinchem', '2026-02-25', '2026-03', 'lks', 'BW-2026-0001', '1224.11'],
      [3, 'Molenlanden', '2026-03-05', '2026-03', 'bijstand', null, '-250.50'],
      [4, 'Vijfheerenlanden', '2026-04-01', '2026-04', 'overig', null, '12345678.00'],
    ]);
  });

  it('reports every bad line with its number and a Dutch reason, and returns no lines at all', () => {
    const csv = [
      KOP,
      'Gorinchem;25-02-2026;2026-03;lks;BW-1;100,00',
      'Utrecht;25-02-2026;2026-03;lks;BW-1;100,00',
      'Gorinchem;31-02-2026;2026-13;lks;BW-1;100,00',
      'Gorinchem;25-02-2026;2026-03;subsidie;BW-1;1234.56',
      'Gorinchem;25-02-2026;2026-03;lks;BW 1;12,345',
    ].join('\n');
    const { regels, fouten } = leesGrootboekCsv(csv);
    expect(regels).toEqual([]);
    expect(fouten.map((f) => f.regel)).toEqual([3, 4, 5, 6]);
    expect(fouten[0]!.reden).toMatch(/onbekende gemeente "Utrecht"; kies uit: Gorinchem, Molenlanden, Vijfheerenlanden/);
    expect(fouten[1]!.reden).toMatch(/boekdatum "31-02-2026" is geen bestaande datum.*periode "2026-13" is geen maand/);
    expect(fouten[2]!.reden).toMatch(/onbekende soort "subsidie".*gebruik een komma als decimaalteken/);
    expect(fouten[3]!.reden).toMatch(/casusnummer "BW 1" is ongeldig.*bedrag "12,345" is geen bedrag/);
  });

  it('reports a missing column in the header as line 1', () => {
    expect(leesGrootboekCsv('gemeente;boekdatum;soort;bedrag\nGorinchem;1-1-2026;lks;1,00').fouten).toEqual([
      { regel: 1, reden: expect.stringMatching(/kolom periode ontbreekt in de kopregel/) },
    ]);
  });

  it('refuses an empty file and a file with only a header', () => {
    expect(leesGrootboekCsv('').fouten[0]!.reden).toMatch(/het bestand is leeg/);
    expect(leesGrootboekCsv(`${KOP}\n`).fouten[0]!.reden).toMatch(/alleen een kopregel/);
  });

  it('takes columns in any order and ignores extra columns', () => {
    const { regels } = leesGrootboekCsv(
      'bedrag;omschrijving;soort;periode;boekdatum;gemeente\n"1.000,00";"loon; maart";bijstand;2026-03;2026-03-01;Gorinchem',
    );
    expect(centenTekst(regels[0]!.centen)).toBe('1000.00');
    expect(regels[0]!.casusnummer).toBeNull();
  });
});

describe('leesGrootboekRijen (an Excel range)', () => {
  it('reads numbers and date serials and numbers lines by sheet row', () => {
    const { regels, fouten } = leesGrootboekRijen(
      [
        ['Gemeente', 'Boekdatum', 'Periode', 'Soort', 'Casusnummer', 'Bedrag'],
        ['Gorinchem', 46078, 46082, 'lks', 'BW-1', 1224.11],
        [null, null, null, null, null, null],
      ],
      5,
    );
    expect(regels.map((r) => [r.regel, r.boekdatum, r.periode, centenTekst(r.centen)])).toEqual([[6, '2026-02-25', '2026-03', '1224.11']]);
    expect(fouten).toEqual([]);
  });

  it('reports a sheet row with a sub-cent amount by its row number', () => {
    const { regels, fouten } = leesGrootboekRijen(
      [
        ['gemeente', 'boekdatum', 'periode', 'soort', 'bedrag'],
        ['Gorinchem', 46078, '2026-03', 'lks', 1.005],
      ],
      5,
    );
    expect(regels).toEqual([]);
    expect(fouten).toEqual([{ regel: 6, kolom: 'bedrag', reden: expect.stringMatching(/meer dan twee decimalen/) }]);
  });

  it('gives the same canonical text for the same lines in CSV and in a range, whatever the notation', () => {
    const canoniekeTekst = (regels: readonly Grootboekregel[]) => regels.map((r) => canoniekeRegel(r)).join('');
    const uitCsv = leesGrootboekCsv(`${KOP}\nGorinchem;25-02-2026;03-2026;LKS;BW-1;"1.224,10"`).regels;
    const uitBereik = leesGrootboekRijen([
      ['bedrag', 'gemeente', 'boekdatum', 'periode', 'soort', 'casusnummer'],
      [1224.1, 'gorinchem', 46078, '2026-03', 'lks', 'BW-1'],
    ]).regels;
    expect(canoniekeTekst(uitCsv)).toBe('Gorinchem|2026-02-25|2026-03|lks|BW-1|1224.10\n');
    expect(canoniekeTekst(uitBereik)).toBe(canoniekeTekst(uitCsv));
  });
});

describe('amounts written in Dutch notation', () => {
  it('reads back every amount in cents that was written with thousands dots and a decimal comma', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (centen) => {
        const negatief = centen < 0;
        const abs = Math.abs(centen);
        const euros = Math.floor(abs / 100)
          .toString()
          .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        const tekst = `${negatief ? '-' : ''}${euros},${String(abs % 100).padStart(2, '0')}`;
        const { regels, fouten } = leesGrootboekCsv(`${KOP}\nGorinchem;1-1-2026;2026-01;bijstand;;${tekst}`);
        expect(fouten).toEqual([]);
        expect(regels[0]!.centen).toBe(BigInt(centen));
      }),
    );
  });
});
