/**
 * Queries of the case aggregate: a case, its immutable events, and the state written with each event in one
 * transaction. Appends are guarded by the version the client read (If-Match); a stale one writes nothing.
 */
import type {
  Gemeente,
  NieuweCasus,
  NieuweGebeurtenis,
  CasusFilter,
  VastgelegdeGebeurtenis,
  Route,
  CasusStatus,
  GebeurtenisInhoud,
} from '../../shared/schemas/casus';
import { wachtlijstperiodes, type CasusVoorWachtlijst, type WachtlijstGebeurtenis } from '../../shared/rules/wachtlijst';
import { verloopNa } from '../../shared/casus/verloop';
import { DomeinFout } from '../../shared/errors';
import type { Datum } from '../../shared/time/datum';
import type { Db, Querier } from './db';
import { binnenBereik } from '../auth/bereik';
import { schrijfLogboek } from './logboek';
import { houdWachtlijstperiodesBij, schrijfWachtlijstperiodes } from './wachtlijstperiodes';

export interface CasusRij {
  id: number;
  casusnummer: string;
  gemeente: Gemeente;
  route: Route;
  bsn: string;
  aanmeldingsdatum: Datum;
  status: CasusStatus;
  versie: number;
}

export interface Wie {
  actor: string;
  traceId: string;
  /** Gemeenten the actor may see; a case elsewhere is treated as not existing. */
  gemeenten: readonly Gemeente[];
}

const KOLOMMEN = 'id, casusnummer, gemeente, route, bsn, aanmeldingsdatum, status, versie';

interface GebeurtenisRij {
  volgnummer: number;
  gegevens: GebeurtenisInhoud;
  vastgelegd_door: string;
  vastgelegd_op: string;
}

const alsGebeurtenis = (r: GebeurtenisRij): VastgelegdeGebeurtenis => ({
  ...r.gegevens,
  volgnummer: r.volgnummer,
  vastgelegdDoor: r.vastgelegd_door,
  vastgelegdOp: r.vastgelegd_op,
});

export const nietGevonden = (casusnummer: string): DomeinFout =>
  new DomeinFout('NIET_GEVONDEN', `casus ${casusnummer} bestaat niet, of valt buiten uw gemeenten`, { field: 'casusnummer' });

/** Creates a case with its aanmelding as event 1. */
export async function maakCasus(db: Db, invoer: NieuweCasus & { bsn: string }, wie: Wie): Promise<CasusRij> {
  return db.transaction(async (tx) => {
    const [{ id }] = (await tx.query<{ id: number }>("SELECT nextval('casus_id_seq') AS id")) as [{ id: number }];
    const casusnummer = `BW-${invoer.aanmeldingsdatum.slice(0, 4)}-${String(id).padStart(4, '0')}`;
    const aanmelding: GebeurtenisInhoud = {
      soort: 'aanmelding',
      datum: invoer.aanmeldingsdatum,
      gemeente: invoer.gemeente,
      route: invoer.route,
      ...(invoer.toelichting ? { toelichting: invoer.toelichting } : {}),
    };
    const [rij] = await tx.query<CasusRij>(
      `INSERT INTO casussen (id, casusnummer, gemeente, route, bsn, aanmeldingsdatum, status, versie)
       VALUES ($1, $2, $3, $4, $5, $6, 'aangemeld', 1) RETURNING ${KOLOMMEN}`,
      [id, casusnummer, invoer.gemeente, invoer.route, invoer.bsn, invoer.aanmeldingsdatum],
    );
    await houdWachtlijstperiodesBij(tx, id);
    await tx.query(
      'INSERT INTO gebeurtenissen (casus_id, volgnummer, soort, datum, gegevens, vastgelegd_door) VALUES ($1, 1, $2, $3, $4, $5)',
      [id, 'aanmelding', invoer.aanmeldingsdatum, JSON.stringify(aanmelding), wie.actor],
    );
    await schrijfWachtlijstperiodes(tx, [{ id, periodes: wachtlijstperiodes([{ ...aanmelding, volgnummer: 1 }]) }]);
    await schrijfLogboek(tx, {
      traceId: wie.traceId,
      operatie: 'casus.aanmaken',
      actor: wie.actor,
      casusnummer,
      gemeente: invoer.gemeente,
    });
    return rij!;
  });
}

/** The case, locked for update when asked; 404 when it does not exist or lies outside the actor's gemeenten. */
export async function zoekCasus(q: Querier, casusnummer: string, wie: Wie, voorUpdate = false): Promise<CasusRij> {
  const [rij] = await q.query<CasusRij>(`SELECT ${KOLOMMEN} FROM casussen WHERE casusnummer = $1${voorUpdate ? ' FOR UPDATE' : ''}`, [
    casusnummer,
  ]);
  if (!rij || !binnenBereik(wie.gemeenten, rij.gemeente)) throw nietGevonden(casusnummer);
  return rij;
}

