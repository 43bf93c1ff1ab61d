/**
 * The one scope rule of the API: a user works only within the gemeenten of their token, the same on every entry
 * point (reads, evaluate, events, imports, reports). A named gemeente outside that scope is refused with 403; a
 * thing that belongs to another gemeente (a case, a ledger import) answers 404, as if it did not exist, so its
 * existence is not revealed. A case moved between Avres gemeenten needs both the old and the new gemeente.
 */
import type { Gemeente } from '../../shared/schemas/casus';
import { ApiFout } from '../http/api-fout';

/** True when `gemeente` is one of the user's gemeenten (exactly as written). */
export function binnenBereik(gemeenten: readonly Gemeente[], gemeente: string): gemeente is Gemeente {
  return (gemeenten as readonly string[]).includes(gemeente);
}

/** The gemeenten among `gevraagd` that lie outside the user's scope, each once. */
export function buitenBereik(gemeenten: readonly Gemeente[], gevraagd: Iterable<string>): string[] {
  return [...new Set(gevraagd)].filter((x) => !binnenBereik(gemeenten, x));
}

/** The Dutch refusal for a gemeente outside the user's scope. */
export function geenToegangTot(gemeenten: readonly Gemeente[], buiten: readonly string[]): string {
  return `u hebt geen toegang tot de gegevens van ${buiten.join(', ')}; uw gemeenten: ${gemeenten.join(', ') || 'geen'}`;
}

/** Raises 403 when one of the gemeenten is outside the user's scope. */
export function vereisGemeente(g: { gemeenten: readonly Gemeente[] }, ...gevraagd: string[]): void {
  const buiten = buitenBereik(g.gemeenten, gevraagd);
  if (buiten.length > 0) throw new ApiFout(403, 'GEEN_TOEGANG', geenToegangTot(g.gemeenten, buiten), {}, {});
}
