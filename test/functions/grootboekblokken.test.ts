/**
 * Ledger lines stored in blocks (migration 340) against real PGlite (and real PostgreSQL when DATABASE_URL is set):
 * a registry that already holds imports as one row per line upgrades without losing or changing a line, and view
 * `grootboekregels` answers as the table of that name did, for lines moved by the migration and for new imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { leesGrootboekCsv, type Grootboekregel } from '../../shared/grootboek/grootboekregels';
import { centenTekst } from '../../shared/centen';
import { zonderLoguitvoer } from '../support/zonder-loguitvoer';
import { verbind, type Db } from '../../functions/registry/db';
import { migreer } from '../../functions/registry/open-registry';
import {
  importeerGrootboek,
  inhoudHash,
  lijstImports,
  lksBetalingen,
  nettoLastenPerJaar,
  uitgaven,
  verwijderImport,
} from '../../functions/registry/grootboek';
import { leesRegisterversies } from '../../functions/registry/registerversies';
import { alsCsv, genereer } from '../support/grootboek-generator';
import Decimal from 'decimal.js';

const MIGRATIES = join(__dirname, '../../functions/registry/migrations');
const BLOKKEN = 340;
const alle = ['Gorinchem', 'Molenlanden', 'Vijfheerenlanden'] as const;
const meta = { actor: 'test-financien', traceId: 'trace-test', gemeenten: alle };

const backends: [string, (schema: string) => Promise<Db>][] = [['PGlite', () => verbind({})]];
if (process.env.DATABASE_URL) {
  backends.push([
    'PostgreSQL',
    (schema) => verbind({ databaseUrl: process.env.DATABASE_URL, schema: `${schema}_${process.pid}_${Date.now() % 100000}` }),
  ]);
}

/** The registry as it was before migration 340: every migration before it, recorded as applied. */
async function registerVoorBlokken(db: Db): Promise<void> {
  await db.query(
    'CREATE TABLE schema_migraties (versie integer PRIMARY KEY, naam text NOT NULL, toegepast_op timestamptz NOT NULL DEFAULT now())',
  );
  for (const bestand of readdirSync(MIGRATIES).sort()) {
    const versie = Number(bestand.slice(0, 3));
    if (versie >= BLOKKEN) continue;
    await db.exec(readFileSync(join(MIGRATIES, bestand), 'utf8'));
    await db.query('INSERT INTO schema_migraties (versie, naam) VALUES ($1, $2)', [versie, bestand]);
  }
}

/** An import written as the registry wrote it before migration 340: one row per line. */
async function importeerPerRegel(db: Db, regels: readonly Grootboekregel[], bestandsnaam: string): Promise<number> {
  const [rij] = await db.query<{ id: number }>(
    `INSERT INTO grootboek_imports (inhoud_sha256, bestandsnaam, aantal_regels, totaal, geimporteerd_door)
     VALUES ($1, $2, $3, $4, 'test') RETURNING id`,
    [inhoudHash(regels), bestandsnaam, regels.length, centenTekst(regels.reduce((s, r) => s + r.centen, 0n))],
  );
  await db.query(
    `INSERT INTO grootboekregels (import_id, regel, gemeente, boekdatum, periode, soort, casusnummer, bedrag)
     SELECT $1, * FROM unnest($2::int[], $3::text[], $4::date[], $5::text[], $6::text[], $7::text[], $8::numeric[])`,
    [
      rij!.id,
      regels.map((r) => r.regel),
      regels.map((r) => r.gemeente),
      regels.map((r) => r.boekdatum),
      regels.map((r) => r.periode),
      regels.map((r) => r.soort),
      regels.map((r) => r.casusnummer),
      regels.map((r) => centenTekst(r.centen)),
    ],
  );
  return rij!.id;
}

/** Every line as the table answered it, in a fixed order, with the amount as its text. */
const alleRegels = (db: Db) =>
  db.query(
    `SELECT import_id, regel, gemeente, boekdatum, periode, soort, casusnummer, bedrag::text AS bedrag
     FROM grootboekregels ORDER BY import_id, regel`,
  );

/** What the readers of the lines answer: sums per month and soort, netto lasten, LKS payments. */
async function antwoorden(db: Db) {
  const lks = await lksBetalingen(db, 2026, alle);
  return {
    uitgaven: await uitgaven(db, 2026, alle),
    nettoLasten: [...(await nettoLastenPerJaar(db, alle, [2025, 2026]))].map(([g, j]) => [g, [...j]]),
    lks: lks.sort((a, b) => a.importId! - b.importId! || a.regel! - b.regel!),
  };
}

/** The imports listed for each scope: all their lines within it (the scope check reads the blocks). */
const inBereik = async (db: Db) => ({
  gorinchem: (await lijstImports(db, ['Gorinchem'])).map((i) => i.id),
  molenlanden: (await lijstImports(db, ['Molenlanden'])).map((i) => i.id),
  alle: (await lijstImports(db, alle)).map((i) => i.id),
});

const kolomtypen = (db: Db) =>
  db.query(
    `SELECT column_name, data_type, character_maximum_length, numeric_precision, numeric_scale
     FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'grootboekregels' ORDER BY ordinal_position`,
  );

zonderLoguitvoer();

