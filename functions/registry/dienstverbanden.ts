/**
 * The facts the finance side derives from the case registry's events: dienstverband periods (for the LKS),
 * plaatsingen and positive indications (for the four-monthly report). Derived by the shared rules, never stored.
 */
import { dienstverbandperiodes, DienstverbandStart } from '../../shared/rules/dienstverbandperiodes';
import type { Dienstverbandperiode } from '../../shared/rules/lks-reconciliatie';
import { inVolgorde, type Gemeente, type GebeurtenisInhoud, type VastgelegdeGebeurtenis } from '../../shared/schemas/casus';
import type { Datum } from '../../shared/time/datum';
import type { Querier } from './db';

export interface RegisterFeiten {
  dienstverbanden: Dienstverbandperiode[];
  plaatsingen: DienstverbandStart[];
  indicaties: { gemeente: Gemeente; datum: Datum }[];
}

const SOORTEN = ['aanmelding', 'verhuisd', 'dienstverband_start', 'dienstverband_einde', 'besluit_indicatie'];

/**
 * Periods, plaatsingen and positive indications of the cases that are, or ever were, in one of `gemeenten`,
 * restricted to those gemeenten.
 */
export async function registerFeiten(q: Querier, gemeenten: readonly Gemeente[]): Promise<RegisterFeiten> {
  const rijen = await q.query<{ casusnummer: string; volgnummer: number; gegevens: GebeurtenisInhoud }>(
    `SELECT c.casusnummer, g.volgnummer, g.gegevens FROM casussen c JOIN gebeurtenissen g ON g.casus_id = c.id
     WHERE g.soort = ANY($2::text[])
       AND (c.gemeente = ANY($1::text[]) OR EXISTS (SELECT 1 FROM gebeurtenissen v WHERE v.casus_id = c.id AND v.soort = 'verhuisd'))
     ORDER BY c.id, g.volgnummer`,
    [[...gemeenten], SOORTEN],
  );
  const perCasus = new Map<string, VastgelegdeGebeurtenis[]>();
  for (const r of rijen) {
    let lijst = perCasus.get(r.casusnummer);
    if (!lijst) perCasus.set(r.casusnummer, (lijst = []));
    lijst.push({ ...r.gegevens, volgnummer: r.volgnummer, vastgelegdDoor: '', vastgelegdOp: '' } as VastgelegdeGebeurtenis);
  }
  const feiten: RegisterFeiten = { dienstverbanden: [], plaatsingen: [], indicaties: [] };
  const binnen = (g: Gemeente | undefined): g is Gemeente => g !== undefined && gemeenten.includes(g);
  for (const [casusnummer, gebeurtenissen] of perCasus) {
    const { periodes, plaatsingen } = dienstverbandperiodes(casusnummer, gebeurtenissen);
    feiten.dienstverbanden.push(...periodes.filter((p) => binnen(p.gemeente)));
    feiten.plaatsingen.push(...plaatsingen.filter((p) => binnen(p.gemeente)));
    let gemeente: Gemeente | undefined;
    for (const g of inVolgorde(gebeurtenissen)) {
      if (g.soort === 'aanmelding') gemeente = g.gemeente;
      else if (g.soort === 'verhuisd') gemeente = g.naar;
      else if (g.soort === 'besluit_indicatie' && g.uitkomst === 'toegekend' && binnen(gemeente))
        feiten.indicaties.push({ gemeente, datum: g.datum });
    }
  }
  return feiten;
}
