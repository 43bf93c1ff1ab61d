/**
 * The fast ledger reader equals the reader it replaced (test/support/grootboek-referentie.ts) on every input: the
 * same lines, the same bad lines with the same line numbers and Dutch reasons, for files built from good and bad
 * fields of every kind, quotes, line ends and headers, and for Excel ranges with numbers and date serials.
 */
import fc from 'fast-check';
import { leesCsv } from '../../support/csv-records';
import { leesGrootboekCsv, leesGrootboekRijen } from '../../../shared/grootboek/grootboekregels';
import { leesCsvReferentie, leesGrootboekCsvReferentie, leesGrootboekRijenReferentie } from '../../support/grootboek-referentie';

const VELDEN = {
  gemeente: ['Gorinchem', 'Gorinchemx', 'gorinchem', ' MOLENLANDEN ', 'Vijfheerenlanden', 'Utrecht', ''],
  boekdatum: [
    '25-02-2026',
    '1-3-2026',
    '01/03/2026',
    '2026-03-05',
    '31-02-2026',
    '2026-02-30',
    '29-02-2028',
    '1-13-2026',
    '25-02-26',
    '31-12-1899',
    '1899-12-31',
    '00-01-2026',
    '2026-00-10',
    '29-02-2100',
    '2a-02-2026',
    'gisteren',
    '2026-2-5',
    '2026-02-05T00:00',
    '5-02-2026',
    '',
  ],
  periode: [
    '2026-03',
    '2026-00',
    '2026-1a',
    '1900-01',
    '2026/3',
    '03-2026',
    '3-2026',
    '2026-13',
    '1899-12',
    '0000-01',
    '2026-3-1',
    '05-03-2026',
    '2026-03-05',
    'maart',
    '',
  ],
  soort: ['lks', 'Lks', 'lksx', 'LKS', 'bijstand', ' Bijstand', 'overig', 'subsidie', ''],
  casusnummer: ['BW-1', 'BW-GOR-00001', 'NULL', 'a/b.c_d', 'BW 1', '-BW', 'x'.repeat(41), 'z'.repeat(40), '9Z_a', 'BW~1', 'BW-ä', ''],
  bedrag: [
    '1.224,11',
    '-250,5',
    '0,00',
    '-0,01',
    '€ 12.345.678,00',
    '-€ 5,00',
    '- € 5',
    '€5',
    '1234.56',
    '12,345',
    '1.23',
    '999.999.999.999,99',
    '1.000.000.000.000,00',
    '-999999999999,99',
    '0000000000000001,00',
    '99999999999999999999',
    '1.2345,00',
    '1.234',
    '12.34',
    '1..234',
    '1.,00',
    '1,',
    ',50',
    '-',
    '-0,00',
    '1234,5',
    '1.234.56',
    '1234.567,00',
    // Thousands groups and signs at the edges of the usual line's fast path (shared/grootboek/gewone-regel.ts).
    '1.23,00',
    '12.345.6,00',
    '.123,00',
    '01.234,00',
    '1.234,5',
    '-1.234,56',
    '+5,00',
    '1 234,56',
    '1.000.000,001',
    '100.000.000.000,00',
    '',
  ],
} as const;
type Kolom = keyof typeof VELDEN;
const KOLOMMEN = Object.keys(VELDEN) as Kolom[];

/** A field as a file may write it: bare, quoted (with doubled quotes inside), with spaces or a stray quote. */
const opgemaakt = (waarde: string): fc.Arbitrary<string> =>
  fc.constantFrom(
    waarde,
    `"${waarde}"`,
    ` "${waarde}" `,
    `"${waarde}"x`,
    `${waarde}"`,
    `"${waarde}`,
    `"zeg ""${waarde}"""`,
    ` ${waarde}\t`,
  );

const kop = fc.oneof(
  { arbitrary: fc.shuffledSubarray(KOLOMMEN, { minLength: 6, maxLength: 6 }), weight: 6 },
  { arbitrary: fc.shuffledSubarray(KOLOMMEN, { minLength: 3, maxLength: 6 }), weight: 1 },
  { arbitrary: fc.constant([...KOLOMMEN, 'bedrag']), weight: 1 },
  { arbitrary: fc.constant([...KOLOMMEN.map((k) => k.toUpperCase()), 'extra']), weight: 1 },
);

