/** BUIG per gemeente (Pw art. 69, 8c, 74): record a budget as published, and see budget, lasten, saldo and vangnet. */
import { buigTabel } from '../../../shared/grootboek/tabellen';
import { BUDGETSOORTEN, GEMEENTEN, type Budgetsoort, type Gemeente } from '../../../shared/schemas/grootboek-waarden';
import { el, melding, tabelVak, vervang } from '../dom';
import { toonFoutBijVeld, toonVeldfout, Velden, wisVeldfouten } from '../veldfout';
import { toonBedrag } from '../weergave';
import type { FinancienContext } from './context';
import { gemeenteVeld, jaarVeld } from './velden';

export function buigPaneel(ctx: FinancienContext): HTMLElement {
  const jaar = jaarVeld('buig-jaar', ctx.jaar - 1);
  const gemeente = gemeenteVeld('buig-gemeente');
  const toon = el('button', { id: 'buig-toon', class: 'knop knop-primair', type: 'button' }, 'Toon BUIG');
  const naarBlad = el('button', { id: 'buig-naar-blad', class: 'knop', type: 'button' }, 'Naar werkblad');
  const inhoud = el('div', { id: 'buig-inhoud', 'aria-live': 'polite' });

  const bGemeente = el('select', { id: 'budget-gemeente' }, ...GEMEENTEN.map((g) => el('option', { value: g }, g)));
  const bSoort = el('select', { id: 'budget-soort' }, ...BUDGETSOORTEN.map((s) => el('option', { value: s }, s.replace('_', ' '))));
  const bBedrag = el('input', { id: 'budget-bedrag', type: 'text', inputmode: 'decimal', placeholder: '12.345.678,00' });
  const bDatum = el('input', { id: 'budget-datum', type: 'date' });
  const bJaar = jaarVeld('budget-jaar', ctx.jaar);
  const vastleggen = el('button', { id: 'budget-vastleggen', class: 'knop', type: 'button' }, 'Budget vastleggen');
  const budgetMelding = el('div', { 'aria-live': 'polite' });

  const lees = () => ctx.api.buig(jaar.waarde(), gemeente.waarde());

  toon.addEventListener('click', async () => {
    vervang(inhoud, melding('info', 'Laden…'));
    try {
      const rijen = await lees();
      vervang(
        inhoud,
        tabelVak(
          el(
            'table',
            { class: 'tabel', id: 'buig-tabel' },
            el(
              'thead',
              {},
              el('tr', {}, ...['Gemeente', 'Budget', 'Netto lasten', 'Saldo', 'Vangnet'].map((k) => el('th', { scope: 'col' }, k))),
            ),
            el(
              'tbody',
              {},
              ...rijen.map((r) =>
                r.fout
                  ? el('tr', {}, el('td', {}, r.gemeente), el('td', { colspan: '4' }, r.fout))
                  : el(
                      'tr',
                      {},
                      el('td', {}, `${r.gemeente} (${r.budgetsoort?.replace('_', ' ')})`),
                      ...[r.budget, r.nettoLasten, r.saldo, r.vangnet].map((b) =>
                        el('td', { class: 'getal', title: r.vangnetToelichting ?? '' }, b == null ? '—' : toonBedrag(Number(b))),
                      ),
                    ),
              ),
            ),
          ),
        ),
        ...rijen.filter((r) => r.vangnetToelichting).map((r) => el('p', { class: 'hulp' }, `${r.gemeente}: ${r.vangnetToelichting}`)),
      );
    } catch (e) {
      vervang(inhoud, melding('fout', (e as Error).message));
    }
  });

  naarBlad.addEventListener('click', async () => {
    try {
      const rijen = await lees();
      const blad = await ctx.blad.schrijfBlad(`BUIG ${jaar.waarde()}`, [
        {
          naam: `BUIG_${jaar.waarde()}`,
          titel: `BUIG ${jaar.waarde()} per gemeente (Pw art. 69; per gemeente, art. 8c)`,
          tabel: buigTabel(rijen),
          grafiek: { titel: 'Budget en netto lasten', soort: 'kolommen', categorie: 0, reeksen: [3, 4] },
        },
      ]);
      inhoud.append(melding('ok', `Het overzicht staat op werkblad ${blad}.`));
    } catch (e) {
      inhoud.append(melding('fout', `Naar werkblad lukte niet: ${(e as Error).message}`));
    }
  });

  /** The form's fields by the name the API gives them in an error. */
  const budgetVelden: Velden = { gemeente: bGemeente, soort: bSoort, bedrag: bBedrag, publicatiedatum: bDatum };

  vastleggen.addEventListener('click', async () => {
    vervang(budgetMelding);
    wisVeldfouten(budgetVelden);
    const tekst = bBedrag.value.trim().replace(/\./g, '').replace(',', '.');
    if (tekst === '') return toonVeldfout(bBedrag, 'Vul het bedrag in, bijvoorbeeld 12.345.678,00.', { focus: true });
    if (!bDatum.value) return toonVeldfout(bDatum, 'Vul de datum van bekendmaking in.', { focus: true });
    try {
      await ctx.api.legBudgetVast({
        gemeente: bGemeente.value as Gemeente,
        jaar: bJaar.waarde(),
        soort: bSoort.value as Budgetsoort,
        bedrag: tekst,
        publicatiedatum: bDatum.value,
      });
      vervang(
        budgetMelding,
        melding(
          'ok',
          `Budget vastgelegd: ${bGemeente.value} ${bJaar.waarde()}, ${bSoort.value.replace('_', ' ')}, ${toonBedrag(Number(tekst))}.`,
        ),
      );
    } catch (e) {
      toonFoutBijVeld(e, budgetVelden, budgetMelding);
    }
  });

  return el(
    'section',
    { id: 'fin-buig', class: 'onderdeel' },
    el('h3', {}, 'BUIG per gemeente'),
    el(
      'p',
      { class: 'hulp' },
      'Budget min netto lasten (bijstand en loonkostensubsidie uit het grootboek); vangnetuitkering op het definitieve budget, met de driejaarsvoorwaarde uit de opgeslagen jaren.',
    ),
    el('div', { class: 'rij' }, jaar.veld, gemeente.veld),
    el('div', { class: 'knoppen' }, toon, naarBlad),
    inhoud,
    el(
      'details',
      {},
      el('summary', {}, 'Budget vastleggen zoals bekendgemaakt'),
      el('div', { class: 'rij' }, el('div', { class: 'veld' }, el('label', { for: 'budget-gemeente' }, 'Gemeente'), bGemeente), bJaar.veld),
      el(
        'div',
        { class: 'rij' },
        el('div', { class: 'veld' }, el('label', { for: 'budget-soort' }, 'Soort'), bSoort),
        el('div', { class: 'veld' }, el('label', { for: 'budget-bedrag' }, 'Bedrag (€)'), bBedrag),
      ),
      el('div', { class: 'veld' }, el('label', { for: 'budget-datum' }, 'Bekendgemaakt op'), bDatum),
      vastleggen,
      budgetMelding,
    ),
  );
}
