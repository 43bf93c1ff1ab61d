/**
 * The case pane: search cases, see one case's timeline with the deadlines derived from its events
 * (computed by the same catalogue functions as the cells), record an event, and put the case list
 * into an Excel table.
 */
import type { CasusSamenvatting, NieuweGebeurtenis } from '../../shared/schemas/casus';
import { GEMEENTEN, inVolgorde, STATUSSEN } from '../../shared/schemas/casus-waarden';
import { AvresFout } from '../client/fout';
import type { AfgeleideTermijnen } from '../client/api';
import { el, melding, tabelVak, vervang } from './dom';
import { toonFoutBijVeld, toonVeldfout, Velden, wisVeldfouten } from './veldfout';
import type { PaneelContext } from './context';
import { toonDatum } from './weergave';

const SOORTEN: Record<string, string> = {
  aanmelding: 'Aanmelding',
  praktijktoets_start: 'Start praktijktoets',
  praktijktoets_verlenging: 'Verlenging praktijktoets',
  praktijktoets_einde: 'Einde praktijktoets',
  uwv_advies_aangevraagd: 'UWV-advies aangevraagd',
  uwv_advies_ontvangen: 'UWV-advies ontvangen',
  opschorting_verzoek: 'Verzoek om informatie (opschorting)',
  opschorting_ontvangen: 'Informatie ontvangen (einde opschorting)',
  besluit_indicatie: 'Besluit indicatie',
  op_wachtlijst: 'Op wachtlijst',
  ziek_van: 'Ziek vanaf',
  ziek_tot: 'Ziek tot',
  dienstverband_start: 'Start dienstverband',
  dienstverband_einde: 'Einde dienstverband',
  uitgeschreven: 'Uitgeschreven',
  opnieuw_aangemeld: 'Opnieuw aangemeld',
  verhuisd: 'Verhuisd',
  indicatie_ingetrokken: 'Indicatie ingetrokken',
};

/** Events the pane can record with a date and at most one choice; the others need the API directly. */
const TOE_TE_VOEGEN = [
  'praktijktoets_start',
  'praktijktoets_verlenging',
  'praktijktoets_einde',
  'uwv_advies_aangevraagd',
  'uwv_advies_ontvangen',
  'opschorting_verzoek',
  'opschorting_ontvangen',
  'besluit_indicatie',
  'op_wachtlijst',
  'ziek_van',
  'ziek_tot',
  'dienstverband_einde',
  'uitgeschreven',
  'opnieuw_aangemeld',
  'indicatie_ingetrokken',
] as const;

const EXTRA: Record<string, { veld: string; label: string; keuzes: string[] }> = {
  uwv_advies_ontvangen: { veld: 'uitkomst', label: 'Uitkomst', keuzes: ['positief', 'negatief'] },
  besluit_indicatie: { veld: 'uitkomst', label: 'Uitkomst', keuzes: ['toegekend', 'afgewezen'] },
  praktijktoets_verlenging: { veld: 'maanden', label: 'Maanden', keuzes: ['1', '2', '3', '4', '5', '6'] },
};

const foutTekst = (e: unknown): string => (e instanceof AvresFout || e instanceof Error ? e.message : String(e));

interface Termijn {
  naam: string;
  datum: string;
  bron: string;
}

/** The deadlines the server derived from the events (GET /api/cases/{casusnummer}), with the rule's source. */
function termijnen(ctx: PaneelContext, afgeleid: AfgeleideTermijnen): { termijnen: Termijn[]; fouten: string[] } {
  const bron = (naam: string): string => ctx.catalogus.find((f) => f.naam === naam)?.bron ?? '';
  const uit: Termijn[] = [];
  const fouten: string[] = [];
  const feiten = [
    ['Uiterste beslisdatum indicatie', afgeleid.beslistermijn, 'BESLISTERMIJN'],
    ['Einde praktijktoets', afgeleid.praktijktoets, 'PRAKTIJKTOETS_EINDE'],
  ] as const;
  for (const [naam, feit, functie] of feiten) {
    if (feit === null) continue;
    if ('fout' in feit) fouten.push(`${naam}: ${feit.fout.message}`);
    else uit.push({ naam, datum: feit.einde, bron: bron(functie) });
  }
  return { termijnen: uit, fouten };
}

