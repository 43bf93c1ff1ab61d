/**
 * The processing log, in the spirit of the Logboek Dataverwerkingen standard (Logius): for every read or write
 * of a case, the trace id, the operation, the actor (a pseudonymous id), the case (for a list: every case returned),
 * the time, and whether it was refused. A row is written
 * in the same transaction as the operation, and a structured log line goes to the log sink. Never a BSN.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Querier } from './db';

export interface LogboekRegel {
  traceId: string;
  operatie: string;
  actor: string;
  casusnummer?: string;
  gemeente?: string;
  /** For operations over many cases (lists): how many were returned. */
  aantal?: number;
  /** For operations over many cases: the casusnummers returned (never a BSN). */
  casusnummers?: readonly string[];
  /** An attempt refused for scope or role (403, 404): recorded too, with what was asked for. */
  geweigerd?: boolean;
}

type Uitvoer = (regel: string) => void;
let uitvoer: Uitvoer = (regel) => process.stdout.write(`${regel}\n`);
const perAanroep = new AsyncLocalStorage<Uitvoer>();

/** Replaces the process-wide log sink (the local server, scripts and tests; the Functions host logs per invocation). */
export function zetLoguitvoer(nieuw: Uitvoer): Uitvoer {
  const oud = uitvoer;
  uitvoer = nieuw;
  return oud;
}

/**
 * Runs one invocation with its own log sink (the Functions host passes its context.log): concurrent invocations on
 * one host each get their own lines, which a swapped global sink would mix.
 */
export function metLoguitvoer<T>(eigen: Uitvoer, werk: () => Promise<T>): Promise<T> {
  return perAanroep.run(eigen, werk);
}

/** Writes one structured JSON log line to the invocation's sink, else the process-wide one. */
export function logJson(velden: Record<string, unknown>): void {
  (perAanroep.getStore() ?? uitvoer)(JSON.stringify({ tijd: new Date().toISOString(), ...velden }));
}

/** Records the processing in the log table (inside the caller's transaction) and as a log line. */
export async function schrijfLogboek(q: Querier, r: LogboekRegel): Promise<void> {
  await q.query(
    'INSERT INTO logboek (trace_id, operatie, actor, casusnummer, gemeente, aantal, casusnummers, geweigerd) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [
      r.traceId,
      r.operatie,
      r.actor,
      r.casusnummer ?? null,
      r.gemeente ?? null,
      r.aantal ?? r.casusnummers?.length ?? null,
      r.casusnummers ? [...r.casusnummers] : null,
      r.geweigerd ?? false,
    ],
  );
  logJson({
    soort: 'dataverwerking',
    traceId: r.traceId,
    operatie: r.operatie,
    actor: r.actor,
    casusnummer: r.casusnummer,
    gemeente: r.gemeente,
    aantal: r.aantal ?? r.casusnummers?.length,
    casusnummers: r.casusnummers,
    ...(r.geweigerd ? { geweigerd: true } : {}),
  });
}
