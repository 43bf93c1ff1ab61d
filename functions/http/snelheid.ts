/**
 * The per-user rate limit: an in-memory token bucket per user (the token's oid or sub). Each authenticated request
 * takes one token; the bucket holds `piek` and refills at `perMinuut` a minute. An empty bucket is a 429 with
 * Retry-After. Per process: on several Functions instances each counts its own requests.
 */
import { ApiFout } from './api-fout';

export interface Snelheidsbegrenzer {
  /** Takes one request from the user's bucket; 429 when it is empty. */
  neem(gebruiker: string): void;
}

/** Buckets kept before the full ones (idle users) are dropped. */
const MAX_EMMERS = 10_000;

export function snelheidsbegrenzer(o: { perMinuut: number; piek: number }, nu: () => number = Date.now): Snelheidsbegrenzer {
  const perMs = o.perMinuut / 60_000;
  const emmers = new Map<string, { tegoed: number; op: number }>();
  const bijgevuld = (e: { tegoed: number; op: number }, t: number): number => Math.min(o.piek, e.tegoed + (t - e.op) * perMs);
  return {
    neem(gebruiker) {
      const t = nu();
      if (emmers.size > MAX_EMMERS) for (const [k, e] of emmers) if (bijgevuld(e, t) >= o.piek) emmers.delete(k);
      const e = emmers.get(gebruiker) ?? { tegoed: o.piek, op: t };
      e.tegoed = bijgevuld(e, t);
      e.op = t;
      emmers.set(gebruiker, e);
      if (e.tegoed < 1) {
        const seconden = Math.max(1, Math.ceil((1 - e.tegoed) / perMs / 1000));
        throw new ApiFout(
          429,
          'TE_VEEL_VERZOEKEN',
          `te veel verzoeken: hoogstens ${o.perMinuut} per minuut (pieken tot ${o.piek}); probeer het over ${seconden} ${seconden === 1 ? 'seconde' : 'seconden'} opnieuw`,
          {},
          {},
          { 'Retry-After': String(seconden) },
        );
      }
      e.tegoed -= 1;
    },
  };
}
