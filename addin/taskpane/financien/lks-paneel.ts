/** LKS differences: per case, month and gemeente the rule's LKS against the ledger, with the explanation, to a sheet with a chart. */
import { lksVerschillenTabel, Tabel } from '../../../shared/grootboek/tabellen';
import type { Reconciliatie } from '../../client/financien-api';
import { el, melding, vervang } from '../dom';
import { toonBedrag } from '../weergave';
import type { FinancienContext } from './context';
import { gemeenteVeld, jaarVeld } from './velden';

function perGemeenteTabel(r: Reconciliatie): Tabel {
  return {
    kopjes: ['Gemeente', 'Verwacht (regel)', 'Betaald (grootboek)', 'Verschil', 'Aantal verschillen'],
    rijen: r.perGemeente.map((g) => [g.gemeente, Number(g.verwacht), Number(g.betaald), Number(g.verschil), g.aantalVerschillen]),
    bedragKolommen: [1, 2, 3],
  };
}

export function lksPaneel(ctx: FinancienContext): HTMLElement {
  const jaar = jaarVeld('lks-jaar', ctx.jaar);
  const gemeente = gemeenteVeld('lks-gemeente');
  const tolerantie = el('input', { id: 'lks-tolerantie', type: 'number', min: '0', step: '0.01', value: '0' });
  const naarBlad = el('button', { id: 'lks-naar-blad', class: 'knop knop-primair', type: 'button' }, 'Verschillen naar werkblad');
  const inhoud = el('div', { id: 'lks-inhoud', 'aria-live': 'polite' });

  naarBlad.addEventListener('click', async () => {
    vervang(inhoud, melding('info', 'Vergelijken…'));
    try {
      const r = await ctx.api.reconciliatie(jaar.waarde(), gemeente.waarde(), Number(tolerantie.value) || undefined);
      const blad = await ctx.blad.schrijfBlad(`LKS-verschillen ${r.jaar}`, [
        {
          naam: `LKS_per_gemeente_${r.jaar}`,
          titel: `LKS ${r.jaar} tot en met ${r.totMaand} per gemeente`,
          tabel: perGemeenteTabel(r),
          grafiek: { titel: 'LKS: regel tegen grootboek', soort: 'kolommen', categorie: 0, reeksen: [1, 2] },
        },
        {
          naam: `LKS_verschillen_${r.jaar}`,
          titel: 'Verschillen per casus en maand, met de uitleg van de regel',
          tabel: lksVerschillenTabel(r.verschillen),
        },
      ]);
      vervang(
        inhoud,
        melding(
          r.verschillen.length ? 'info' : 'ok',
          `${r.verschillen.length} ${r.verschillen.length === 1 ? 'verschil' : 'verschillen'}; op werkblad ${blad}.`,
        ),
        el(
          'ul',
          {},
          ...r.perGemeente.map((g) => el('li', {}, `${g.gemeente}: verschil ${toonBedrag(Number(g.verschil))} (${g.aantalVerschillen})`)),
        ),
      );
    } catch (e) {
      vervang(inhoud, melding('fout', (e as Error).message));
    }
  });

  return el(
    'section',
    { id: 'fin-lks', class: 'onderdeel' },
    el('h3', {}, 'LKS-verschillen'),
    el(
      'p',
      { class: 'hulp' },
      'Per casus en maand de loonkostensubsidie volgens de regel (Pw art. 10d) tegen wat het grootboek laat zien; een deel van een maand naar rato van kalenderdagen.',
    ),
    el(
      'div',
      { class: 'rij' },
      jaar.veld,
      gemeente.veld,
      el('div', { class: 'veld' }, el('label', { for: 'lks-tolerantie' }, 'Tolerantie (€)'), tolerantie),
    ),
    el('div', { class: 'knoppen' }, naarBlad),
    inhoud,
  );
}
