/**
 * How firm a figure is. DOMAIN.md reading 8: a figure whose source is single or unconfirmed is used and marked in
 * every step that uses it; a figure projected by a raming scenario is marked too, with the scenario's name.
 */

/** The status of a figure as Avres records it: confirmed, found but not confirmed, or announced. */
export type ParameterStatus = 'vastgesteld' | 'onbevestigd' | 'aangekondigd';

/** The statuses a beheerder can record, in the order the task pane offers them. */
export const PARAMETER_STATUSSEN: readonly ParameterStatus[] = ['vastgesteld', 'onbevestigd', 'aangekondigd'];

/** The mark a step carries for a figure that is not vastgesteld: its status, or a projection by a named raming. */
export type FiguurMarkering = { status: Exclude<ParameterStatus, 'vastgesteld'> } | { status: 'raming'; scenario: string };

/** What a figure carries that decides its mark: the status Avres recorded and, for a projected value, the raming. */
export interface Markeerbaar {
  status?: ParameterStatus;
  raming?: string;
}

/**
 * The mark of a figure, or undefined for a vastgesteld one. A projection wins: a value carried past the known
 * figures is a raming whatever the status of the value it was projected from.
 * @example markeringVan({ status: 'onbevestigd' }) // { status: 'onbevestigd' }
 * @example markeringVan({ status: 'onbevestigd', raming: 'begroting 2027' }) // { status: 'raming', scenario: 'begroting 2027' }
 */
export function markeringVan(figuur: Markeerbaar): FiguurMarkering | undefined {
  if (figuur.raming !== undefined) return { status: 'raming', scenario: figuur.raming };
  if (figuur.status === undefined || figuur.status === 'vastgesteld') return undefined;
  return { status: figuur.status };
}

const GEWICHT: Record<FiguurMarkering['status'], number> = { onbevestigd: 1, aangekondigd: 2, raming: 3 };

/**
 * The weakest mark among several figures a step rests on: a raming before aangekondigd before onbevestigd.
 * @example zwaksteMarkering([{ status: 'onbevestigd' }, {}]) // { status: 'onbevestigd' }
 */
export function zwaksteMarkering(figuren: readonly Markeerbaar[]): FiguurMarkering | undefined {
  let zwakste: FiguurMarkering | undefined;
  for (const f of figuren) {
    const m = markeringVan(f);
    if (m !== undefined && (zwakste === undefined || GEWICHT[m.status] > GEWICHT[zwakste.status])) zwakste = m;
  }
  return zwakste;
}

/**
 * The mark as users read it, in UITLEG's status column and the panes.
 * @example markeringTekst({ status: 'raming', scenario: 'begroting 2027' }) // 'raming (scenario "begroting 2027")'
 */
export function markeringTekst(m: FiguurMarkering): string {
  return m.status === 'raming' ? `raming (scenario "${m.scenario}")` : m.status;
}
