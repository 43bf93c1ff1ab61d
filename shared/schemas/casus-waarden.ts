/**
 * The fixed value lists of the case registry (gemeenten, routes, statuses) and the order of events, without any
 * schema library: the add-in's panes read these, and its bundle carries no validator (the API validates).
 */

export const GEMEENTEN = ['Gorinchem', 'Molenlanden', 'Vijfheerenlanden'] as const;
export type Gemeente = (typeof GEMEENTEN)[number];

/** Beleidsregels art. 1 onder b en j: the Avres route and the UWV route. */
export const ROUTES = ['Avres', 'UWV'] as const;
export type Route = (typeof ROUTES)[number];

export const STATUSSEN = [
  'aangemeld',
  'praktijktoets',
  'advies_aangevraagd',
  'advies_ontvangen',
  'geindiceerd',
  'niet_geindiceerd',
  'wachtlijst',
  'in_dienst',
  'uitgeschreven',
  'ingetrokken',
] as const;
export type CasusStatus = (typeof STATUSSEN)[number];

/**
 * Events in the order they took effect: by date, then by the order they were recorded. Every fold over a case's
 * history (status, waiting list, dienstverband periods, derived facts) reads them in this order.
 * @example inVolgorde([{ datum: '2026-03-02', volgnummer: 2 }, { datum: '2026-03-02', volgnummer: 1 }]).map((g) => g.volgnummer) // [1, 2]
 */
export function inVolgorde<T extends { datum: string; volgnummer: number }>(gebeurtenissen: readonly T[]): T[] {
  return [...gebeurtenissen].sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : a.volgnummer - b.volgnummer));
}
