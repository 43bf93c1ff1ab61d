/**
 * What the finance endpoints share: the gemeenten asked for, checked against the token, and query parameters.
 * Who may use them is the action table in auth/tokens.ts (financien_lezen, grootboek_schrijven, …).
 */
import type { Gemeente } from '../../shared/schemas/casus';
import { vereisGemeente } from '../auth/bereik';
import type { Gebruiker } from '../auth/tokens';
import { ApiFout } from './api-fout';
import type { ApiVerzoek } from './types';

/** The gemeenten asked for (one, or all of the user's), each checked against the token. */
export function gevraagdeGemeenten(g: Gebruiker, gemeente: Gemeente | undefined): Gemeente[] {
  if (gemeente === undefined) {
    if (g.gemeenten.length === 0) throw new ApiFout(403, 'GEEN_TOEGANG', 'uw token geeft toegang tot geen enkele gemeente');
    return [...g.gemeenten];
  }
  vereisGemeente(g, gemeente);
  return [gemeente];
}

/** Query parameters as an object for a zod schema; numbers where the schema expects them. */
export function queryObject(v: ApiVerzoek, getallen: readonly string[]): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (const [k, w] of v.query.entries()) uit[k] = getallen.includes(k) && w.trim() !== '' && !Number.isNaN(Number(w)) ? Number(w) : w;
  return uit;
}
