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
  type CasusVoorWachtlijst,
} from '../../shared/rules/wachtlijst';
import type { Gemeente } from '../../shared/schemas/casus';
import type { Datum } from '../../shared/time/datum';
import type { Resultaat } from '../../shared/uitleg';
import type { Db, Querier } from './db';
import { DomeinFout } from '../../shared/errors';
import { gebeurtenissenVanCasussen, nietGevonden, Wie, wachtlijstKandidaten, zoekCasussen } from './casussen';
import { schrijfLogboek } from './logboek';
import { wachtlijstUitPeriodes, wachtlijstVoorgangersVan } from './wachtlijstperiodes';

/** One question for a position: a case on a gemeente's list on a peildatum. */
export interface PositieVraag {
  gemeente: Gemeente;
  casusnummer: string;
  peildatum: Datum;
}

/**
 * The positions of many cases at once (one evaluate batch), each with steps or the domain error of that question
 * (NIET_GEVONDEN when the case does not exist or lies outside the actor's gemeenten, NIET_OP_WACHTLIJST…). Set-wise:
 * one read of the cases, one of their events and one count of the cases ahead of each, however many questions; the
 * processing log gets one row naming the cases read. While some case's periods are stale, the candidates of each
 * gemeente and peildatum are folded by the shared rule instead; both give the same answers and steps.
 */
export async function positiesUitRegister(db: Db, vragen: readonly PositieVraag[], w: Wie): Promise<(Resultaat<number> | DomeinFout)[]> {
  return db.transaction(async (tx) => {
    const casussen = new Map(
      (
        await zoekCasussen(
          tx,
          vragen.map((v) => v.casusnummer),
          w,
        )
      ).map((c) => [c.casusnummer, c]),
    );
    const gebeurtenissen = await gebeurtenissenVanCasussen(
      tx,
      [...casussen.values()].map((c) => c.id),
    );
    const standen = vragen.map((v) => {
      const casus = casussen.get(v.casusnummer);
      if (!casus) return nietGevonden(v.casusnummer);
      try {
        const eigen = gebeurtenissen.get(casus.id) ?? [];
        return { casus, eigen, stand: opWachtlijstVan(v.casusnummer, v.gemeente, wachtlijstStand(eigen, v.peildatum), v.peildatum) };
      } catch (e) {
        if (e instanceof DomeinFout) return e;
        throw e;
      }
    });
    const teTellen = standen.flatMap((s, i) =>
      s instanceof DomeinFout ? [] : [{ ...vragen[i]!, ingangsdatum: s.stand.ingangsdatum, casusId: s.casus.id }],
    );
    const voor = await wachtlijstVoorgangersVan(tx, teTellen);
    const kandidatenVan = new Map<string, Promise<CasusVoorWachtlijst[]>>();
    const uit: (Resultaat<number> | DomeinFout)[] = [];
    let k = 0;
    for (const [i, s] of standen.entries()) {
      if (s instanceof DomeinFout) {
        uit.push(s);
        continue;
      }
      const v = vragen[i]!;
      const geteld = voor?.[k++];
      if (geteld) {
        uit.push(wachtlijstpositieNa(s.stand, geteld));
        continue;
      }
      const sleutel = `${v.gemeente}|${v.peildatum}`;
      if (!kandidatenVan.has(sleutel)) kandidatenVan.set(sleutel, wachtlijstKandidaten(tx, v.gemeente, v.peildatum));
      const kandidaten = [...(await kandidatenVan.get(sleutel)!)];
      if (!kandidaten.some((c) => c.casusnummer === v.casusnummer))
        kandidaten.push({ casusnummer: v.casusnummer, registratievolgorde: s.casus.id, gebeurtenissen: s.eigen });
      uit.push(wachtlijstpositie(kandidaten, v.gemeente, v.casusnummer, v.peildatum));
    }
    const gelezen = [...casussen.keys()];
    await schrijfLogboek(tx, {
      traceId: w.traceId,
      operatie: 'wachtlijst.positie',
      actor: w.actor,
      ...(gelezen.length === 1 ? { casusnummer: gelezen[0] } : { casusnummers: gelezen }),
      ...(new Set(vragen.map((v) => v.gemeente)).size === 1 ? { gemeente: vragen[0]!.gemeente } : {}),
      aantal: gelezen.length,
    });
    return uit;
  });
}

/**
 * The position of one case, with steps; NIET_GEVONDEN when it does not exist or lies outside the actor's gemeenten.
 * The case's own standing is folded from its events by the shared rule; the cases ahead are counted from the cached
 * waiting-list periods (registry/wachtlijstperiodes.ts), or, while some case's periods are stale, by folding every
 * candidate case as the rule does (positiesUitRegister with one question).
 */
export async function positieUitRegister(
  db: Db,
  gemeente: Gemeente,
  casusnummer: string,
  peildatum: Datum,
  w: Wie,
): Promise<Resultaat<number>> {
  const [r] = await positiesUitRegister(db, [{ gemeente, casusnummer, peildatum }], w);
  if (r instanceof DomeinFout) throw r;
  return r!;
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
