/**
 * /api/rapportages/viermaands: the four-monthly report (Jaarplan Avres 2020 ch. 5) per gemeente and tertiaal,
 * from the registry and the ledger. The same assembly serves the command line (`npm run rapportage`).
 */
import { viermaandsrapportage, RapportageRegel } from '../../shared/rules/viermaandsrapportage';
import { alsStapJson, rapportageSchema, Gemeente, RapportageRegelJson } from '../../shared/schemas/grootboek';
import type { Datum } from '../../shared/time/datum';
import type { Resultaat } from '../../shared/uitleg';
import { gefinancierdePlekken } from '../registry/buig';
import type { Querier } from '../registry/db';
import { registerFeiten } from '../registry/dienstverbanden';
import { uitgaven } from '../registry/grootboek';
import { schrijfLogboek } from '../registry/logboek';
import { valideer } from './fouten';
import { wachtlijstUitRegister } from './wachtlijsten';
import { gevraagdeGemeenten, queryObject } from './financien';
import { aangemeld } from './verzoek';
import type { Handler } from './types';

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
    for (const dag of [`${jaar}-04-30`, `${jaar}-08-31`, `${jaar}-12-31`, ...(totDatum ? [totDatum] : [])]) {
      if (totDatum && dag > totDatum) continue;
      lijsten.set(`${gemeente}|${dag}`, (await wachtlijstUitRegister(q, gemeente, dag)).waarde);
    }
  }
  return viermaandsrapportage({
    jaar,
    gemeenten,
    indicaties: feiten.indicaties,
    plaatsingen: feiten.plaatsingen,
    dienstverbanden: feiten.dienstverbanden,
    wachtlijstOp: (gemeente, dag) => lijsten.get(`${gemeente}|${dag}`) ?? [],
    gefinancierdePlekken: await gefinancierdePlekken(q, jaar),
    uitgaven: await uitgaven(q, jaar, gemeenten),
    ...(totDatum ? { totDatum } : {}),
  });
}

export const alsJson = (r: RapportageRegel): RapportageRegelJson => ({
  ...r,
  plekkenGerealiseerd: r.plekkenGerealiseerd.toFixed(2),
  lksUitgaven: r.lksUitgaven.toFixed(2),
  bijstandUitgaven: r.bijstandUitgaven.toFixed(2),
});

export const viermaands: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'financien_lezen');
  const verzoek = valideer(rapportageSchema, queryObject(v, ['jaar']));
  const gemeenten = gevraagdeGemeenten(g, verzoek.gemeente);
  const r = await o.db.transaction(async (tx) => {
    const uit = await rapportageUitRegister(tx, verzoek.jaar, gemeenten, o.vandaag());
    await schrijfLogboek(tx, { traceId: v.traceId, operatie: 'rapportage.viermaands', actor: g.id, aantal: uit.waarde.length });
    return uit;
  });
  return { status: 200, body: { jaar: verzoek.jaar, regels: r.waarde.map(alsJson), stappen: r.stappen.map(alsStapJson) } };
};
