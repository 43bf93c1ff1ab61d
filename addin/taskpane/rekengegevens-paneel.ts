/**
 * The "Rekengegevens" pane: every series of legal figures with its known range, values, statuses and sources (links
 * to wetten.overheid.nl), the series that end within 60 days, and for beheerders the register: record a dated value,
 * approve another beheerder's entry, withdraw a value. The server decides who may do what; a refusal shows here in
 * Dutch beside the field it concerns.
 */
import { regelingen, type RegelingNaam } from '../../shared/bron';
import type { ParameterStatus } from '../../shared/parameters/status';
import { datumNl } from '../../shared/time/datum';
import { AvresFout } from '../client/fout';
import type { BoekingRegel, ParametersApi, ReeksRegel, Rekengegevens } from '../client/parameters-api';
import { el, melding, vervang } from './dom';

/**
 * Every status a beheerder can record, in the order offered; the type makes the list complete, and being type-only
 * it keeps the figure modules out of the bundle.
 */
const STATUSTEKST: Record<ParameterStatus, string> = {
  vastgesteld: 'vastgesteld',
  onbevestigd: 'onbevestigd (één bron of niet bevestigd)',
  aangekondigd: 'aangekondigd (nog niet vastgesteld)',
};

const SOORTTEKST: Record<BoekingRegel['soort'], string> = { waarde: 'Waarde', correctie: 'Correctie', intrekking: 'Intrekking' };

function bereikTekst(r: ReeksRegel): string {
  const vanaf = r.bekendVanaf ? `vanaf ${datumNl(r.bekendVanaf)}` : '';
  return r.bekendTot ? `bekend ${vanaf} tot en met ${datumNl(r.bekendTot)}` : `bekend ${vanaf}, geldt tot de wet wijzigt`;
}

function waardeTekst(waarde: unknown): string {
  if (waarde !== null && typeof waarde === 'object') {
    return Object.entries(waarde)
      .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
      .join('; ');
  }
  return String(waarde);
}

