/**
 * GET /api/gemeenten/{gemeente}/wachtlijst?peildatum= and GET /api/gemeenten/{gemeente}/wachtlijst/{casusnummer}:
 * the waiting list of beschut werk per gemeente, computed by the shared rule from the registry's events (the whole
 * list is read, and the position of one case counts the cases ahead, from the registry's cached waiting-list periods,
 * derived by the same rule).
 */
import {
  opWachtlijstVan,
  wachtlijst,
  WachtlijstRegel,
  wachtlijstInVolgorde,
  wachtlijstpositie,
  wachtlijstpositieNa,
  wachtlijstStand,
} from '../../shared/rules/wachtlijst';
import { Gemeente, gemeenteSchema, datumSchema } from '../../shared/schemas/casus';
import type { Datum } from '../../shared/time/datum';
import type { Resultaat } from '../../shared/uitleg';
import { vereisGemeente } from '../auth/tokens';
import type { Db, Querier } from '../registry/db';
import { gebeurtenissenVan, Wie, wachtlijstKandidaten, zoekCasus } from '../registry/casussen';
import { schrijfLogboek } from '../registry/logboek';
import { wachtlijstUitPeriodes, wachtlijstVoorgangers } from '../registry/wachtlijstperiodes';
import { valideer } from './fouten';
import { aangemeld, wie } from './verzoek';
import type { ApiVerzoek, Handler, Omgeving } from './types';
import { alsStapJson } from '../../shared/schemas/grootboek';

/**
 * The position of one case, with steps; NIET_GEVONDEN when it does not exist or lies outside the actor's gemeenten.
 * The case's own standing is folded from its events by the shared rule; the cases ahead are counted from the cached
 * waiting-list periods (registry/wachtlijstperiodes.ts), or, while some case's periods are stale, by folding every
 * candidate case as the rule does. Both give the same answer and the same steps.
 */
export async function positieUitRegister(
  db: Db,
  gemeente: Gemeente,
  casusnummer: string,
  peildatum: Datum,
  w: Wie,
): Promise<Resultaat<number>> {
  return db.transaction(async (tx) => {
    const casus = await zoekCasus(tx, casusnummer, w);
    const gebeurtenissen = await gebeurtenissenVan(tx, casus.id);
    const stand = opWachtlijstVan(casusnummer, gemeente, wachtlijstStand(gebeurtenissen, peildatum), peildatum);
    const voor = await wachtlijstVoorgangers(tx, gemeente, peildatum, stand.ingangsdatum, casus.id);
    let r: Resultaat<number>;
    if (voor) {
      r = wachtlijstpositieNa(stand, voor);
    } else {
      const kandidaten = await wachtlijstKandidaten(tx, gemeente, peildatum);
      if (!kandidaten.some((k) => k.casusnummer === casusnummer))
        kandidaten.push({ casusnummer, registratievolgorde: casus.id, gebeurtenissen });
      r = wachtlijstpositie(kandidaten, gemeente, casusnummer, peildatum);
    }
    await schrijfLogboek(tx, { traceId: w.traceId, operatie: 'wachtlijst.positie', actor: w.actor, casusnummer, gemeente });
    return r;
  });
}

/**
 * The whole waiting list of `gemeente` on the peildatum, with steps: read in order from the cached waiting-list
 * periods, or, while some case's periods are stale, by folding every candidate case as the rule does. Both give
 * the same list and the same steps. Also the lists of the four-monthly report (rapportages.ts).
 */
export async function wachtlijstUitRegister(q: Querier, gemeente: Gemeente, peildatum: Datum): Promise<Resultaat<WachtlijstRegel[]>> {
  const plekken = await wachtlijstUitPeriodes(q, gemeente, peildatum);
  return plekken
    ? wachtlijstInVolgorde(plekken, gemeente, peildatum)
    : wachtlijst(await wachtlijstKandidaten(q, gemeente, peildatum), gemeente, peildatum);
}

function leesGemeenteEnPeildatum(v: ApiVerzoek, o: Omgeving): { gemeente: Gemeente; peildatum: Datum } {
  const gemeente = valideer(gemeenteSchema, decodeURIComponent(v.params.gemeente ?? ''), 'gemeente');
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
    await schrijfLogboek(tx, { traceId: w.traceId, operatie: 'wachtlijst.lezen', actor: w.actor, gemeente, aantal: lijst.waarde.length });
    return lijst;
  });
  return { status: 200, body: { gemeente, peildatum, wachtlijst: r.waarde, stappen: r.stappen.map(alsStapJson) } };
};

export const wachtlijstpositieVanCasus: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'lezen');
  const { gemeente, peildatum } = leesGemeenteEnPeildatum(v, o);
  vereisGemeente(g, gemeente);
  const casusnummer = decodeURIComponent(v.params.casusnummer ?? '');
  const r = await positieUitRegister(o.db, gemeente, casusnummer, peildatum, wie(g, v));
  return { status: 200, body: { gemeente, casusnummer, peildatum, positie: r.waarde, stappen: r.stappen.map(alsStapJson) } };
};
