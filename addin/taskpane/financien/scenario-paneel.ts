/** Scenarios (policy staff): define named overrides and write the comparison with the baseline to a sheet. */
import { vergelijkingTabel, Tabel } from '../../../shared/grootboek/tabellen';
import { GEMEENTEN } from '../../../shared/schemas/grootboek-waarden';
import type { ScenarioWijzigingen } from '../../../shared/schemas/grootboek';
import type { VergelijkingJson } from '../../../shared/schemas/grootboek';
import { el, melding, vervang } from '../dom';
import { toonFoutBijVeld, toonVeldfout, Velden, wisVeldfouten } from '../veldfout';
import type { FinancienContext } from './context';
import { gemeenteVeld, jaarVeld } from './velden';

function getalVeld(id: string, label: string, hulp: string): { veld: HTMLElement; waarde(): number | undefined } {
  const invoer = el('input', { id, type: 'number', step: 'any' });
  return {
    veld: el('div', { class: 'veld' }, el('label', { for: id }, label), invoer, el('span', { class: 'hulp' }, hulp)),
    waarde: () => (invoer.value.trim() === '' ? undefined : Number(invoer.value)),
  };
}

function lksPerGemeente(g: readonly VergelijkingJson[]): Tabel {
  return {
    kopjes: ['Gemeente', 'LKS basis', 'LKS scenario'],
    rijen: g.map((x) => [x.gemeente, Number(x.basis.lksKosten), Number(x.scenario.lksKosten)]),
    bedragKolommen: [1, 2],
  };
}

