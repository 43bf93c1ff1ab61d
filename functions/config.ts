/**
 * Configuration, from environment variables only (each is documented in the README section of the API).
 */
import { resolve } from 'node:path';

export type AuthModus = 'production' | 'development';

export interface Config {
  authModus: AuthModus;
  /** Folder for the PGlite registry, the development key and local certificates. */
  dataDir: string;
  databaseUrl?: string;
  /** Connect to PostgreSQL with an Entra access token of the managed identity as password. */
  databaseEntra: boolean;
  jwksUrl?: string;
  issuer: string;
  audience: string;
  gemeentenClaim: string;
  /** The only origin allowed by CORS: the add-in's. */
  addinOrigin: string;
  maxBodyBytes: number;
  /** Distinct registry reads (WACHTLIJSTPOSITIE, BUIG_SALDO, scenarios) one evaluate batch may ask for; 413 beyond. */
  maxRegisterlezingen: number;
  /** The per-user rate limit: a token bucket of `piek` requests, refilled at `perMinuut` a minute; 429 beyond. */
  snelheid: { perMinuut: number; piek: number };
}

export const ONTWIKKEL_ISSUER = 'https://avres.localhost/ontwikkeling';
export const ONTWIKKEL_AUDIENCE = 'api://avres-ontwikkeling';

function getal(naam: string, standaard: number, env: NodeJS.ProcessEnv): number {
  const v = env[naam];
  if (v === undefined || v === '') return standaard;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${naam} moet een positief geheel getal zijn, niet "${v}"`);
  return n;
}

/** Production whatever the letter case (`Production`, `PRODUCTION`) or surrounding spaces. */
function isProductie(env: NodeJS.ProcessEnv): boolean {
  return [env.NODE_ENV, env.AZURE_FUNCTIONS_ENVIRONMENT].some((v) => (v ?? '').trim().toLowerCase() === 'production');
}

/** Reads and checks the configuration; development auth in production is refused. */
/** Where the embedded registry and the development certificates live (AVRES_DATA_DIR, default .avres-data). */
export function dataMap(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.AVRES_DATA_DIR ?? '.avres-data');
}

export function leesConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const modus = (env.AVRES_AUTH_MODE ?? 'production').toLowerCase();
  if (modus !== 'production' && modus !== 'development') {
    throw new Error(`AVRES_AUTH_MODE moet "production" of "development" zijn, niet "${env.AVRES_AUTH_MODE}"`);
  }
  if (modus === 'development' && isProductie(env)) {
    throw new Error(
      'AVRES_AUTH_MODE=development is geweigerd: NODE_ENV of AZURE_FUNCTIONS_ENVIRONMENT staat op production. De lokale ontwikkelsleutel mag nooit in productie tokens accepteren.',
    );
  }
  const ontwikkeling = modus === 'development';
  const issuer = env.AVRES_ISSUER ?? (ontwikkeling ? ONTWIKKEL_ISSUER : '');
  const audience = env.AVRES_AUDIENCE ?? (ontwikkeling ? ONTWIKKEL_AUDIENCE : '');
  if (!ontwikkeling && (!env.AVRES_JWKS_URL || !issuer || !audience)) {
    throw new Error(
      'Productiemodus vraagt AVRES_JWKS_URL, AVRES_ISSUER en AVRES_AUDIENCE (Entra ID); of start lokaal met npm start (ontwikkelmodus).',
    );
  }
  return {
    authModus: modus,
    dataDir: dataMap(env),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    databaseEntra: env.AVRES_DB_ENTRA === 'true',
    ...(!ontwikkeling ? { jwksUrl: env.AVRES_JWKS_URL } : {}),
    issuer,
    audience,
    gemeentenClaim: env.AVRES_GEMEENTEN_CLAIM ?? 'avres_gemeenten',
    addinOrigin: env.AVRES_ADDIN_ORIGIN ?? 'https://localhost:3000',
    maxBodyBytes: getal('AVRES_MAX_BODY_BYTES', 5_000_000, env),
    maxRegisterlezingen: getal('AVRES_MAX_REGISTERLEZINGEN', 2000, env),
    snelheid: { perMinuut: getal('AVRES_VERZOEKEN_PER_MINUUT', 1200, env), piek: getal('AVRES_VERZOEKEN_PIEK', 300, env) },
  };
}