const regel = (kolommen: readonly string[]) =>
  fc.tuple(
    ...kolommen.map((k) => {
      const waarden: readonly string[] = VELDEN[k.toLowerCase() as Kolom] ?? ['iets'];
      return fc.oneof(
        { arbitrary: fc.constantFrom(...waarden), weight: 8 },
        { arbitrary: fc.constantFrom(...waarden).chain(opgemaakt), weight: 1 },
      );
    }),
  );

const bestand = kop.chain((kolommen) =>
  fc.record({
    kolommen: fc.constant(kolommen),
    scheiding: fc.constantFrom(';', ';', ','),
    einde: fc.constantFrom('\n', '\r\n', '\r'),
    regels: fc.array(fc.oneof({ arbitrary: regel(kolommen), weight: 9 }, { arbitrary: fc.constant([] as string[]), weight: 1 }), {
      maxLength: 12,
    }),
    slot: fc.constantFrom('', '\n', '\r\n', '\n\n', '"" x', '""', '   '),
    bom: fc.boolean(),
  }),
);

/** The text of a generated file: header and lines joined by its separator and line end, then its last bytes. */
function tekstVan(b: {
  kolommen: readonly string[];
  scheiding: string;
  einde: string;
  regels: readonly (readonly string[])[];
  slot: string;
  bom: boolean;
}): string {
  const regels = [b.kolommen, ...b.regels].map((velden) => velden.join(b.scheiding));
  return `${b.bom ? '\uFEFF' : ''}${regels.join(b.einde)}${b.slot}`;
}

describe('the fast ledger reader', () => {
  it('splits CSV text as the reference did', () => {
    fc.assert(
      fc.property(bestand, (b) => {
        const tekst = tekstVan(b);
        expect(leesCsv(tekst)).toEqual(leesCsvReferentie(tekst));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads every CSV file to the same lines and the same bad lines as the reference', () => {
    fc.assert(
      fc.property(bestand, (b) => {
        const tekst = tekstVan(b);
        expect(leesGrootboekCsv(tekst)).toEqual(leesGrootboekCsvReferentie(tekst));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads Excel ranges (numbers, date serials, empty cells) as the reference did', () => {
    const cel = fc.oneof(
      fc.constantFrom(...Object.values(VELDEN).flat()),
      fc.constantFrom(46078, 46078.5, 0, -1, 2958466, 1224.11, 1224.115, -0.5, 1e21, NaN, Infinity, 1e14, 99999999999.99),
      fc.constantFrom(null, undefined, true),
    );
    fc.assert(
      fc.property(kop, fc.array(fc.array(cel, { minLength: 6, maxLength: 7 }), { maxLength: 8 }), fc.nat(30), (kolommen, rijen, eerste) => {
        const bereik = [kolommen, ...rijen];
        expect(leesGrootboekRijen(bereik, eerste + 1)).toEqual(leesGrootboekRijenReferentie(bereik, eerste + 1));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the files it is given most, valid ledgers in Dutch notation, as the reference did', () => {
    const goed = fc.record({
      kolommen: fc.constant(KOLOMMEN),
      scheiding: fc.constant(';'),
      einde: fc.constantFrom('\n', '\r\n'),
      regels: fc.array(
        fc.tuple(
          fc.constantFrom('Gorinchem', 'Molenlanden', 'Vijfheerenlanden'),
          fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => {
            const iso = d.toISOString();
            return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
          }),
          fc
            .tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }))
            .map(([j, m]) => `${j}-${String(m).padStart(2, '0')}`),
          fc.constantFrom('lks', 'bijstand', 'overig'),
          fc.constantFrom('BW-1', '', 'BW-GOR-00042'),
          fc.bigInt({ min: -(10n ** 14n) + 1n, max: 10n ** 14n - 1n }).map((c) => {
            const a = c < 0n ? -c : c;
            const euro = (a / 100n).toString().replace(/\B(?=(\d{3})+$)/g, '.');
            return `${c < 0n ? '-' : ''}${euro},${(a % 100n).toString().padStart(2, '0')}`;
          }),
        ),
        { minLength: 1, maxLength: 30 },
      ),
      slot: fc.constant('\n'),
      bom: fc.boolean(),
    });
    fc.assert(
      fc.property(goed, (b) => {
        const tekst = tekstVan(b);
        const nieuw = leesGrootboekCsv(tekst);
        expect(nieuw.fouten).toEqual([]);
        expect(nieuw).toEqual(leesGrootboekCsvReferentie(tekst));
      }),
      { numRuns: 2000 },
    );
  });
});
