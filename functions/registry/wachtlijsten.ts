/**
 * The waiting lists read from the registry: the position of one case counts the cases ahead from the cached
 * waiting-list periods (wachtlijstperiodes.ts), the whole list of a gemeente is read in order from them; while some
 * case's periods are stale, both fold every candidate case by the shared rule instead.
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
import type { Gemeente } from '../../shared/schemas/casus';
import type { Datum } from '../../shared/time/datum';
import type { Resultaat } from '../../shared/uitleg';
import type { Db, Querier } from './db';
import { gebeurtenissenVan, Wie, wachtlijstKandidaten, zoekCasus } from './casussen';
import { schrijfLogboek } from './logboek';
import { wachtlijstUitPeriodes, wachtlijstVoorgangers } from './wachtlijstperiodes';

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
