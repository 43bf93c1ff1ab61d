/** The four-monthly report (Jaarplan Avres 2020 ch. 5) to a sheet: the table and charts of spend and places. */
import { rapportageTabel, Tabel } from '../../../shared/grootboek/tabellen';
import type { RapportageRegelJson } from '../../../shared/schemas/grootboek';
import { el, melding, vervang } from '../dom';
import type { FinancienContext } from './context';
import { gemeenteVeld, jaarVeld } from './velden';

const label = (r: RapportageRegelJson) => `${r.gemeente} T${r.tertiaal}`;

function uitgavenTabel(regels: readonly RapportageRegelJson[]): Tabel {
  return {
    kopjes: ['Gemeente en tertiaal', 'LKS-uitgaven', 'Bijstandsuitgaven'],
    rijen: regels.map((r) => [label(r), Number(r.lksUitgaven), Number(r.bijstandUitgaven)]),
    bedragKolommen: [1, 2],
  };
}

function plekkenTabel(regels: readonly RapportageRegelJson[]): Tabel {
  return {
    kopjes: ['Gemeente en tertiaal', 'Plekken gerealiseerd', 'Plekken gefinancierd', 'Wachtlijst'],
    rijen: regels.map((r) => [label(r), Number(r.plekkenGerealiseerd), r.plekkenGefinancierd, r.wachtlijstLengte]),
    bedragKolommen: [],
  };
}

export function rapportagePaneel(ctx: FinancienContext): HTMLElement {
  const jaar = jaarVeld('rap-jaar', ctx.jaar);
  const gemeente = gemeenteVeld('rap-gemeente');
  const naarBlad = el('button', { id: 'rap-naar-blad', class: 'knop knop-primair', type: 'button' }, 'Rapportage naar werkblad');
  const inhoud = el('div', { id: 'rap-inhoud', 'aria-live': 'polite' });

  naarBlad.addEventListener('click', async () => {
    vervang(inhoud, melding('info', 'Rapportage maken…'));
    try {
      const { regels } = await ctx.api.rapportage(jaar.waarde(), gemeente.waarde());
      const blad = await ctx.blad.schrijfBlad(`Viermaands ${jaar.waarde()}`, [
        {
          naam: `Viermaands_${jaar.waarde()}`,
          titel: `Viermaandsrapportage ${jaar.waarde()} per gemeente en tertiaal`,
          tabel: rapportageTabel(regels),
        },
        {
          naam: `Viermaands_uitgaven_${jaar.waarde()}`,
          titel: 'Uitgaven loonkostensubsidie en bijstand',
          tabel: uitgavenTabel(regels),
          grafiek: { titel: 'Uitgaven per tertiaal', soort: 'kolommen', categorie: 0, reeksen: [1, 2] },
        },
        {
          naam: `Viermaands_plekken_${jaar.waarde()}`,
          titel: 'Plekken beschut werk en wachtlijst',
          tabel: plekkenTabel(regels),
          grafiek: { titel: 'Plekken gerealiseerd tegen gefinancierd', soort: 'kolommen', categorie: 0, reeksen: [1, 2] },
        },
      ]);
      vervang(inhoud, melding('ok', `De rapportage (${regels.length} regels) staat op werkblad ${blad}.`));
    } catch (e) {
      vervang(inhoud, melding('fout', (e as Error).message));
    }
  });

  return el(
    'section',
    { id: 'fin-rapportage', class: 'onderdeel' },
    el('h3', {}, 'Viermaandsrapportage'),
    el(
      'p',
      { class: 'hulp' },
      'Per gemeente en tertiaal: instroom, plaatsingen, wachtlijst en wachttijd, plekken tegen gefinancierd, uitgaven LKS en bijstand (Jaarplan hoofdstuk 5).',
    ),
    el('div', { class: 'rij' }, jaar.veld, gemeente.veld),
    el('div', { class: 'knoppen' }, naarBlad),
    inhoud,
  );
}