export function casusPaneel(ctx: PaneelContext): HTMLElement {
  const gemeente = el(
    'select',
    { id: 'cs-gemeente' },
    el('option', { value: '' }, 'alle gemeenten'),
    ...GEMEENTEN.map((g) => el('option', { value: g }, g)),
  );
  const status = el(
    'select',
    { id: 'cs-status' },
    el('option', { value: '' }, 'alle statussen'),
    ...STATUSSEN.map((s) => el('option', { value: s }, s.replace(/_/g, ' '))),
  );
  const zoek = el('input', { id: 'cs-zoek', type: 'search', placeholder: 'casusnummer', autocomplete: 'off' });
  const zoekKnop = el('button', { id: 'cs-zoeken', class: 'knop knop-primair', type: 'button' }, 'Zoeken');
  const naarExcel = el('button', { id: 'cs-naar-excel', class: 'knop', type: 'button', disabled: true }, 'Lijst als Excel-tabel');
  const lijst = el('div', { id: 'cs-lijst', 'aria-live': 'polite' });
  const detail = el('div', { id: 'cs-detail' });
  let gevonden: CasusSamenvatting[] = [];

  /** Shows one case; `inBeeld` scrolls its detail into view (chosen from the list, which may fill a narrow pane). */
  async function toonCasus(casusnummer: string, { inBeeld = false } = {}): Promise<void> {
    vervang(detail, melding('info', `Casus ${casusnummer} laden…`));
    try {
      const { casus, versie } = await ctx.api.casus(casusnummer);
      const events = inVolgorde(casus.gebeurtenissen);
      const { termijnen: afgeleid, fouten: termijnFouten } = termijnen(ctx, casus.afgeleid);
      const soort = el('select', { id: 'cs-soort' }, ...TOE_TE_VOEGEN.map((s) => el('option', { value: s }, SOORTEN[s])));
      const datum = el('input', { id: 'cs-datum', type: 'date', required: true });
      const extraVak = el('div', { class: 'veld' });
      const toelichting = el('input', { id: 'cs-toelichting', type: 'text', maxlength: '1000' });
      const opslaan = el('button', { id: 'cs-opslaan', class: 'knop knop-primair', type: 'submit' }, 'Gebeurtenis vastleggen');
      const formStatus = el('div', { class: 'status' });
      const toonExtra = (): void => {
        const x = EXTRA[soort.value];
        vervang(
          extraVak,
          x ? el('label', { for: 'cs-extra' }, x.label) : null,
          x ? el('select', { id: 'cs-extra' }, ...x.keuzes.map((k) => el('option', { value: k }, k))) : null,
        );
      };
      soort.addEventListener('change', toonExtra);
      toonExtra();
      const form = el(
        'form',
        // The pane's own check puts the message next to the field (the browser's bubble is not read with the field).
        { class: 'formulier', id: 'cs-formulier', novalidate: true },
        el('h4', {}, 'Gebeurtenis toevoegen'),
        el('div', { class: 'veld' }, el('label', { for: 'cs-soort' }, 'Soort'), soort),
        el('div', { class: 'veld' }, el('label', { for: 'cs-datum' }, 'Datum'), datum),
        extraVak,
        el('div', { class: 'veld' }, el('label', { for: 'cs-toelichting' }, 'Toelichting (optioneel)'), toelichting),
        opslaan,
        formStatus,
      );
      const velden = (): Velden => ({
        soort,
        datum,
        toelichting,
        ...(EXTRA[soort.value] ? { [EXTRA[soort.value]!.veld]: extraVak.querySelector('select') } : {}),
      });
      form.addEventListener('submit', async (ev) => {
        ev.preventDefault();
        vervang(formStatus);
        wisVeldfouten(velden());
        if (!datum.value) {
          toonVeldfout(datum, 'Vul de datum in.', { focus: true });
          return;
        }
        const x = EXTRA[soort.value];
        const extra = extraVak.querySelector('select')?.value;
        const g = {
          soort: soort.value,
          datum: datum.value,
          ...(toelichting.value.trim() ? { toelichting: toelichting.value.trim() } : {}),
          ...(x && extra ? { [x.veld]: x.veld === 'maanden' ? Number(extra) : extra } : {}),
        } as NieuweGebeurtenis;
        try {
          await ctx.api.voegGebeurtenisToe(casusnummer, versie, g);
          await toonCasus(casusnummer);
          detail.append(melding('ok', `${SOORTEN[g.soort]} op ${toonDatum(g.datum)} is vastgelegd.`));
        } catch (e) {
          toonFoutBijVeld(e, velden(), formStatus);
        }
      });
      vervang(
        detail,
        el('h3', {}, 'Casus ', el('span', { class: 'casusnummer' }, casus.casusnummer)),
        el('p', {}, `${casus.gemeente} · route ${casus.route} · ${casus.status.replace(/_/g, ' ')}`),
        el('h4', {}, 'Termijnen'),
        ...termijnFouten.map((f) => melding('fout', f)),
        ...casus.afgeleid.conflicten.map((c) => melding('fout', `Let op: ${c.message}`)),
        afgeleid.length
          ? el(
              'ul',
              { class: 'termijnen', id: 'cs-termijnen' },
              ...afgeleid.map((t) =>
                el('li', {}, el('strong', {}, `${t.naam}: ${toonDatum(t.datum)}`), el('span', { class: 'bron' }, ` (${t.bron})`)),
              ),
            )
          : termijnFouten.length === 0
            ? el('p', { class: 'hulp' }, 'Nog geen termijnen: die volgen uit het UWV-advies en de praktijktoets.')
            : null,
        el('h4', {}, 'Tijdlijn'),
        el(
          'ol',
          { class: 'tijdlijn', id: 'cs-tijdlijn' },
          ...events.map((g) =>
            el(
              'li',
              {},
              el('time', { datetime: g.datum }, toonDatum(g.datum)),
              ' ',
              SOORTEN[g.soort] ?? g.soort,
              'uitkomst' in g ? ` (${String(g.uitkomst)})` : '',
            ),
          ),
        ),
        form,
      );
      if (inBeeld) detail.scrollIntoView({ block: 'start' });
    } catch (e) {
      vervang(detail, melding('fout', foutTekst(e)));
    }
  }

  async function zoeken(): Promise<void> {
    vervang(lijst, melding('info', 'Zoeken…'));
    try {
      gevonden = await ctx.api.zoekCasussen({ gemeente: gemeente.value || undefined, status: status.value || undefined, zoek: zoek.value });
      naarExcel.disabled = gevonden.length === 0;
      if (gevonden.length === 0) {
        vervang(lijst, melding('info', 'Geen casussen gevonden.'));
        return;
      }
      vervang(
        lijst,
        tabelVak(
          el(
            'table',
            { class: 'tabel', id: 'cs-resultaten' },
            el('thead', {}, el('tr', {}, ...['Casus', 'Gemeente', 'Status', 'Aangemeld'].map((k) => el('th', { scope: 'col' }, k)))),
            el(
              'tbody',
              {},
              ...gevonden.map((c) => {
                const knop = el('button', { class: 'link casusnummer', type: 'button' }, c.casusnummer);
                knop.addEventListener('click', () => void toonCasus(c.casusnummer, { inBeeld: true }));
                return el(
                  'tr',
                  {},
                  el('td', {}, knop),
                  el('td', {}, c.gemeente),
                  el('td', {}, c.status.replace(/_/g, ' ')),
                  el('td', {}, toonDatum(c.aanmeldingsdatum)),
                );
              }),
            ),
          ),
        ),
      );
    } catch (e) {
      vervang(lijst, melding('fout', foutTekst(e)));
    }
  }

  zoekKnop.addEventListener('click', () => void zoeken());
  zoek.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') void zoeken();
  });
  naarExcel.addEventListener('click', async () => {
    try {
      const adres = await ctx.werkboek.schrijfTabel(
        'Casussen',
        'AvresCasussen',
        ['casusnummer', 'gemeente', 'route', 'status', 'aanmeldingsdatum'],
        gevonden.map((c) => [c.casusnummer, c.gemeente, c.route, c.status, c.aanmeldingsdatum]),
      );
      lijst.append(melding('ok', `${gevonden.length} casussen staan in ${adres}.`));
    } catch (e) {
      lijst.append(melding('fout', `Naar Excel lukte niet: ${foutTekst(e)}`));
    }
  });

  return el(
    'section',
    { id: 'paneel-casussen', class: 'paneel', role: 'tabpanel', 'aria-labelledby': 'tab-casussen', hidden: true },
    el('h2', {}, 'Casussen'),
    el(
      'div',
      { class: 'rij' },
      el('div', { class: 'veld' }, el('label', { for: 'cs-gemeente' }, 'Gemeente'), gemeente),
      el('div', { class: 'veld' }, el('label', { for: 'cs-status' }, 'Status'), status),
    ),
    el('div', { class: 'veld' }, el('label', { for: 'cs-zoek' }, 'Zoek'), zoek),
    el('div', { class: 'knoppen' }, zoekKnop, naarExcel),
    lijst,
    detail,
  );
}
