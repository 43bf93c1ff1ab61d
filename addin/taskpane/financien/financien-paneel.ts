/**
 * The finance tab: ledger import, BUIG, LKS differences, scenarios and the four-monthly report, each a section
 * chosen from a short menu (one task pane in a shared runtime).
 */
import { el } from '../dom';
import type { FinancienContext } from './context';
import { buigPaneel } from './buig-paneel';
import { importPaneel } from './import-paneel';
import { lksPaneel } from './lks-paneel';
import { rapportagePaneel } from './rapportage-paneel';
import { scenarioPaneel } from './scenario-paneel';

export function financienPaneel(ctx: FinancienContext): HTMLElement {
  const onderdelen: [string, string, HTMLElement][] = [
    ['import', 'Grootboek importeren', importPaneel(ctx)],
    ['buig', 'BUIG per gemeente', buigPaneel(ctx)],
    ['lks', 'LKS-verschillen', lksPaneel(ctx)],
    ['scenario', "Scenario's", scenarioPaneel(ctx)],
    ['rapportage', 'Viermaandsrapportage', rapportagePaneel(ctx)],
  ];
  const keuze = el('select', { id: 'fin-onderdeel' }, ...onderdelen.map(([id, titel]) => el('option', { value: id }, titel)));
  const toon = () => {
    for (const [id, , paneel] of onderdelen) paneel.hidden = id !== keuze.value;
  };
  keuze.addEventListener('change', toon);
  toon();
  return el(
    'section',
    { id: 'paneel-financien', class: 'paneel', role: 'tabpanel', 'aria-labelledby': 'tab-financien', hidden: true },
    el('h2', {}, 'Financiën'),
    el('div', { class: 'veld' }, el('label', { for: 'fin-onderdeel' }, 'Onderdeel'), keuze),
    ...onderdelen.map(([, , paneel]) => paneel),
  );
}