/** The cases of these casusnummers that lie within the actor's gemeenten; the others are left out, as not existing. */
export async function zoekCasussen(q: Querier, casusnummers: readonly string[], wie: Wie): Promise<CasusRij[]> {
  const rijen = await q.query<CasusRij>(`SELECT ${KOLOMMEN} FROM casussen WHERE casusnummer = ANY($1::text[])`, [
    [...new Set(casusnummers)],
  ]);
  return rijen.filter((r) => binnenBereik(wie.gemeenten, r.gemeente));
}

/** The events of many cases in one read, per case id in order. */
export async function gebeurtenissenVanCasussen(q: Querier, casusIds: readonly number[]): Promise<Map<number, VastgelegdeGebeurtenis[]>> {
  const per = new Map<number, VastgelegdeGebeurtenis[]>();
  if (casusIds.length === 0) return per;
  const rijen = await q.query<GebeurtenisRij & { casus_id: number }>(
    'SELECT casus_id, volgnummer, gegevens, vastgelegd_door, vastgelegd_op FROM gebeurtenissen WHERE casus_id = ANY($1::bigint[]) ORDER BY casus_id, volgnummer',
    [[...casusIds]],
  );
  for (const r of rijen) {
    const lijst = per.get(r.casus_id) ?? [];
    lijst.push(alsGebeurtenis(r));
    per.set(r.casus_id, lijst);
  }
  return per;
}

export async function gebeurtenissenVan(q: Querier, casusId: number): Promise<VastgelegdeGebeurtenis[]> {
  const rijen = await q.query<GebeurtenisRij>(
    'SELECT volgnummer, gegevens, vastgelegd_door, vastgelegd_op FROM gebeurtenissen WHERE casus_id = $1 ORDER BY volgnummer',
    [casusId],
  );
  return rijen.map(alsGebeurtenis);
}

/** Reads one case and its events, and logs the read. */
export async function leesCasus(
  db: Db,
  casusnummer: string,
  wie: Wie,
  operatie = 'casus.lezen',
): Promise<{ casus: CasusRij; gebeurtenissen: VastgelegdeGebeurtenis[] }> {
  return db.transaction(async (tx) => {
    const casus = await zoekCasus(tx, casusnummer, wie);
    const gebeurtenissen = await gebeurtenissenVan(tx, casus.id);
    await schrijfLogboek(tx, { traceId: wie.traceId, operatie, actor: wie.actor, casusnummer, gemeente: casus.gemeente });
    return { casus, gebeurtenissen };
  });
}

/** Lists cases in the actor's gemeenten, filtered; no personal data. */
export async function lijstCasussen(db: Db, filter: CasusFilter, wie: Wie): Promise<CasusRij[]> {
  const gemeenten = filter.gemeente ? [filter.gemeente] : [...wie.gemeenten];
  return db.transaction(async (tx) => {
    const rijen = await tx.query<CasusRij>(
      `SELECT ${KOLOMMEN} FROM casussen
       WHERE gemeente = ANY($1::text[]) AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR route = $3)
       ORDER BY id LIMIT $4 OFFSET $5`,
      [gemeenten, filter.status ?? null, filter.route ?? null, filter.limit, filter.offset],
    );
    await schrijfLogboek(tx, {
      traceId: wie.traceId,
      operatie: 'casussen.lijst',
      actor: wie.actor,
      gemeente: filter.gemeente,
      casusnummers: rijen.map((r) => r.casusnummer),
    });
    return rijen;
  });
}

/**
 * Appends an event: one transaction that locks the case, checks the version read by the client, checks the
 * course of the case (shared/casus/verloop.ts), inserts the immutable event and writes the new state (status,
 * gemeente, and the cached waiting-list periods, see wachtlijstperiodes.ts). Stale version → VERSIE_VEROUDERD,
 * nothing written.
 */
