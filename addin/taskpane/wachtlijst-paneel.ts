/**
 * The waiting-list pane: the wachtlijst beschut werk of one gemeente (Beleidsregels art. 8), from the
 * registry, and written to a sheet of its own as an Excel table.
 */
import { GEMEENTEN } from '../../shared/schemas/casus-waarden';
import type { Wachtlijst } from '../client/api';
import { el, melding, tabelVak, vervang } from './dom';
import type { PaneelContext } from './context';
import { toonDatum } from './weergave';

const GROND: Record<string, string> = {
  indicatiedatum: 'indicatiedatum (art. 8 lid 2)',
  hernieuwde_melding: 'hernieuwde melding (art. 8 lid 3)',
  indicatiedatum_buiten_regio: 'indicatiedatum, verhuisd van buiten de regio (art. 8 lid 4)',
};

export function wachtlijstPaneel(ctx: PaneelContext): HTMLElement {
  const gemeente = el('select', { id: 'wl-gemeente' }, ...GEMEENTEN.map((g) => el('option', { value: g }, g)));
  const peildatum = el('input', { id: 'wl-peildatum', type: 'date' });
  const toon = el('button', { id: 'wl-toon', class: 'knop knop-primair', type: 'button' }, 'Toon wachtlijst');
  const naarBlad = el('button', { id: 'wl-naar-blad', class: 'knop', type: 'button', disabled: true }, 'Naar werkblad');
  const inhoud = el('div', { id: 'wl-inhoud', 'aria-live': 'polite' });
  let lijst: Wachtlijst | undefined;

  toon.addEventListener('click', async () => {
    vervang(inhoud, melding('info', 'Laden…'));
    try {
      lijst = await ctx.api.wachtlijst(gemeente.value, peildatum.value || undefined);
      naarBlad.disabled = false;
      vervang(
        inhoud,
        el(
          'p',
          {},
          `Wachtlijst ${lijst.gemeente} op ${toonDatum(lijst.peildatum)}: ${lijst.regels.length} ${lijst.regels.length === 1 ? 'persoon' : 'personen'}.`,
        ),
        lijst.regels.length
          ? tabelVak(
              el(
                'table',
                { class: 'tabel', id: 'wl-tabel' },
                el('thead', {}, el('tr', {}, ...['Positie', 'Casus', 'Sinds', 'Grond', 'Ziek'].map((k) => el('th', { scope: 'col' }, k)))),
                el(
                  'tbody',
                  {},
                  ...lijst.regels.map((r) =>
                    el(
                      'tr',
                      {},
                      el('td', { class: 'getal' }, String(r.positie)),
                      el('td', { class: 'casusnummer' }, r.casusnummer),
                      el('td', {}, toonDatum(r.ingangsdatum)),
                      el('td', {}, GROND[r.grond] ?? r.grond),
                      el('td', {}, r.ziek ? 'ja (plaats blijft, art. 8 lid 5)' : ''),
                    ),
                  ),
                ),
              ),
            )
          : melding('info', 'Niemand op de wachtlijst.'),
      );
    } catch (e) {
      naarBlad.disabled = true;
      vervang(inhoud, melding('fout', (e as Error).message));
    }
  });

  naarBlad.addEventListener('click', async () => {
    if (!lijst) return;
    try {
      const adres = await ctx.werkboek.schrijfTabel(
        `Wachtlijst ${lijst.gemeente}`,
        `Wachtlijst_${lijst.gemeente}`,
        ['positie', 'casusnummer', 'sinds', 'grond', 'ziek'],
        lijst.regels.map((r) => [r.positie, r.casusnummer, r.ingangsdatum, r.grond, r.ziek]),
      );
      inhoud.append(melding('ok', `De wachtlijst staat in ${adres}.`));
    } catch (e) {
      inhoud.append(melding('fout', `Naar werkblad lukte niet: ${(e as Error).message}`));
    }
  });

  return el(
    'section',
    { id: 'paneel-wachtlijst', class: 'paneel', role: 'tabpanel', 'aria-labelledby': 'tab-wachtlijst', hidden: true },
    el('h2', {}, 'Wachtlijst beschut werk'),
    el(
      'p',
      { class: 'hulp' },
      'Volgorde van plaatsing per gemeente: oudste indicatiedatum eerst (Beleidsregels beschut werk Avres 2025 art. 8).',
    ),
    el(
      'div',
      { class: 'rij' },
      el('div', { class: 'veld' }, el('label', { for: 'wl-gemeente' }, 'Gemeente'), gemeente),
      el('div', { class: 'veld' }, el('label', { for: 'wl-peildatum' }, 'Peildatum (leeg: vandaag)'), peildatum),
    ),
    el('div', { class: 'knoppen' }, toon, naarBlad),
    inhoud,
  );
}
