/**
 * The four-monthly report (Jaarplan Avres 2020 ch. 5) assembled from the registry and the ledger; served by
 * /api/rapportages/viermaands and the command line (`npm run rapportage`).
 */
import { viermaandsrapportage, type RapportageRegel } from '../../shared/rules/viermaandsrapportage';
import type { Gemeente } from '../../shared/schemas/grootboek';
import { Datum, maak } from '../../shared/time/datum';
import type { Resultaat } from '../../shared/uitleg';
import { gefinancierdePlekken } from './buig';
import type { Querier } from './db';
import { effectieveSet } from './parameters';
import { registerFeiten } from './dienstverbanden';
import { uitgaven } from './grootboek';
import { wachtlijstUitRegister } from './wachtlijsten';

/** Assembles the report from the registry: facts, waiting lists on each tertiaal's last day (from the cached periods while none is stale), ledger spend. */
export async function rapportageUitRegister(
  q: Querier,
  jaar: number,
  gemeenten: readonly Gemeente[],
  vandaag: Datum,
): Promise<Resultaat<RapportageRegel[]>> {
  const feiten = await registerFeiten(q, gemeenten);
  const totDatum = Number(vandaag.slice(0, 4)) === jaar ? vandaag : undefined;
  const lijsten = new Map<string, { ingangsdatum: Datum }[]>();
  for (const gemeente of gemeenten) {
    for (const dag of [maak(jaar, 4, 30), maak(jaar, 8, 31), maak(jaar, 12, 31), ...(totDatum ? [totDatum] : [])]) {
      if (totDatum && dag > totDatum) continue;
      lijsten.set(`${gemeente}|${dag}`, (await wachtlijstUitRegister(q, gemeente, dag)).waarde);
    }
  }
  return viermaandsrapportage(
    {
      jaar,
      gemeenten,
      indicaties: feiten.indicaties,
      plaatsingen: feiten.plaatsingen,
      dienstverbanden: feiten.dienstverbanden,
      wachtlijstOp: (gemeente, dag) => lijsten.get(`${gemeente}|${dag}`) ?? [],
      gefinancierdePlekken: await gefinancierdePlekken(q, jaar),
      uitgaven: await uitgaven(q, jaar, gemeenten),
      ...(totDatum ? { totDatum } : {}),
    },
    (await effectieveSet(q)).parameters,
  );
}
