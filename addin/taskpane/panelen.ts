/**
 * The task pane: one page (a shared runtime allows one task pane) with four views — formula builder,
 * explanation, cases, waiting list — and, in development mode, the place to paste the token of npm start.
 */
import { el, melding, vervang } from './dom';
import type { PaneelContext } from './context';
import { casusPaneel } from './casus-paneel';
import { formulebouwer } from './formulebouwer';
import { uitlegPaneel } from './uitleg-paneel';
import { wachtlijstPaneel } from './wachtlijst-paneel';
import { financienPaneel } from './financien/financien-paneel';
import { vernieuwen } from './vernieuwen';
import { sjablonenPaneel } from './sjablonen-paneel';
import type { Omvang } from '../excel/werkboek';

export type PaneelNaam = 'formulebouwer' | 'uitleg' | 'casussen' | 'wachtlijst' | 'financien' | 'sjablonen';

const TITELS: Record<PaneelNaam, string> = {
  formulebouwer: 'Formulebouwer',
  uitleg: 'Uitleg',
  casussen: 'Casussen',
  wachtlijst: 'Wachtlijst',
  financien: 'Financiën',
  sjablonen: 'Sjablonen',
};

function aanmeldBlok(ctx: PaneelContext): HTMLElement | null {
  if (ctx.aanmelding.modus !== 'ontwikkeling') return null;
  const veld = el('input', {
    id: 'ontwikkeltoken',
    type: 'password',
    autocomplete: 'off',
    placeholder: 'plak hier het token van npm start',
  });
  const status = el(
    'div',
    {},
    ctx.aanmelding.heeftOntwikkeltoken()
      ? melding('ok', 'Ontwikkeltoken ingesteld.')
      : melding('info', 'Ontwikkelmodus: plak het token dat npm start toont.'),
  );
  const knop = el('button', { id: 'ontwikkeltoken-bewaar', class: 'knop', type: 'button' }, 'Bewaar token');
  knop.addEventListener('click', () => {
    ctx.aanmelding.bewaarOntwikkeltoken(veld.value);
    veld.value = '';
    ctx.client.leegCache();
    vervang(
      status,
      ctx.aanmelding.heeftOntwikkeltoken()
        ? melding('ok', 'Ontwikkeltoken bewaard. Bereken het werkblad opnieuw (Ctrl+Alt+F9).')
        : melding('info', 'Token verwijderd.'),
    );
  });
  return el(
    'details',
    { class: 'aanmelden', open: !ctx.aanmelding.heeftOntwikkeltoken() },
    el('summary', {}, 'Aanmelden (ontwikkeling)'),
    el('div', { class: 'veld' }, el('label', { for: 'ontwikkeltoken' }, 'Token'), veld),
    knop,
    status,
  );
}

/** What the ribbon buttons call: switch to a view, or refresh. */
export interface Panelen {
  toon(naam: PaneelNaam): void;
  vernieuw(omvang: Omvang): Promise<void>;
}

/**
 * Renders the pane into `wortel` and returns what the ribbon buttons call.
 * @example const { toon } = startPanelen(document.getElementById('app')!, ctx); toon('uitleg');
 */
export function startPanelen(wortel: HTMLElement, ctx: PaneelContext): Panelen {
  const verversing = vernieuwen(ctx);
  const uitleg = uitlegPaneel(ctx);
  const panelen: Partial<Record<PaneelNaam, HTMLElement>> = {
    formulebouwer: formulebouwer(ctx),
    uitleg: uitleg.paneel,
    casussen: casusPaneel(ctx),
    wachtlijst: wachtlijstPaneel(ctx),
    ...(ctx.financien ? { financien: financienPaneel(ctx.financien) } : {}),
    sjablonen: sjablonenPaneel(ctx.werkboek),
  };
  const tabs = (Object.keys(panelen) as PaneelNaam[]).map((naam) => {
    const tab = el(
      'button',
      { id: `tab-${naam}`, class: 'tab', role: 'tab', type: 'button', 'aria-controls': `paneel-${naam}`, 'aria-selected': 'false' },
      TITELS[naam],
    );
    tab.addEventListener('click', () => toon(naam));
    return tab;
  });

  function toon(naam: PaneelNaam): void {
    for (const [n, p] of Object.entries(panelen)) p!.hidden = n !== naam;
    for (const t of tabs) t.setAttribute('aria-selected', String(t.id === `tab-${naam}`));
    if (naam === 'uitleg') void uitleg.ververs();
  }

  vervang(
    wortel,
    el(
      'header',
      { class: 'kop' },
      el('h1', {}, 'AVRES rekenregels'),
      el('nav', { class: 'tabs', role: 'tablist', 'aria-label': 'Onderdelen' }, ...tabs),
    ),
    aanmeldBlok(ctx),
    verversing.blok,
    el('main', {}, ...Object.values(panelen)),
  );
  toon('formulebouwer');
  void ctx.werkboek
    .opSelectieWijziging(() => {
      if (!panelen.uitleg!.hidden) void uitleg.ververs();
    })
    .catch(() => undefined);
  return { toon, vernieuw: verversing.vernieuw };
}