export function scenarioPaneel(ctx: FinancienContext): HTMLElement {
  const naam = el('input', { id: 'sc-naam', type: 'text', placeholder: 'bijvoorbeeld WML plus 3' });
  const omschrijving = el('input', { id: 'sc-omschrijving', type: 'text' });
  const ingang = el('input', { id: 'sc-ingang', type: 'date' });
  const wml = getalVeld('sc-wml', 'Minimumloon × factor', '1,03 = 3% hoger');
  const max = getalVeld('sc-max', 'Maximum LKS (fractie)', 'wet: 0,70');
  const wgl = getalVeld('sc-wgl', 'Werkgeverslasten (fractie)', 'regeling: 0,235');
  const begeleiding = getalVeld('sc-begeleiding', 'Begeleiding per plek per jaar (€)', 'rijksbedrag');
  const verschuiving = getalVeld('sc-lw', 'Loonwaarde verschuiving', '−0,05 = vijf punten lager');
  const instroom = GEMEENTEN.map((g) => ({ g, ...getalVeld(`sc-instroom-${g}`, `Extra instroom ${g}`, 'aantal dienstverbanden') }));
  const vastleggen = el('button', { id: 'sc-vastleggen', class: 'knop', type: 'button' }, 'Scenario vastleggen');
  const keuze = el('select', { id: 'sc-keuze' });
  const ververs = el('button', { id: 'sc-ververs', class: 'knop', type: 'button' }, 'Lijst verversen');
  const jaar = jaarVeld('sc-jaar', ctx.jaar);
  const gemeente = gemeenteVeld('sc-gemeente');
  const vergelijk = el('button', { id: 'sc-vergelijk', class: 'knop knop-primair', type: 'button' }, 'Vergelijking naar werkblad');
  const inhoud = el('div', { id: 'sc-inhoud', 'aria-live': 'polite' });

  async function laadLijst(kies?: string): Promise<void> {
    const lijst = await ctx.api.scenarios();
    vervang(keuze, ...lijst.map((s) => el('option', { value: s.naam, selected: s.naam === kies }, `${s.naam} (versie ${s.versie})`)));
  }

  /** The form's fields by the name the API gives them in an error. */
  const scenarioVelden: Velden = { naam, omschrijving, ingangsdatum: ingang };

  vastleggen.addEventListener('click', async () => {
    wisVeldfouten(scenarioVelden);
    if (!naam.value.trim()) return toonVeldfout(naam, 'Geef het scenario een naam.', { focus: true });
    const wijzigingen: ScenarioWijzigingen = {};
    const zet = <K extends keyof ScenarioWijzigingen>(k: K, v: ScenarioWijzigingen[K] | undefined) => {
      if (v !== undefined) wijzigingen[k] = v;
    };
    zet('wmlFactor', wml.waarde());
    zet('lksMaximum', max.waarde());
    zet('werkgeverslasten', wgl.waarde());
    zet('begeleidingPerPlek', begeleiding.waarde());
    zet('loonwaardeVerschuiving', verschuiving.waarde());
    const extra = Object.fromEntries(instroom.filter((i) => i.waarde() !== undefined).map((i) => [i.g, i.waarde()!]));
    if (Object.keys(extra).length) wijzigingen.instroom = extra;
    try {
      const s = await ctx.api.legScenarioVast({
        naam: naam.value.trim(),
        ...(omschrijving.value ? { omschrijving: omschrijving.value } : {}),
        ...(ingang.value ? { ingangsdatum: ingang.value } : {}),
        wijzigingen,
      });
      await laadLijst(s.naam);
      vervang(
        inhoud,
        melding(
          'ok',
          `Scenario "${s.naam}" vastgelegd (versie ${s.versie}). Gebruik het ook als laatste argument van AVRES.LOONKOSTENSUBSIDIE.`,
        ),
      );
    } catch (e) {
      toonFoutBijVeld(e, scenarioVelden, inhoud);
    }
  });

  ververs.addEventListener('click', () => void laadLijst(keuze.value).catch((e: Error) => vervang(inhoud, melding('fout', e.message))));

  vergelijk.addEventListener('click', async () => {
    if (!keuze.value) {
      vervang(inhoud, melding('fout', 'Kies eerst een scenario (of verversen de lijst).'));
      return;
    }
    vervang(inhoud, melding('info', 'Vergelijken…'));
    try {
      const r = await ctx.api.vergelijking(keuze.value, jaar.waarde(), gemeente.waarde());
      const blad = await ctx.blad.schrijfBlad(`Scenario ${keuze.value}`.slice(0, 31), [
        {
          naam: 'Scenario_vergelijking',
          titel: `Scenario "${keuze.value}" naast de basis, ${jaar.waarde()}`,
          tabel: vergelijkingTabel(r.gemeenten),
        },
        {
          naam: 'Scenario_LKS',
          titel: 'LKS-kosten per gemeente',
          tabel: lksPerGemeente(r.gemeenten),
          grafiek: { titel: 'LKS-kosten: basis en scenario', soort: 'kolommen', categorie: 0, reeksen: [1, 2] },
        },
        {
          naam: 'Scenario_toelichting',
          titel: 'Aannames',
          tabel: { kopjes: ['Stap', 'Waarde', 'Bron'], rijen: r.stappen.map((s) => [s.label, s.value, s.source]), bedragKolommen: [] },
        },
      ]);
      vervang(inhoud, melding('ok', `De vergelijking staat op werkblad ${blad}.`));
    } catch (e) {
      vervang(inhoud, melding('fout', (e as Error).message));
    }
  });

  return el(
    'section',
    { id: 'fin-scenario', class: 'onderdeel' },
    el('h3', {}, "Scenario's"),
    el(
      'details',
      {},
      el('summary', {}, 'Nieuw of gewijzigd scenario'),
      el('div', { class: 'veld' }, el('label', { for: 'sc-naam' }, 'Naam'), naam),
      el('div', { class: 'veld' }, el('label', { for: 'sc-omschrijving' }, 'Omschrijving'), omschrijving),
      el('div', { class: 'veld' }, el('label', { for: 'sc-ingang' }, 'Ingangsdatum (leeg: de hele reeks)'), ingang),
      wml.veld,
      max.veld,
      wgl.veld,
      begeleiding.veld,
      verschuiving.veld,
      ...instroom.map((i) => i.veld),
      vastleggen,
    ),
    el(
      'div',
      { class: 'rij' },
      el('div', { class: 'veld' }, el('label', { for: 'sc-keuze' }, 'Scenario'), keuze),
      jaar.veld,
      gemeente.veld,
    ),
    el('div', { class: 'knoppen' }, ververs, vergelijk),
    inhoud,
  );
}
