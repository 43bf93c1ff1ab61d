/**
 * The framework-neutral request and answer the handlers see, so one route table serves both the Azure Functions
 * host and the local node:http server.
 */
import type { Db } from '../registry/db';
import type { Authenticatie } from '../auth/tokens';
import type { Config } from '../config';
import type { Datum } from '../../shared/time/datum';
import type { Snelheidsbegrenzer } from './snelheid';

export interface ApiVerzoek {
  method: string;
  params: Record<string, string>;
  query: URLSearchParams;
  header(naam: string): string | undefined;
  /** The body as text; already limited to `config.maxBodyBytes` (413 beyond). */
  tekst(): Promise<string>;
  traceId: string;
}

export interface ApiAntwoord {
  status: number;
  body?: unknown;
  /**
   * The body already serialised as JSON (large answers build it faster than JSON.stringify), or made in pieces as
   * it is computed (their concatenation is the JSON; sent as they come); wins over `body`.
   */
  json?: string | AsyncIterable<string>;
  headers?: Record<string, string>;
}

/** What every handler may use: the registry, token validation, configuration and today's date. */
export interface Omgeving {
  /** The development JWKS, served in development mode only. */
  jwks?: { keys: unknown[] };
  db: Db;
  auth: Authenticatie;
  config: Config;
  /** The per-user rate limit (snelheid.ts). */
  snelheid: Snelheidsbegrenzer;
  vandaag(): Datum;
}

export type Handler = (verzoek: ApiVerzoek, omgeving: Omgeving) => Promise<ApiAntwoord>;
