/**
 * The versions of registry data that answers depend on (migration 330): the waiting list and the BUIG figures
 * per gemeente, and each stored scenario. The counters are raised by triggers in the transaction of every change;
 * this module only reads them. A subject is named `onderwerp:sleutel`, e.g. `wachtlijst:Gorinchem`.
 */
import type { Querier } from './db';

/** Subject → version; a subject never changed has no entry (version 0). */
export type Registerversies = Record<string, number>;

/** The subject of a stored scenario: names are case-insensitive, as in the scenarios table. */
export const scenarioOnderwerp = (naam: string): string => `scenario:${naam.toLowerCase()}`;

/** Every version of the registry, read in one query (a few rows: three gemeenten twice, plus the scenarios). */
export async function leesRegisterversies(q: Querier): Promise<Registerversies> {
  const rijen = await q.query<{ onderwerp: string; sleutel: string; versie: number }>(
    'SELECT onderwerp, sleutel, versie FROM registerversies',
  );
  return Object.fromEntries(rijen.map((r) => [`${r.onderwerp}:${r.sleutel}`, r.versie]));
}
