/**
 * The task pane: one page (a shared runtime allows one task pane) with a tab per view — formula builder,
 * explanation, cases, waiting list, finance — and, in development mode, the place to paste the token of npm start.
 */
import { el, melding, vervang } from './dom';
import type { PaneelContext } from './context';
import { casusPaneel } from './casus-paneel';
import { formulebouwer } from './formulebouwer';
import { uitlegPaneel } from './uitleg-paneel';
import { wachtlijstPaneel } from './wachtlijst-paneel';
import { financienPaneel } from './financien/financien-paneel';
import { rekengegevensPaneel } from './rekengegevens-paneel';
import { vernieuwen } from './vernieuwen';
import { sjablonenPaneel } from './sjablonen-paneel';
import type { Omvang } from '../excel/werkboek';

/** A view as the pane shows it: its element, and what it does when shown or when the Excel selection moves. */
interface Paneel {
  element: HTMLElement;
  bijTonen?(): void;
  bijSelectie?(): void;
}

interface PaneelSoort {
  naam: string;
  /** The tab's text, and the ribbon button's label in manifest.xml. */
  titel: string;
  /** The ribbon action (manifest.xml FunctionName) that opens the pane on this view. */
  actie: string;
  /** The view, or null when this add-in has no such view (no finance context). */
  maak(ctx: PaneelContext): Paneel | null;
}

/** The views in tab order: a new view, tab or ribbon action is one entry here (and its button in manifest.xml). */
export const PANELEN = [
  { naam: 'formulebouwer', titel: 'Formulebouwer', actie: 'toonFormulebouwer', maak: (ctx) => ({ element: formulebouwer(ctx) }) },
  {
    naam: 'uitleg',
    titel: 'Uitleg',
    actie: 'toonUitleg',
    maak: (ctx) => {
      const uitleg = uitlegPaneel(ctx);
      const ververs = (): void => void uitleg.ververs();
      return { element: uitleg.paneel, bijTonen: ververs, bijSelectie: ververs };
    },
  },
  { naam: 'casussen', titel: 'Casussen', actie: 'toonCasussen', maak: (ctx) => ({ element: casusPaneel(ctx) }) },
  { naam: 'wachtlijst', titel: 'Wachtlijst', actie: 'toonWachtlijst', maak: (ctx) => ({ element: wachtlijstPaneel(ctx) }) },
  {
    naam: 'financien',
    titel: 'Financiën',
    actie: 'toonFinancien',
    maak: (ctx) => (ctx.financien ? { element: financienPaneel(ctx.financien) } : null),
  },
  {
    naam: 'rekengegevens',
    titel: 'Rekengegevens',
    actie: 'toonRekengegevens',
    maak: (ctx) => {
      if (!ctx.rekengegevens) return null;
      // An approval changes the figures: the add-in asks for the new version, which recalculates the cells.
      const r = rekengegevensPaneel(ctx.rekengegevens, () => void ctx.client.controleerVersie().catch(() => undefined));
      return { element: r.paneel, bijTonen: () => void r.ververs() };
    },
  },
  { naam: 'sjablonen', titel: 'Sjablonen', actie: 'toonSjablonen', maak: (ctx) => ({ element: sjablonenPaneel(ctx.werkboek) }) },
] as const satisfies readonly PaneelSoort[];

export type PaneelNaam = (typeof PANELEN)[number]['naam'];

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

/** The WAI-ARIA tabs keys (automatic activation): the index of the tab a key moves to, or undefined. */
function volgendeTab(toets: string, huidig: number, aantal: number): number | undefined {
  if (toets === 'ArrowRight') return (huidig + 1) % aantal;
  if (toets === 'ArrowLeft') return (huidig - 1 + aantal) % aantal;
  if (toets === 'Home') return 0;
  if (toets === 'End') return aantal - 1;
  return undefined;
}

/**
 * Renders the pane into `wortel` and returns the function that switches views (used by the ribbon buttons).
 * The tab bar follows the WAI-ARIA tabs pattern: one tab in the Tab order (roving tabindex), arrow keys, Home and End.
 * @example const { toon } = startPanelen(document.getElementById('app')!, ctx); toon('uitleg');
 */
export function startPanelen(wortel: HTMLElement, ctx: PaneelContext): Panelen {
  const verversing = vernieuwen(ctx);
  const panelen = PANELEN.flatMap((soort) => {
    const paneel: Paneel | null = soort.maak(ctx);
    if (!paneel) return [];
    const tab = el(
      'button',
      { id: `tab-${soort.naam}`, class: 'tab', role: 'tab', type: 'button', 'aria-controls': `paneel-${soort.naam}` },
      soort.titel,
    );
    const { element } = paneel;
    element.id = `paneel-${soort.naam}`;
    element.setAttribute('role', 'tabpanel');
    element.setAttribute('aria-labelledby', tab.id);
    element.tabIndex = 0;
    tab.addEventListener('click', () => toon(soort.naam));
    return [{ naam: soort.naam as PaneelNaam, tab, paneel }];
  });

  function toon(naam: PaneelNaam): void {
    for (const p of panelen) {
      const gekozen = p.naam === naam;
      p.paneel.element.hidden = !gekozen;
      p.tab.setAttribute('aria-selected', String(gekozen));
      p.tab.tabIndex = gekozen ? 0 : -1;
      if (gekozen) {
        // With more tabs than a narrow pane holds, the bar scrolls on its one row: keep the chosen tab in sight.
        p.tab.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
        p.paneel.bijTonen?.();
      }
    }
  }

  const tablist = el('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Onderdelen' }, ...panelen.map((p) => p.tab));
  tablist.addEventListener('keydown', (e) => {
    const huidig = panelen.findIndex((p) => p.tab === document.activeElement);
    const volgende = huidig < 0 ? undefined : volgendeTab(e.key, huidig, panelen.length);
    if (volgende === undefined) return;
    e.preventDefault();
    const p = panelen[volgende]!;
    toon(p.naam);
    p.tab.focus();
  });

  vervang(
    wortel,
    el('header', { class: 'kop' }, el('h1', {}, 'AVRES rekenregels'), tablist),
    aanmeldBlok(ctx),
    verversing.blok,
    el('main', {}, ...panelen.map((p) => p.paneel.element)),
  );
  toon('formulebouwer');
  void ctx.werkboek
    .opSelectieWijziging(() => {
      for (const p of panelen) if (!p.paneel.element.hidden) p.paneel.bijSelectie?.();
    })
    .catch(() => undefined);
  return { toon, vernieuw: verversing.vernieuw };
}
