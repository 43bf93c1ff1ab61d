/**
 * One small interface over the two PostgreSQL backends of the registry: PGlite (embedded, the default; a data
 * folder or memory) and a real server through `pg` (when DATABASE_URL is set). Same SQL, same migrations.
 * Values are normalised here so both answer alike: int8 as number, date as a Datum ('YYYY-MM-DD'), timestamptz as
 * ISO text.
 */
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Pool, PoolClient, types as pgTypes } from 'pg';
import { datum } from '../../shared/time/datum';
import { maakDatamapPrive } from './datamap';
import { vergrendelDatamap, Vergrendeling } from './lock';

export interface Querier {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Querier {
  readonly soort: 'pglite' | 'postgresql';
  /** Runs `werk` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(werk: (tx: Querier) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface RegistryOpties {
  /** postgres://… : use a PostgreSQL server; otherwise PGlite. */
  databaseUrl?: string;
  /** PGlite data folder; absent: in memory. A second process on the same folder is refused. */
  dataDir?: string;
  /** PostgreSQL schema to work in (tests give each suite its own); created when missing. */
  schema?: string;
  /** Connections in the pool (PostgreSQL only). */
  poolGrootte?: number;
  /** Async password provider, e.g. an Entra access token (PostgreSQL only). */
  wachtwoord?: () => Promise<string>;
}

const OID = { int8: 20, date: 1082, timestamptz: 1184, timestamp: 1114 } as const;
const isoTijd = (v: string): string => new Date(v).toISOString();

async function openPglite(dataDir: string | undefined): Promise<Db> {
  let slot: Vergrendeling | undefined;
  if (dataDir) {
    maakDatamapPrive(dataDir);
    slot = vergrendelDatamap(dataDir);
  }
  const parsers = { [OID.int8]: (v: string) => Number(v), [OID.date]: datum, [OID.timestamptz]: isoTijd };
  let pg: PGlite;
  try {
    pg = dataDir ? await PGlite.create(join(dataDir, 'registry'), { parsers }) : await PGlite.create({ parsers });
  } catch (e) {
    slot?.vrijgeven();
    throw e;
  }
  const querier = (q: Pick<PGlite, 'query' | 'exec'>): Querier => ({
    query: async <T>(sql: string, params?: readonly unknown[]) => (await q.query<T>(sql, params as unknown[])).rows,
    exec: async (sql: string) => void (await q.exec(sql)),
  });
  return {
    soort: 'pglite',
    ...querier(pg),
    transaction: (werk) => pg.transaction((tx) => werk(querier(tx))),
    async close() {
      await pg.close();
      slot?.vrijgeven();
    },
  };
}

async function openPostgres(o: RegistryOpties): Promise<Db> {
  const eigen: Record<number, (v: string) => unknown> = { [OID.int8]: Number, [OID.date]: datum, [OID.timestamptz]: isoTijd };
  const typeParser = ((oid: number, format?: 'text' | 'binary') =>
    eigen[oid] ?? (pgTypes.getTypeParser as (o: number, f?: string) => unknown)(oid, format)) as typeof pgTypes.getTypeParser;
  const schema = o.schema;
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`ongeldige schemanaam: ${schema}`);
  const pool = new Pool({
    connectionString: o.databaseUrl,
    max: o.poolGrootte ?? 10,
    types: { getTypeParser: typeParser },
    ...(o.wachtwoord ? { password: o.wachtwoord } : {}),
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  pool.on('error', () => undefined);
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  const querier = (c: Pool | PoolClient): Querier => ({
    query: async <T>(sql: string, params?: readonly unknown[]) => (await c.query(sql, params as unknown[])).rows as T[],
    exec: async (sql: string) => void (await c.query(sql)),
  });
  return {
    soort: 'postgresql',
    ...querier(pool),
    async transaction(werk) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const uit = await werk(querier(client));
        await client.query('COMMIT');
        return uit;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Connects to PostgreSQL when `databaseUrl` is given, else to PGlite; no migrations (see open-registry.ts). */
export function verbind(o: RegistryOpties): Promise<Db> {
  return o.databaseUrl ? openPostgres(o) : openPglite(o.dataDir);
}
