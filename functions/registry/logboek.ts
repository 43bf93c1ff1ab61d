/**
 * The processing log, in the spirit of the Logboek Dataverwerkingen standard (Logius): for every read or write
 * of a case, the trace id, the operation, the actor (a pseudonymous id), the case and the time. A row is written
 * in the same transaction as the operation, and a structured log line goes to the log sink. Never a BSN.
 */
import type { Querier } from './db';

export interface LogboekRegel {
  traceId: string;
  operatie: string;
  actor: string;
  casusnummer?: string;
  gemeente?: string;
  /** For operations over many cases (lists): how many were returned. */
  aantal?: number;
}

type Uitvoer = (regel: string) => void;
let uitvoer: Uitvoer = (regel) => process.stdout.write(`${regel}\n`);

/** Replaces where structured log lines go (tests capture them; the Functions host passes its context.log). */
export function zetLoguitvoer(nieuw: Uitvoer): Uitvoer {
  const oud = uitvoer;
  uitvoer = nieuw;
  return oud;
}

/** Writes one structured JSON log line. */
export function logJson(velden: Record<string, unknown>): void {
  uitvoer(JSON.stringify({ tijd: new Date().toISOString(), ...velden }));
}

/** Records the processing in the log table (inside the caller's transaction) and as a log line. */
export async function schrijfLogboek(q: Querier, r: LogboekRegel): Promise<void> {
  await q.query('INSERT INTO logboek (trace_id, operatie, actor, casusnummer, gemeente, aantal) VALUES ($1, $2, $3, $4, $5, $6)', [
    r.traceId,
    r.operatie,
    r.actor,
    r.casusnummer ?? null,
    r.gemeente ?? null,
    r.aantal ?? null,
  ]);
  logJson({
    soort: 'dataverwerking',
    traceId: r.traceId,
    operatie: r.operatie,
    actor: r.actor,
    casusnummer: r.casusnummer,
    gemeente: r.gemeente,
    aantal: r.aantal,
  });
}
