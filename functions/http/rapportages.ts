/**
 * /api/rapportages/viermaands: the four-monthly report (Jaarplan Avres 2020 ch. 5) per gemeente and tertiaal,
 * from the registry and the ledger. The same assembly serves the command line (`npm run rapportage`).
 */
import type { RapportageRegel } from '../../shared/rules/viermaandsrapportage';
import { rapportageSchema, RapportageRegelJson } from '../../shared/schemas/grootboek';
import { alsWireStap } from '../../shared/schemas/stap';
import { schrijfLogboek } from '../registry/logboek';
import { rapportageUitRegister } from '../registry/rapportages';
import { valideer } from './fouten';
import { gevraagdeGemeenten, queryObject } from './financien';
import { aangemeld } from './verzoek';
import type { Handler } from './types';
import { bedragTekst } from '../../shared/geld';

export const alsJson = (r: RapportageRegel): RapportageRegelJson => ({
  ...r,
  plekkenGerealiseerd: r.plekkenGerealiseerd.toFixed(2),
  lksUitgaven: bedragTekst(r.lksUitgaven),
  bijstandUitgaven: bedragTekst(r.bijstandUitgaven),
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
  return { status: 200, body: { jaar: verzoek.jaar, regels: r.waarde.map(alsJson), stappen: r.stappen.map(alsWireStap) } };
};
