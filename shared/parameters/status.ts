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
