/** Steps with their source as the text the wire shows, so tests state sources as a reader sees them. */
import { bronTekst } from '../../shared/bron';
import type { Stap } from '../../shared/uitleg';

export function alsTekst(stappen: readonly Stap[]): { label: string; waarde: string; bron: string }[] {
  return stappen.map((s) => ({ label: s.label, waarde: s.waarde, bron: bronTekst(s.bron) }));
}