describe.each(backends)('ledger blocks on %s', (_naam, open) => {
  let db: Db;
  afterEach(async () => {
    await db.close();
  });

  it('upgrades a registry holding imports line by line without losing or changing a line, a version or an answer', async () => {
    db = await open('blok_upgrade');
    await registerVoorBlokken(db);
    const { betalingen } = genereer(2026, 60, 21);
    const groot = leesGrootboekCsv(
      alsCsv(betalingen, [
        { gemeente: 'Molenlanden', periode: '2026-02', bedrag: new Decimal('5000') },
        { gemeente: 'Vijfheerenlanden', periode: '2025-12', bedrag: new Decimal('-0.5') },
      ]),
    ).regels;
    // A second file of Gorinchem only, with an empty casusnummer and line numbers with gaps (empty lines in the file).
    const klein = leesGrootboekCsv(
      'gemeente;boekdatum;periode;soort;casusnummer;bedrag\nGorinchem;25-02-2026;2026-03;lks;BW-9;1.224,11\n\n\nGorinchem;01-03-2026;2026-03;bijstand;;999.999.999.999,99\nGorinchem;01-03-2026;2026-03;overig;;-0,01\n',
    ).regels;
    const grootId = await importeerPerRegel(db, groot, 'groot.csv');
    const kleinId = await importeerPerRegel(db, klein, 'klein.csv');
    const oudeRegels = await alleRegels(db);
    const oudeTypen = await kolomtypen(db);
    const oudeAntwoorden = await antwoorden(db);
    const oudeVersies = await leesRegisterversies(db);
    expect(oudeRegels).toHaveLength(groot.length + klein.length);

    expect(await migreer(db)).toEqual(['340_grootboekblokken.sql']);

    expect(await alleRegels(db)).toEqual(oudeRegels);
    expect(await kolomtypen(db)).toEqual(oudeTypen);
    expect(await antwoorden(db)).toEqual(oudeAntwoorden);
    expect(await leesRegisterversies(db)).toEqual(oudeVersies);
    expect(await inBereik(db)).toEqual({ gorinchem: [kleinId], molenlanden: [], alle: [grootId, kleinId] });
    // One block per gemeente, periode and soort of the import.
    expect(await db.query('SELECT soort, regels FROM grootboekblokken WHERE import_id = $1 ORDER BY blok', [kleinId])).toEqual([
      { soort: 'lks', regels: [2] },
      { soort: 'bijstand', regels: [5] },
      { soort: 'overig', regels: [6] },
    ]);

    // After the upgrade the registry works as before: the same content again is refused, an import is removed
    // with its lines (raising the version of its gemeente only), and a new import is stored.
    await expect(importeerGrootboek(db, klein, meta)).rejects.toMatchObject({ code: 'AL_GEIMPORTEERD' });
    await verwijderImport(db, kleinId, meta);
    const versies = await leesRegisterversies(db);
    expect(versies['buig:Gorinchem']).toBe(oudeVersies['buig:Gorinchem']! + 1);
    expect(versies['buig:Molenlanden']).toBe(oudeVersies['buig:Molenlanden']);
    expect(await alleRegels(db)).toEqual(oudeRegels.filter((r) => r.import_id !== kleinId));
    const opnieuw = await importeerGrootboek(db, klein, meta);
    expect((await alleRegels(db)).filter((r) => r.import_id === opnieuw.id)).toEqual(
      oudeRegels.filter((r) => r.import_id === kleinId).map((r) => ({ ...r, import_id: opnieuw.id })),
    );
  });

  it('answers a new import line by line as it was given, and refuses to change lines through the view', async () => {
    db = await open('blok_view');
    await migreer(db);
    const { betalingen } = genereer(2026, 400, 22);
    const regels = leesGrootboekCsv(
      alsCsv(betalingen, [{ gemeente: 'Gorinchem', periode: '2026-05', bedrag: new Decimal('12.3') }]),
    ).regels;
    expect(regels.length).toBeGreaterThan(5000);
    const blokken: number[] = [];
    const imp = await importeerGrootboek(db, regels, meta, (n) => void blokken.push(n));
    expect(blokken).toEqual(Array.from({ length: Math.ceil(regels.length / 5000) }, (_, i) => Math.min((i + 1) * 5000, regels.length)));
    expect(await alleRegels(db)).toEqual(
      regels.map((r) => ({
        import_id: imp.id,
        regel: r.regel,
        gemeente: r.gemeente,
        boekdatum: r.boekdatum,
        periode: r.periode,
        soort: r.soort,
        casusnummer: r.casusnummer,
        bedrag: centenTekst(r.centen),
      })),
    );
    await expect(db.query(`UPDATE grootboekregels SET bedrag = 0 WHERE regel = 2`)).rejects.toThrow();
    await expect(db.query(`DELETE FROM grootboekregels WHERE regel = 2`)).rejects.toThrow();
  });

  it('stores every casusnummer as given: the text NULL, and one with a quote or backslash written past the reader', async () => {
    db = await open('blok_casus');
    await migreer(db);
    const [eerste] = leesGrootboekCsv(alsCsv(genereer(2026, 1, 24).betalingen)).regels;
    const casusnummers = ['NULL', 'null', 'BW "1"', 'BW\\2', '{BW,3}', null];
    const regels: Grootboekregel[] = casusnummers.map((casusnummer, i) => ({ ...eerste!, regel: i + 2, casusnummer }));
    await importeerGrootboek(db, regels, meta);
    expect((await alleRegels(db)).map((r) => r.casusnummer)).toEqual(casusnummers);
  });

  it('refuses lines whose numbers do not ascend, storing nothing', async () => {
    db = await open('blok_volgorde');
    await migreer(db);
    const regels = leesGrootboekCsv(alsCsv(genereer(2026, 5, 23).betalingen)).regels;
    await expect(importeerGrootboek(db, [...regels, regels[0]!], meta)).rejects.toThrow(/regelnummers moeten oplopen/);
    expect(await alleRegels(db)).toEqual([]);
  });
});
