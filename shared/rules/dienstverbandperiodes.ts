/**
 * The dienstverband periods of a case, derived from its registry events, for the LKS reconciliation, scenarios
 * and the four-monthly report. Beleidsregels beschut werk Avres 2025 art. 6 (dienstverband beschut werk) and
 * art. 7 lid 1 (LKS on the loonwaarde); Pw art. 10d lid 6 (the loonwaarde is re-determined from time to time).
 *
 * Readings chosen: a `dienstverband_start` opens a period on its date with its hours and loonwaarde; a new
 * `dienstverband_start` while one is open (a new contract, new hours or a re-determined loonwaarde) closes the
 * open one the day before. `dienstverband_einde` closes the period on its date (the last day worked). A start
 * on or the day after the previous end continues the employment (new terms, not a new plaatsing); when it falls
 * on the previous end date, that period ends the day before, so no day is paid twice. A move
 * between Avres gemeenten (`verhuisd`) while in dienst closes the period the day before and continues it in
 * the new gemeente, because the LKS is paid from that gemeente's BUIG from then on. Only `dienstverband_einde`
 * ends a dienstverband: an uitschrijving or a withdrawn indication does not by itself end the employment.
 */
import { inVolgorde, type Gemeente, type VastgelegdeGebeurtenis } from '../schemas/casus';
import { Datum } from '../time/datum';
import { plusDagen } from '../time/kalender';
import type { Dienstverbandperiode } from './lks-reconciliatie';

export interface DienstverbandStart {
  gemeente: Gemeente;
  datum: Datum;
}

/**
 * The periods (and the starts of new dienstverbanden, i.e. plaatsingen) of one case.
 * @example dienstverbandperiodes('BW-1', gebeurtenissen).periodes[0] // { casusnummer: 'BW-1', gemeente: 'Gorinchem', van: '2026-01-01', tot: null, urenPerWeek: 31, loonwaarde: 0.4 }
 */
export function dienstverbandperiodes(
  casusnummer: string,
  gebeurtenissen: readonly VastgelegdeGebeurtenis[],
): { periodes: Dienstverbandperiode[]; plaatsingen: DienstverbandStart[] } {
  const geordend = inVolgorde(gebeurtenissen);
  const periodes: Dienstverbandperiode[] = [];
  const plaatsingen: DienstverbandStart[] = [];
  let gemeente: Gemeente | undefined;
  let open: Dienstverbandperiode | undefined;
  const sluit = (tot: Datum) => {
    if (!open) return;
    open.tot = tot < open.van ? open.van : tot;
    open = undefined;
  };
  for (const g of geordend) {
    switch (g.soort) {
      case 'aanmelding':
        gemeente = g.gemeente;
        break;
      case 'verhuisd':
        if (open && g.naar !== open.gemeente) {
          const vorige = open;
          sluit(plusDagen(g.datum, -1));
          open = { ...vorige, gemeente: g.naar, van: g.datum, tot: null };
          periodes.push(open);
        }
        gemeente = g.naar;
        break;
      case 'dienstverband_start': {
        if (!gemeente) break;
        const vorige = periodes[periodes.length - 1];
        const aansluitend = open !== undefined || (vorige?.tot != null && plusDagen(vorige.tot, 1) >= g.datum);
        sluit(plusDagen(g.datum, -1));
        if (vorige?.tot != null && vorige.tot >= g.datum) vorige.tot = plusDagen(g.datum, -1);
        open = { casusnummer, gemeente, van: g.datum, tot: null, urenPerWeek: g.urenPerWeek, loonwaarde: g.loonwaarde ?? null };
        periodes.push(open);
        if (!aansluitend) plaatsingen.push({ gemeente, datum: g.datum });
        break;
      }
      case 'dienstverband_einde':
        sluit(g.datum);
        break;
      default:
        break;
    }
  }
  return { periodes, plaatsingen };
}