export async function voegGebeurtenisToe(
  db: Db,
  casusnummer: string,
  verwachteVersie: number,
  nieuw: NieuweGebeurtenis,
  wie: Wie,
): Promise<{ casus: CasusRij; gebeurtenis: VastgelegdeGebeurtenis }> {
  return db.transaction(async (tx) => {
    const casus = await zoekCasus(tx, casusnummer, wie, true);
    if (casus.versie !== verwachteVersie) {
      throw new DomeinFout(
        'VERSIE_VEROUDERD',
        `de casus is gewijzigd sinds u hem las: u stuurde versie ${verwachteVersie}, de huidige is ${casus.versie}; lees de casus opnieuw en probeer het dan nog eens`,
        { field: 'If-Match' },
        { huidigeVersie: casus.versie },
      );
    }
    const eerder = await gebeurtenissenVan(tx, casus.id);
    const gebeurtenis: VastgelegdeGebeurtenis = {
      ...nieuw,
      volgnummer: casus.versie + 1,
      vastgelegdDoor: wie.actor,
      vastgelegdOp: new Date().toISOString(),
    };
    const verloop = verloopNa(eerder, gebeurtenis);
    await houdWachtlijstperiodesBij(tx, casus.id);
    const [{ vastgelegd_op }] = (await tx.query<{ vastgelegd_op: string }>(
      'INSERT INTO gebeurtenissen (casus_id, volgnummer, soort, datum, gegevens, vastgelegd_door) VALUES ($1, $2, $3, $4, $5, $6) RETURNING vastgelegd_op',
      [casus.id, gebeurtenis.volgnummer, nieuw.soort, nieuw.datum, JSON.stringify(nieuw), wie.actor],
    )) as [{ vastgelegd_op: string }];
    const [bijgewerkt] = await tx.query<CasusRij>(
      `UPDATE casussen SET versie = versie + 1, status = $2, gemeente = $3, gewijzigd_op = now() WHERE id = $1 AND versie = $4 RETURNING ${KOLOMMEN}`,
      [casus.id, verloop.status, verloop.gemeente, verwachteVersie],
    );
    if (!bijgewerkt)
      throw new DomeinFout('VERSIE_VEROUDERD', 'de casus is tegelijk door iemand anders gewijzigd; lees hem opnieuw', {
        field: 'If-Match',
      });
    await schrijfWachtlijstperiodes(tx, [{ id: casus.id, periodes: verloop.wachtlijstperiodes }]);
    await schrijfLogboek(tx, {
      traceId: wie.traceId,
      operatie: `gebeurtenis.${nieuw.soort}`,
      actor: wie.actor,
      casusnummer,
      gemeente: casus.gemeente,
    });
    return { casus: bijgewerkt, gebeurtenis: { ...gebeurtenis, vastgelegdOp: vastgelegd_op } };
  });
}

/** The kinds of event the waiting-list rule looks at; the others are not fetched. */
const WACHTLIJST_SOORTEN = [
  'aanmelding',
  'besluit_indicatie',
  'indicatie_ingetrokken',
  'verhuisd',
  'op_wachtlijst',
  'dienstverband_start',
  'dienstverband_einde',
  'uitgeschreven',
  'opnieuw_aangemeld',
  'ziek_van',
  'ziek_tot',
];

/**
 * The cases that may be on a gemeente's waiting list on the peildatum, with their events up to that date: those
 * with an `op_wachtlijst` event by then, in that gemeente now or ever moved (a move is the only way to change
 * gemeente). The shared rule decides who is on the list. One row per case, its events aggregated as JSON.
 */
export async function wachtlijstKandidaten(q: Querier, gemeente: Gemeente, peildatum: Datum): Promise<CasusVoorWachtlijst[]> {
  const rijen = await q.query<{ id: number; casusnummer: string; gebeurtenissen: WachtlijstGebeurtenis[] | string }>(
    `SELECT c.id, c.casusnummer,
            (SELECT json_agg(g.gegevens || jsonb_build_object('volgnummer', g.volgnummer) ORDER BY g.volgnummer)
               FROM gebeurtenissen g WHERE g.casus_id = c.id AND g.datum <= $2 AND g.soort = ANY($3::text[])) AS gebeurtenissen
     FROM casussen c
     WHERE c.id IN (SELECT w.casus_id FROM gebeurtenissen w WHERE w.soort = 'op_wachtlijst' AND w.datum <= $2)
       AND (c.gemeente = $1 OR EXISTS (SELECT 1 FROM gebeurtenissen v WHERE v.casus_id = c.id AND v.soort = 'verhuisd'))`,
    [gemeente, peildatum, WACHTLIJST_SOORTEN],
  );
  return rijen.map((r) => ({
    casusnummer: r.casusnummer,
    registratievolgorde: r.id,
    gebeurtenissen: typeof r.gebeurtenissen === 'string' ? (JSON.parse(r.gebeurtenissen) as WachtlijstGebeurtenis[]) : r.gebeurtenissen,
  }));
}

/** Cases in the given gemeenten whose UWV advice awaits a decision (no besluit on or after the advice). */
export async function casussenMetOpenBesluit(
  q: Querier,
  gemeenten: readonly Gemeente[],
): Promise<{ casus: CasusRij; gebeurtenissen: VastgelegdeGebeurtenis[] }[]> {
  const casussen = await q.query<CasusRij>(
    `SELECT ${KOLOMMEN} FROM casussen c
     WHERE c.gemeente = ANY($1::text[]) AND EXISTS (
       SELECT 1 FROM gebeurtenissen a WHERE a.casus_id = c.id AND a.soort = 'uwv_advies_ontvangen'
         AND NOT EXISTS (SELECT 1 FROM gebeurtenissen b WHERE b.casus_id = c.id AND b.soort = 'besluit_indicatie' AND b.datum >= a.datum))
     ORDER BY c.id`,
    [[...gemeenten]],
  );
  const per = await gebeurtenissenVanCasussen(
    q,
    casussen.map((c) => c.id),
  );
  return casussen.map((casus) => ({ casus, gebeurtenissen: per.get(casus.id) ?? [] }));
}
