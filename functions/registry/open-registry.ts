/**
 * Opening the registry: connect, apply the numbered migrations, and rebuild the caches derived from the events
 * (the waiting-list periods). Apart from db.ts, so the query modules can depend on the connection without a circle.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { verbind, type Db, type RegistryOpties } from './db';
import { werkWachtlijstperiodesBij } from './wachtlijstperiodes';

const MIGRATIE_SLOT = 742_0001;
const MIGRATIEMAP = join(__dirname, 'migrations');

/** Applies the numbered migrations (migrations/NNN_name.sql) not applied yet, each in its own transaction. */
export async function migreer(db: Db): Promise<string[]> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS schema_migraties (versie integer PRIMARY KEY, naam text NOT NULL, toegepast_op timestamptz NOT NULL DEFAULT now())',
  );
  const bestanden = readdirSync(MIGRATIEMAP)
    .filter((f) => /^\d{3}_.+\.sql$/.test(f))
    .sort();
  const toegepast: string[] = [];
  for (const bestand of bestanden) {
    const versie = Number(bestand.slice(0, 3));
    const nieuw = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATIE_SLOT]);
      const al = await tx.query('SELECT 1 FROM schema_migraties WHERE versie = $1', [versie]);
      if (al.length > 0) return false;
      await tx.exec(readFileSync(join(MIGRATIEMAP, bestand), 'utf8'));
      await tx.query('INSERT INTO schema_migraties (versie, naam) VALUES ($1, $2)', [versie, bestand]);
      return true;
    });
    if (nieuw) toegepast.push(bestand);
  }
  return toegepast;
}

/**
 * Opens the registry (PostgreSQL when `databaseUrl` is given, else PGlite), applies pending migrations and rebuilds
 * the waiting-list periods of cases whose events were written outside the append path (a cache, see wachtlijstperiodes.ts).
 */
export async function openRegistry(o: RegistryOpties = {}): Promise<Db> {
  const db = await verbind(o);
  try {
    await migreer(db);
    await werkWachtlijstperiodesBij(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  return db;
}
