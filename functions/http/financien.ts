/**
 * Who may use the finance endpoints. Reading (ledger totals, BUIG, reconciliation, scenarios, reports):
 * financien, controller and beleid. Writing ledgers and budgets: financien. Writing scenarios: beleid.
 * Everyone only within the gemeenten of their token.
 */
import type { Gemeente } from '../../shared/schemas/casus';
import { vereisGemeente, type Gebruiker, type Rol } from '../auth/tokens';
import { ApiFout } from './fouten';
import type { ApiVerzoek, Omgeving } from './types';

export type FinancienActie = 'lezen' | 'grootboek_schrijven' | 'budget_schrijven' | 'scenario_schrijven';

const MAG: Record<FinancienActie, readonly Rol[]> = {
  lezen: ['financien', 'controller', 'beleid'],
  grootboek_schrijven: ['financien'],
  budget_schrijven: ['financien'],
  scenario_schrijven: ['beleid'],
};

const OMSCHRIJVING: Record<FinancienActie, string> = {
  lezen: 'financiële gegevens lezen',
  grootboek_schrijven: 'grootboekregels importeren of intrekken',
  budget_schrijven: 'BUIG-budgetten en gefinancierde plekken vastleggen',
  scenario_schrijven: 'scenario\'s vastleggen',
};

/** True when one of the user's roles allows the finance action. */
export function magFinancien(g: Gebruiker, actie: FinancienActie): boolean {
  return g.rollen.some((r) => MAG[actie].includes(r));
}

/** Validates the token and the role for a finance action; 401/403 otherwise. */
export async function aangemeldVoor(v: ApiVerzoek, o: Omgeving, actie: FinancienActie): Promise<Gebruiker> {
  const g = await o.auth.verifieer(v.header('authorization'));
  if (!magFinancien(g, actie)) {
    throw new ApiFout(403, 'GEEN_TOEGANG', `uw rol mag dit niet (${OMSCHRIJVING[actie]}); toegestaan voor: ${MAG[actie].join(', ')}`);
  }
  return g;
}

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
