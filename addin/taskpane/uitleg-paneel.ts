/**
 * The explanation pane: for the AVRES formula in the selected cell, the result with every step and
 * its legal source, computed by the API exactly as the cell is.
 */
import { AvresFout } from '../client/fout';
import { el, melding, tabelVak, vervang } from './dom';
import { argumentWaarden, PaneelContext } from './context';
import { ontleedFormule } from './formule';
import { toonStapwaarde, toonUitkomst } from './weergave';

export function uitlegPaneel(ctx: PaneelContext): { paneel: HTMLElement; ververs(): Promise<void> } {
  const inhoud = el('div', { id: 'uitleg-inhoud', 'aria-live': 'polite' });
  const knop = el('button', { id: 'uitleg-ververs', class: 'knop', type: 'button' }, 'Uitleg van geselecteerde cel');

  async function ververs(): Promise<void> {
    try {
      const sel = await ctx.werkboek.selectie();
      const kop = el('p', { class: 'cel' }, el('span', { class: 'label' }, 'Cel '), el('strong', {}, sel.adres));
      if (!sel.formule) {
        vervang(
          inhoud,
          kop,
          melding(
            'info',
            'Deze cel bevat geen formule. Selecteer een cel met een AVRES-formule, bijvoorbeeld =AVRES.LOONKOSTENSUBSIDIE(0,6;36;"2026-01-01").',
          ),
        );
        return;
      }
      const ontleed = ontleedFormule(sel.formule);
      const f = ontleed ? ctx.catalogus.find((c) => c.naam === ontleed.naam) : undefined;
      if (!ontleed || !f) {
        vervang(
          inhoud,
          kop,
          el('code', { class: 'formule' }, sel.formule),
          melding('info', 'Deze formule is geen AVRES-functie; de uitleg toont alleen AVRES-formules.'),
        );
        return;
      }
      vervang(inhoud, kop, melding('info', 'Berekenen…'));
      const { value, steps = [] } = await ctx.client.evalueer(f.naam, await argumentWaarden(ctx.werkboek, ontleed.args), { stappen: true });
      vervang(
        inhoud,
        kop,
        el('code', { class: 'formule' }, sel.formule),
        el('p', { class: 'uitkomst' }, el('span', { class: 'label' }, `${f.naam}: `), el('strong', {}, toonUitkomst(f.resultaat, value))),
        el('p', { class: 'bron' }, el('span', { class: 'label' }, 'Bron: '), f.bron),
        tabelVak(
          el(
            'table',
            { class: 'tabel', id: 'uitleg-stappen' },
            el(
              'thead',
              {},
              el('tr', {}, el('th', { scope: 'col' }, 'Stap'), el('th', { scope: 'col' }, 'Waarde'), el('th', { scope: 'col' }, 'Bron')),
            ),
            el(
              'tbody',
              {},
              ...steps.map((s) =>
                el(
                  'tr',
                  {},
                  el('td', {}, s.label),
                  el('td', { class: 'getal' }, toonStapwaarde(s.value)),
                  el('td', { class: 'bron' }, s.source),
                ),
              ),
            ),
          ),
        ),
      );
    } catch (e) {
      const tekst = e instanceof AvresFout ? `${e.message}${e.argument ? ` (argument ${e.argument})` : ''}` : (e as Error).message;
      vervang(inhoud, melding('fout', tekst));
    }
  }

  knop.addEventListener('click', () => void ververs());
  const paneel = el(
    'section',
    { id: 'paneel-uitleg', class: 'paneel', role: 'tabpanel', 'aria-labelledby': 'tab-uitleg', hidden: true },
    el('h2', {}, 'Uitleg'),
    el('p', { class: 'hulp' }, 'Selecteer een cel met een AVRES-formule: hier staan de rekenstappen met hun wettelijke bron.'),
    knop,
    inhoud,
  );
  return { paneel, ververs };
}
