/**
 * The refresh control (*Vernieuwen*): asks the API which registry data and parameters changed, so the batching
 * client drops exactly those answers, then has Excel recalculate the workbook, the sheet or the selection. Shown
 * above every view; the ribbon's three Vernieuwen buttons call the same function.
 */
import type { Omvang } from '../excel/werkboek';
import { AvresFout } from '../client/fout';
import type { PaneelContext } from './context';
import { el, melding, vervang } from './dom';

const tijd = (d: Date): string => d.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The refresh buttons of the ribbon and the pane: the ribbon action each calls, the scope it refreshes, its label. */
export const VERNIEUW_KNOPPEN: readonly { actie: string; omvang: Omvang; titel: string }[] = [
  { actie: 'vernieuwWerkmap', omvang: 'werkmap', titel: 'Werkmap' },
  { actie: 'vernieuwBlad', omvang: 'blad', titel: 'Dit blad' },
  { actie: 'vernieuwSelectie', omvang: 'selectie', titel: 'Selectie' },
];

export interface Vernieuwen {
  blok: HTMLElement;
  vernieuw(omvang: Omvang): Promise<void>;
}

export function vernieuwen(ctx: Pick<PaneelContext, 'client' | 'werkboek'>): Vernieuwen {
  const status = el('div', { id: 'vernieuwen-status', class: 'status' });

  async function vernieuw(omvang: Omvang): Promise<void> {
    vervang(status, melding('info', 'Vernieuwen…'));
    try {
      const { parameterVersie, vervallen } = await ctx.client.ververs();
      const waar = await ctx.werkboek.herbereken(omvang);
      const berekend = ctx.client.laatstBerekend() ?? new Date();
      const gewijzigd = vervallen === 1 ? '1 uitkomst met gewijzigde gegevens' : `${vervallen} uitkomsten met gewijzigde gegevens`;
      vervang(
        status,
        melding(
          'ok',
          `Vernieuwd: ${waar}; ${gewijzigd} opnieuw berekend. Berekend om ${tijd(berekend)} met parameterversie ${parameterVersie ?? 'onbekend'}.`,
        ),
      );
    } catch (e) {
      vervang(status, melding('fout', `Vernieuwen lukte niet: ${e instanceof AvresFout ? e.message : (e as Error).message}`));
    }
  }

  const knoppen = VERNIEUW_KNOPPEN.map(({ omvang, titel }) => {
    const knop = el('button', { class: 'knop', type: 'button', 'data-omvang': omvang }, titel);
    knop.addEventListener('click', () => void vernieuw(omvang));
    return knop;
  });
  const blok = el(
    'section',
    { class: 'vernieuwen', 'aria-label': 'Vernieuwen' },
    el('div', { class: 'knoppen', role: 'group', 'aria-label': 'Vernieuwen' }, el('span', { class: 'label' }, 'Vernieuwen: '), ...knoppen),
    status,
  );
  return { blok, vernieuw };
}
