/**
 * Test support: the registry backends to run against (PGlite always; PostgreSQL when DATABASE_URL is set, each
 * suite in its own schema), a real HTTP server on a free port, and development tokens.
 */
import { randomBytes } from 'node:crypto';
import { leesConfig } from '../../functions/config';
import { maakOntwikkeltoken, Ontwikkelsleutel, TokenVraag } from '../../functions/auth/ontwikkelsleutel';
import { DraaiendeServer, startServer } from '../../functions/local-server';
import { maakOmgeving } from '../../functions/omgeving';
import type { Omgeving } from '../../functions/http/types';
import { zetLoguitvoer } from '../../functions/registry/logboek';
import { datum } from '../../shared/time/datum';

export const BACKENDS: ('pglite' | 'postgresql')[] = process.env.DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];

export const VANDAAG = datum('2026-11-24');

/** Asserts the one wire shape of an explanation: a non-empty list of steps, each exactly `{label, value, source}` as text. */
export function verwachtWireStappen(stappen: unknown): void {
  expect(Array.isArray(stappen) && stappen.length > 0).toBe(true);
  for (const s of stappen as Record<string, unknown>[]) {
    expect(Object.keys(s).sort()).toEqual(['label', 'source', 'value']);
    expect([typeof s.label, typeof s.value, typeof s.source]).toEqual(['string', 'string', 'string']);
  }
}

export interface TestApi {
  omgeving: Omgeving & { sleutel?: Ontwikkelsleutel };
  server: DraaiendeServer;
  url: string;
  token(v?: TokenVraag): Promise<string>;
  /** fetch with a token (all roles and gemeenten unless `token` is given) and JSON. */
  vraag(
    method: string,
    pad: string,
    o?: { body?: unknown; token?: string | null; headers?: Record<string, string>; ruw?: string },
  ): Promise<{ status: number; body: any; headers: Headers }>;
  logregels: string[];
  sluit(): Promise<void>;
}

export const schemaNaam = (): string => `t_${randomBytes(6).toString('hex')}`;

export async function startTestApi(backend: 'pglite' | 'postgresql', extra: Record<string, string> = {}): Promise<TestApi> {
  const env = {
    AVRES_AUTH_MODE: 'development',
    // Suites send thousands of requests as one user; the rate limit has its own test (belasting.test.ts).
    AVRES_VERZOEKEN_PIEK: '1000000',
    ...(backend === 'postgresql' ? { DATABASE_URL: process.env.DATABASE_URL! } : {}),
    ...extra,
  };
  const omgeving = await maakOmgeving(leesConfig(env), {
    inGeheugen: true,
    vandaag: () => VANDAAG,
    ...(backend === 'postgresql' ? { schema: schemaNaam() } : {}),
  });
  const logregels: string[] = [];
  zetLoguitvoer((r) => logregels.push(r));
  const server = await startServer({ omgeving, poort: 0 });
  const standaard = await maakOntwikkeltoken(omgeving.sleutel!);
  return {
    omgeving,
    server,
    url: server.url,
    logregels,
    token: (v) => maakOntwikkeltoken(omgeving.sleutel!, v),
    async vraag(method, pad, o = {}) {
      const token = o.token === undefined ? standaard : o.token;
      const r = await fetch(server.url + pad, {
        method,
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(o.body !== undefined || o.ruw !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...o.headers,
        },
        ...(o.ruw !== undefined ? { body: o.ruw } : o.body !== undefined ? { body: JSON.stringify(o.body) } : {}),
      });
      const tekst = await r.text();
      return { status: r.status, body: tekst ? JSON.parse(tekst) : undefined, headers: r.headers };
    },
    async sluit() {
      await server.sluit();
      await omgeving.db.close();
    },
  };
}

/** The events that put a case on the waiting list on `datum`: a positive advice, the indication, op_wachtlijst. */
export const opWachtlijstOp = (datum: string): Record<string, unknown>[] => [
  { soort: 'uwv_advies_ontvangen', datum, uitkomst: 'positief' },
  { soort: 'besluit_indicatie', datum, uitkomst: 'toegekend' },
  { soort: 'op_wachtlijst', datum },
];

/** Creates a case and appends events in order; returns its casusnummer and version. */
export async function maakCasusMet(
  api: TestApi,
  basis: { gemeente: string; route?: string; bsn?: string; aanmeldingsdatum: string },
  gebeurtenissen: Record<string, unknown>[] = [],
): Promise<{ casusnummer: string; versie: number }> {
  const r = await api.vraag('POST', '/cases', { body: { route: 'UWV', bsn: '111222333', ...basis } });
  if (r.status !== 201) throw new Error(`aanmaken mislukt: ${r.status} ${JSON.stringify(r.body)}`);
  let versie = r.body.versie as number;
  for (const g of gebeurtenissen) {
    const a = await api.vraag('POST', `/cases/${r.body.casusnummer}/events`, { body: g, headers: { 'If-Match': String(versie) } });
    if (a.status !== 201) throw new Error(`${JSON.stringify(g)} mislukt: ${a.status} ${JSON.stringify(a.body)}`);
    versie = a.body.versie;
  }
  return { casusnummer: r.body.casusnummer, versie };
}