function reeksBlok(r: ReeksRegel): HTMLElement {
  const rijen = [...r.waarden]
    .reverse()
    .map((w) =>
      el(
        'tr',
        {},
        el('td', {}, datumNl(w.geldigVanaf)),
        el('td', {}, waardeTekst(w.waarde)),
        el('td', { class: `status-${w.status}` }, STATUSTEKST[w.status], w.herkomst === 'register' ? ' · register' : ''),
        el(
          'td',
          {},
          w.url ? el('a', { href: w.url, target: '_blank', rel: 'noopener' }, w.artikelTekst) : w.artikelTekst,
          el('br'),
          w.bron,
        ),
      ),
    );
  return el(
    'details',
    { class: 'reeks', 'data-reeks': r.sleutel },
    el('summary', {}, `${r.omschrijving}: ${bereikTekst(r)}`),
    el(
      'table',
      { class: 'tabel' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Geldig vanaf'), el('th', {}, 'Waarde'), el('th', {}, 'Status'), el('th', {}, 'Bron'))),
      el('tbody', {}, ...rijen),
    ),
  );
}

interface Veld {
  invoer: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  fout: HTMLElement;
  blok: HTMLElement;
}

function veld(id: string, label: string, invoer: Veld['invoer'], hulp?: string): Veld {
  invoer.id = id;
  const fout = el('p', { class: 'melding melding-fout', role: 'alert', id: `${id}-fout` });
  fout.hidden = true;
  invoer.setAttribute('aria-describedby', `${id}-fout`);
  return {
    invoer,
    fout,
    blok: el('div', { class: 'veld' }, el('label', { for: id }, label), invoer, hulp ? el('span', { class: 'hulp' }, hulp) : null, fout),
  };
}

export function rekengegevensPaneel(api: ParametersApi, opNieuweVersie: () => void): { paneel: HTMLElement; ververs(): Promise<void> } {
  const signalen = el('div', { id: 'rg-signalen', 'aria-live': 'polite' });
  const lijst = el('div', { id: 'rg-reeksen' });
  const boekingen = el('div', { id: 'rg-boekingen' });
  const status = el('div', { id: 'rg-status', 'aria-live': 'polite' });
  let stand: Rekengegevens | undefined;

  const reeks = veld('rg-reeks', 'Reeks', el('select', {}));
  const vanaf = veld('rg-vanaf', 'Geldig vanaf', el('input', { type: 'date' }));
  const waarde = veld(
    'rg-waarde',
    'Waarde (JSON)',
    el('textarea', { rows: '5', spellcheck: 'false' }),
    'bedragen en fracties als tekst met een punt: "2340.00", "0.235"',
  );
  const publicatie = veld('rg-publicatie', 'Publicatie', el('input', { type: 'text', placeholder: 'bijvoorbeeld Stcrt. 2026, 16505' }));
  const regeling = veld(
    'rg-regeling',
    'Regeling',
    el('select', {}, ...(Object.keys(regelingen) as RegelingNaam[]).map((k) => el('option', { value: k }, regelingen[k].naam))),
  );
  const artikel = veld('rg-artikel', 'Artikel', el('input', { type: 'text', placeholder: 'bijvoorbeeld 14' }));
  const lid = veld('rg-lid', 'Lid', el('input', { type: 'text' }));
  const statusVeld = veld(
    'rg-statuskeuze',
    'Status',
    el('select', {}, ...(Object.keys(STATUSTEKST) as ParameterStatus[]).map((s) => el('option', { value: s }, STATUSTEKST[s]))),
  );
  const toelichting = veld('rg-toelichting', 'Toelichting', el('input', { type: 'text' }));
  const velden: Record<string, Veld> = {
    reeks,
    geldigVanaf: vanaf,
    waarde,
    publicatie,
    artikel: regeling,
    'artikel.artikel': artikel,
    'artikel.lid': lid,
    status: statusVeld,
    toelichting,
  };
  const vastleggen = el('button', { id: 'rg-vastleggen', class: 'knop knop-primair', type: 'button' }, 'Waarde vastleggen');

  function wisFouten(): void {
    for (const v of Object.values(velden)) {
      v.fout.hidden = true;
      v.invoer.removeAttribute('aria-invalid');
    }
  }

  /** The API names the refused field (`waarde.perUur`, `artikel.regeling`): its message goes beside that field. */
  function toonFout(e: unknown): void {
    const tekst = (e as Error).message;
    const pad = e instanceof AvresFout && e.veld ? e.veld : '';
    const doel = velden[pad] ?? velden[pad.split('.').slice(0, 2).join('.')] ?? velden[pad.split('.')[0]!];
    if (!doel) {
      vervang(status, melding('fout', tekst));
      return;
    }
    vervang(doel.fout, tekst);
    doel.fout.hidden = false;
    doel.invoer.setAttribute('aria-invalid', 'true');
    vervang(status);
  }

  function stelVoorbeeldIn(): void {
    const r = stand?.reeksen.find((x) => x.sleutel === reeks.invoer.value);
    if (!r) return;
    // The newest value as a starting point: a beheerder changes the amounts, not the shape.
    waarde.invoer.value = JSON.stringify(r.waarden.at(-1)?.waarde ?? {}, null, 2);
  }

  function boekingRij(b: BoekingRegel): HTMLElement {
    const knoppen: HTMLElement[] = [];
    if (!b.goedgekeurdDoor) {
      const goed = el('button', { class: 'knop', type: 'button', 'data-boeking': String(b.id) }, `Goedkeuren nr. ${b.id}`);
      goed.addEventListener(
        'click',
        () => void actie(() => api.goedkeuren(b.id), `Boeking nr. ${b.id} is goedgekeurd; de rekengegevens zijn bijgewerkt.`, true),
      );
      knoppen.push(goed);
    } else if (b.geldend) {
      const in_ = el('button', { class: 'knop', type: 'button' }, `Intrekken nr. ${b.id}`);
      in_.addEventListener('click', () => {
        const reden = publicatie.invoer.value.trim();
        void actie(
          () => api.intrekken(b.id, { publicatie: reden }),
          `Intrekking van nr. ${b.id} is vastgelegd; een andere beheerder keurt haar goed.`,
          false,
        );
      });
      knoppen.push(in_);
    }
    const staat = b.geldend ? 'geldt' : b.goedgekeurdDoor ? `goedgekeurd door ${b.goedgekeurdDoor}` : 'wacht op goedkeuring';
    return el(
      'li',
      { 'data-boeking': String(b.id) },
      `${SOORTTEKST[b.soort]} nr. ${b.id}${b.vervangt ? ` (vervangt nr. ${b.vervangt})` : ''}: ${b.reeks} vanaf ${datumNl(b.geldigVanaf)}`,
      b.waarde !== undefined ? ` — ${waardeTekst(b.waarde)}` : '',
      ` — ${b.publicatie}; vastgelegd door ${b.vastgelegdDoor}; ${staat}. `,
      ...knoppen,
    );
  }

  function toon(r: Rekengegevens): void {
    stand = r;
    vervang(
      signalen,
      ...r.signalen.map((s) =>
        melding(
          'info',
          s.dagenResterend < 0
            ? `Let op: ${s.naam} is bekend tot en met ${datumNl(s.bekendTot)}; daarna is nog niets vastgelegd.`
            : `Let op: ${s.naam} is bekend tot en met ${datumNl(s.bekendTot)} (nog ${s.dagenResterend} dagen). Leg de volgende waarde vast zodra zij is gepubliceerd.`,
        ),
      ),
    );
    vervang(lijst, ...r.reeksen.map(reeksBlok));
    const gekozen = reeks.invoer.value;
    vervang(reeks.invoer, ...r.reeksen.map((x) => el('option', { value: x.sleutel, selected: x.sleutel === gekozen }, x.omschrijving)));
    if (!waarde.invoer.value) stelVoorbeeldIn();
    vervang(
      boekingen,
      r.boekingen.length
        ? el('ul', { class: 'boekingen' }, ...[...r.boekingen].reverse().map(boekingRij))
        : el('p', {}, 'Nog geen boekingen in het register.'),
    );
  }

  async function ververs(): Promise<void> {
    try {
      toon(await api.overzicht());
    } catch (e) {
      vervang(status, melding('fout', (e as Error).message));
    }
  }

  async function actie(doe: () => Promise<BoekingRegel>, gelukt: string, nieuweVersie: boolean): Promise<void> {
    wisFouten();
    try {
      await doe();
      if (nieuweVersie) opNieuweVersie();
      await ververs();
      vervang(status, melding('ok', gelukt));
    } catch (e) {
      toonFout(e);
    }
  }

  reeks.invoer.addEventListener('change', stelVoorbeeldIn);
  vastleggen.addEventListener('click', () => {
    let json: unknown;
    try {
      json = JSON.parse(waarde.invoer.value);
    } catch {
      wisFouten();
      toonFout(new AvresFout('ONGELDIGE_INVOER', 'de waarde is geen geldige JSON; gebruik het voorbeeld als vorm', undefined, 'waarde'));
      return;
    }
    const tekst = (v: Veld) => v.invoer.value.trim();
    void actie(
      () =>
        api.vastleggen({
          reeks: tekst(reeks),
          geldigVanaf: tekst(vanaf),
          waarde: json,
          publicatie: tekst(publicatie),
          artikel: {
            regeling: tekst(regeling) as RegelingNaam,
            ...(tekst(artikel) ? { artikel: tekst(artikel) } : {}),
            ...(tekst(lid) ? { lid: tekst(lid) } : {}),
          },
          status: tekst(statusVeld) as ParameterStatus,
          ...(tekst(toelichting) ? { toelichting: tekst(toelichting) } : {}),
        }),
      'Waarde vastgelegd. Zij telt zodra een andere beheerder haar goedkeurt.',
      false,
    );
  });

  const paneel = el(
    'section',
    { id: 'paneel-rekengegevens', class: 'paneel', role: 'tabpanel', 'aria-labelledby': 'tab-rekengegevens' },
    el('h2', {}, 'Rekengegevens'),
    el(
      'p',
      {},
      'De wettelijke bedragen en percentages waarmee AVRES rekent, met hun bron. Beheerders houden ze bij; een nieuwe waarde telt na goedkeuring door een tweede beheerder.',
    ),
    signalen,
    lijst,
    el('h3', {}, 'Register'),
    boekingen,
    el('h3', {}, 'Waarde vastleggen (beheerder)'),
    ...[reeks, vanaf, waarde, publicatie, regeling, artikel, lid, statusVeld, toelichting].map((v) => v.blok),
    vastleggen,
    status,
  );
  return { paneel, ververs };
}
