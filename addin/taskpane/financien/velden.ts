/** Form fields the finance panes share: year and gemeente. */
import { GEMEENTEN } from '../../../shared/schemas/grootboek-waarden';
import { el } from '../dom';

/** A year field (2015–2100). */
export function jaarVeld(id: string, jaar: number): { veld: HTMLElement; waarde(): number } {
  const invoer = el('input', { id, type: 'number', min: '2015', max: '2100', step: '1', value: String(jaar) });
  return { veld: el('div', { class: 'veld' }, el('label', { for: id }, 'Jaar'), invoer), waarde: () => Number(invoer.value) };
}

/** A gemeente choice with "alle gemeenten" (empty). */
export function gemeenteVeld(id: string): { veld: HTMLElement; waarde(): string | undefined } {
  const keuze = el('select', { id }, el('option', { value: '' }, 'Alle gemeenten'), ...GEMEENTEN.map((g) => el('option', { value: g }, g)));
  return { veld: el('div', { class: 'veld' }, el('label', { for: id }, 'Gemeente'), keuze), waarde: () => keuze.value || undefined };
}
