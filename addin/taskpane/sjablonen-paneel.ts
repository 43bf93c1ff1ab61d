/**
 * Templates (issue 11 §4): inserts *Begroting beschut werk* or *Termijnenoverzicht* as a new sheet, the same
 * template as the file in templates/ (addin/sjablonen/), with AVRES formulas that Excel computes at once.
 */
import type { Werkboek } from '../excel/werkboek';
import { SJABLONEN } from '../sjablonen';
import { el, melding, vervang } from './dom';

export function sjablonenPaneel(werkboek: Werkboek): HTMLElement {
  const status = el('div', { id: 'sjablonen-status', class: 'status', role: 'status' });
  const keuzes = SJABLONEN.map((s) => {
    const knop = el('button', { class: 'knop', type: 'button' }, `${s.titel} invoegen`);
    knop.addEventListener('click', async () => {
      vervang(status, melding('info', `${s.titel} invoegen…`));
      try {
        const sjabloon = s.maak();
        const blad = await werkboek.voegBladIn(sjabloon.blad, sjabloon.cellen);
        vervang(status, melding('ok', `${s.titel} ingevoegd als blad "${blad}".`));
      } catch (e) {
        vervang(status, melding('fout', `Invoegen lukte niet: ${(e as Error).message}`));
      }
    });
    return el('div', { class: 'veld' }, knop, el('p', { class: 'hint' }, s.uitleg));
  });
  return el(
    'section',
    { id: 'paneel-sjablonen', class: 'paneel', role: 'tabpanel', 'aria-labelledby': 'tab-sjablonen', hidden: true },
    el('h2', {}, 'Sjablonen'),
    el('p', {}, 'Voeg een sjabloon in als nieuw werkblad; vul de invoercellen en de rijen met uw eigen gegevens.'),
    ...keuzes,
    status,
  );
}
