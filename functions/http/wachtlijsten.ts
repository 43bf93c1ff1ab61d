/**
 * GET /api/gemeenten/{gemeente}/wachtlijst?peildatum= and GET /api/gemeenten/{gemeente}/wachtlijst/{casusnummer}:
 * the waiting list of beschut werk per gemeente, computed by the shared rule from the registry's events (the whole
 * list is read, and the position of one case counts the cases ahead, from the registry's cached waiting-list periods,
 * derived by the same rule).
 */
import { Gemeente, gemeenteSchema, datumSchema } from '../../shared/schemas/casus';
import { alsWireStap } from '../../shared/schemas/stap';
import type { Datum } from '../../shared/time/datum';
import { vereisGemeente } from '../auth/bereik';
import { schrijfLogboek } from '../registry/logboek';
import { positieUitRegister, wachtlijstUitRegister } from '../registry/wachtlijsten';
import { valideer } from './fouten';
import { aangemeld, padParameter, wie } from './verzoek';
import type { ApiVerzoek, Handler, Omgeving } from './types';

function leesGemeenteEnPeildatum(v: ApiVerzoek, o: Omgeving): { gemeente: Gemeente; peildatum: Datum } {
  const gemeente = valideer(gemeenteSchema, padParameter(v, 'gemeente'), 'gemeente');
  const peildatum = v.query.has('peildatum') ? valideer(datumSchema, v.query.get('peildatum'), 'peildatum') : o.vandaag();
  return { gemeente, peildatum };
}

export const wachtlijstVanGemeente: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'lezen');
  const { gemeente, peildatum } = leesGemeenteEnPeildatum(v, o);
  vereisGemeente(g, gemeente);
  const w = wie(g, v);
  const r = await o.db.transaction(async (tx) => {
    const lijst = await wachtlijstUitRegister(tx, gemeente, peildatum);
    await schrijfLogboek(tx, {
      traceId: w.traceId,
      operatie: 'wachtlijst.lezen',
      actor: w.actor,
      gemeente,
      casusnummers: lijst.waarde.map((r) => r.casusnummer),
    });
    return lijst;
  });
  return { status: 200, body: { gemeente, peildatum, wachtlijst: r.waarde, stappen: r.stappen.map(alsWireStap) } };
};

export const wachtlijstpositieVanCasus: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'lezen');
  const { gemeente, peildatum } = leesGemeenteEnPeildatum(v, o);
  vereisGemeente(g, gemeente);
  const casusnummer = padParameter(v, 'casusnummer');
  const r = await positieUitRegister(o.db, gemeente, casusnummer, peildatum, wie(g, v));
  return { status: 200, body: { gemeente, casusnummer, peildatum, positie: r.waarde, stappen: r.stappen.map(alsWireStap) } };
};
