/**
 * The parameter register in the registry: a beheerder records a dated value of a legal figure, a second beheerder
 * approves it, and from then on every evaluation uses it (shared/parameters/register.ts says what the entries mean).
 * Rows are immutable (migration 310): a withdrawal or correction is a new entry that references the old one. The
 * effective figure set is built once per state of the approvals and cached; its version travels in X-Avres-Parameters.
 */
import { createHash } from 'node:crypto';
import { basisParameters, type Parameters } from '../../shared/parameters';
import {
  aflopendeReeksen,
  effectieveParameters,
  geldendeBoekingen,
  leesRegisterwaarde,
  recordbareReeksen,
  type GoedgekeurdeWaarde,
  type NieuweParameterwaarde,
} from '../../shared/parameters/register';
import type { Artikelbron } from '../../shared/bron';
import type { ParameterStatus } from '../../shared/parameters/status';
import { DomeinFout } from '../../shared/errors';
import type { Datum } from '../../shared/time/datum';
import type { Db, Querier } from './db';
import { schrijfLogboek } from './logboek';

/** The version of the shipped figures: a digest of every baseline series. */
export const BASISVERSIE = createHash('sha256').update(JSON.stringify(basisParameters)).digest('hex').slice(0, 16);

interface BoekingRij {
  id: number;
  soort: 'waarde' | 'correctie' | 'intrekking';
  vervangt: number | null;
  reeks: string;
  geldig_vanaf: Datum;
  waarde: unknown;
  status: ParameterStatus | null;
  publicatie: string;
  artikel: Artikelbron | null;
  toelichting: string | null;
  vastgelegd_door: string;
  vastgelegd_op: string;
  goedgekeurd_door: string | null;
  goedgekeurd_op: string | null;
}

/** One register entry as the API shows it. */
export interface Parameterboeking {
  id: number;
  soort: BoekingRij['soort'];
  vervangt?: number;
  reeks: string;
  geldigVanaf: Datum;
  waarde?: unknown;
  status?: ParameterStatus;
  publicatie: string;
  artikel?: Artikelbron;
  toelichting?: string;
  vastgelegdDoor: string;
  vastgelegdOp: string;
  goedgekeurdDoor?: string;
  goedgekeurdOp?: string;
  /** Approved and neither withdrawn nor corrected: the value counts. */
  geldend: boolean;
}

export interface Meta {
  actor: string;
  traceId: string;
}

const alsBoeking = (r: BoekingRij, geldend: Set<number>): Parameterboeking => ({
  id: r.id,
  soort: r.soort,
  ...(r.vervangt !== null ? { vervangt: r.vervangt } : {}),
  reeks: r.reeks,
  geldigVanaf: r.geldig_vanaf,
  ...(r.waarde !== null ? { waarde: r.waarde } : {}),
  ...(r.status !== null ? { status: r.status } : {}),
  publicatie: r.publicatie,
  ...(r.artikel !== null ? { artikel: r.artikel } : {}),
  ...(r.toelichting !== null ? { toelichting: r.toelichting } : {}),
  vastgelegdDoor: r.vastgelegd_door,
  vastgelegdOp: r.vastgelegd_op,
  ...(r.goedgekeurd_door !== null ? { goedgekeurdDoor: r.goedgekeurd_door, goedgekeurdOp: r.goedgekeurd_op! } : {}),
  geldend: geldend.has(r.id),
});

const ALLE_BOEKINGEN = `SELECT b.*, g.goedgekeurd_door, g.goedgekeurd_op FROM parameterboekingen b
  LEFT JOIN parametergoedkeuringen g ON g.boeking_id = b.id`;

/** Every entry of the register, oldest first, each marked whether it counts. */
export async function parameterboekingen(q: Querier): Promise<Parameterboeking[]> {
  const rijen = await q.query<BoekingRij>(`${ALLE_BOEKINGEN} ORDER BY b.id`);
  const geldend = geldendeBoekingen(
    rijen.map((r) => ({
      id: r.id,
      soort: r.soort,
      goedgekeurd: r.goedgekeurd_door !== null,
      leesbaar: r.soort === 'intrekking' || leesRegisterwaarde(r.reeks, r.waarde).fouten === undefined,
      ...(r.vervangt !== null ? { vervangt: r.vervangt } : {}),
    })),
  );
  return rijen.map((r) => alsBoeking(r, geldend));
}

function gelezenWaarde(invoer: NieuweParameterwaarde): void {
  if (!recordbareReeksen(basisParameters).includes(invoer.reeks)) {
    throw new DomeinFout(
      'ONGELDIGE_INVOER',
      `onbekende reeks "${invoer.reeks}"; kies uit: ${recordbareReeksen(basisParameters).join(', ')}`,
      {
        field: 'reeks',
      },
    );
  }
  const r = leesRegisterwaarde(invoer.reeks, invoer.waarde);
  if (r.fouten) throw new DomeinFout('ONGELDIGE_INVOER', r.fouten[0]!.message, { field: r.fouten[0]!.field });
}

async function vervangbaar(tx: Querier, id: number): Promise<BoekingRij> {
  const [rij] = await tx.query<BoekingRij>(`${ALLE_BOEKINGEN} WHERE b.id = $1 FOR UPDATE OF b`, [id]);
  if (!rij) throw new DomeinFout('NIET_GEVONDEN', `parameterwaarde ${id} bestaat niet`, { field: 'id' });
  if (rij.soort === 'intrekking')
    throw new DomeinFout('AL_BEHANDELD', `boeking ${id} is een intrekking; die vervangt u niet`, { field: 'id' });
  const [vervanger] = await tx.query<{ id: number }>(
    'SELECT b.id FROM parameterboekingen b JOIN parametergoedkeuringen g ON g.boeking_id = b.id WHERE b.vervangt = $1',
    [id],
  );
  if (vervanger)
    throw new DomeinFout('AL_BEHANDELD', `parameterwaarde ${id} is al vervangen door boeking ${vervanger.id}`, { field: 'id' });
  return rij;
}

async function voegToe(
  tx: Querier,
  b: Omit<BoekingRij, 'id' | 'vastgelegd_door' | 'vastgelegd_op' | 'goedgekeurd_door' | 'goedgekeurd_op'>,
  meta: Meta,
): Promise<Parameterboeking> {
  const [rij] = await tx.query<BoekingRij>(
    `INSERT INTO parameterboekingen (soort, vervangt, reeks, geldig_vanaf, waarde, status, publicatie, artikel, toelichting, vastgelegd_door)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *, NULL AS goedgekeurd_door, NULL AS goedgekeurd_op`,
    [
      b.soort,
      b.vervangt,
      b.reeks,
      b.geldig_vanaf,
      b.waarde === null ? null : JSON.stringify(b.waarde),
      b.status,
      b.publicatie,
      b.artikel === null ? null : JSON.stringify(b.artikel),
      b.toelichting,
      meta.actor,
    ],
  );
  await schrijfLogboek(tx, { traceId: meta.traceId, operatie: `parameters.${b.soort}`, actor: meta.actor });
  return alsBoeking(rij!, new Set());
}

/**
 * Records a dated value (or, with `vervangt`, a correction of an earlier entry); it counts once another beheerder
 * approves it.
 */
export async function legParameterwaardeVast(
  db: Db,
  invoer: NieuweParameterwaarde,
  meta: Meta,
  vervangt?: number,
): Promise<Parameterboeking> {
  gelezenWaarde(invoer);
  return db.transaction(async (tx) => {
    if (vervangt !== undefined) {
      const oud = await vervangbaar(tx, vervangt);
      if (oud.reeks !== invoer.reeks)
        throw new DomeinFout('ONGELDIGE_INVOER', `een correctie blijft in dezelfde reeks (${oud.reeks})`, { field: 'reeks' });
    }
    return voegToe(
      tx,
      {
        soort: vervangt === undefined ? 'waarde' : 'correctie',
        vervangt: vervangt ?? null,
        reeks: invoer.reeks,
        geldig_vanaf: invoer.geldigVanaf,
        waarde: invoer.waarde,
        status: invoer.status,
        publicatie: invoer.publicatie,
        artikel: invoer.artikel as Artikelbron,
        toelichting: invoer.toelichting ?? null,
      },
      meta,
    );
  });
}

/** Records the withdrawal of an entry; once approved the withdrawn value no longer counts. */
export async function trekParameterwaardeIn(
  db: Db,
  id: number,
  reden: { publicatie: string; toelichting?: string },
  meta: Meta,
): Promise<Parameterboeking> {
  return db.transaction(async (tx) => {
    const oud = await vervangbaar(tx, id);
    return voegToe(
      tx,
      {
        soort: 'intrekking',
        vervangt: id,
        reeks: oud.reeks,
        geldig_vanaf: oud.geldig_vanaf,
        waarde: null,
        status: null,
        publicatie: reden.publicatie,
        artikel: null,
        toelichting: reden.toelichting ?? null,
      },
      meta,
    );
  });
}

/** Approves an entry of another beheerder (four eyes); from then on it counts (or its withdrawal or correction does). */
export async function keurParameterwaardeGoed(db: Db, id: number, meta: Meta): Promise<Parameterboeking> {
  return db.transaction(async (tx) => {
    const [rij] = await tx.query<BoekingRij>(`${ALLE_BOEKINGEN} WHERE b.id = $1 FOR UPDATE OF b`, [id]);
    if (!rij) throw new DomeinFout('NIET_GEVONDEN', `parameterwaarde ${id} bestaat niet`, { field: 'id' });
    if (rij.vastgelegd_door === meta.actor) {
      throw new DomeinFout('VIER_OGEN', 'vier ogen: u hebt deze waarde zelf vastgelegd; een andere beheerder moet haar goedkeuren', {
        field: 'id',
      });
    }
    if (rij.goedgekeurd_door !== null) throw new DomeinFout('AL_BEHANDELD', `boeking ${id} is al goedgekeurd`, { field: 'id' });
    const [vervanger] = await tx.query<{ id: number }>(
      'SELECT b.id FROM parameterboekingen b JOIN parametergoedkeuringen g ON g.boeking_id = b.id WHERE b.vervangt = $1',
      [id],
    );
    if (vervanger) throw new DomeinFout('AL_BEHANDELD', `boeking ${id} is al vervangen door boeking ${vervanger.id}`, { field: 'id' });
    if (rij.vervangt !== null) await vervangbaar(tx, rij.vervangt);
    const [goedkeuring] = await tx.query<{ goedgekeurd_op: string }>(
      'INSERT INTO parametergoedkeuringen (boeking_id, goedgekeurd_door) VALUES ($1, $2) RETURNING goedgekeurd_op',
      [id, meta.actor],
    );
    await schrijfLogboek(tx, { traceId: meta.traceId, operatie: 'parameters.goedkeuren', actor: meta.actor });
    return alsBoeking(
      { ...rij, goedgekeurd_door: meta.actor, goedgekeurd_op: goedkeuring!.goedgekeurd_op },
      new Set(rij.soort === 'intrekking' ? [] : [id]),
    );
  });
}

/** The figures every evaluation uses: the baseline plus the approved values, with the version that names them. */
export interface EffectieveSet {
  versie: string;
  parameters: Parameters;
  /** The register entries that count, as `effectieveParameters` reads them. */
  waarden: GoedgekeurdeWaarde[];
}

const sets = new Map<string, EffectieveSet>();

function waardenVan(boekingen: readonly Parameterboeking[]): GoedgekeurdeWaarde[] {
  return boekingen
    .filter((b) => b.geldend)
    .map((b) => ({
      id: b.id,
      reeks: b.reeks,
      geldigVanaf: b.geldigVanaf,
      waarde: b.waarde,
      status: b.status!,
      publicatie: b.publicatie,
      artikel: b.artikel!,
    }));
}

/**
 * The effective figure set now. Approvals are append-only, so their number and the time of the last one identify
 * the state of the register (also across the databases of one process): one small query per call, and the set is
 * built only when it changed. The version is a digest of the baseline's version and that state.
 */
export async function effectieveSet(q: Querier): Promise<EffectieveSet> {
  const [stand] = await q.query<{ aantal: number; laatste: string | null }>(
    'SELECT count(*)::int AS aantal, max(goedgekeurd_op) AS laatste FROM parametergoedkeuringen',
  );
  if (!stand || stand.aantal === 0) return { versie: BASISVERSIE, parameters: basisParameters, waarden: [] };
  const sleutel = `${stand.aantal}@${stand.laatste}`;
  const bekend = sets.get(sleutel);
  if (bekend) return bekend;
  const waarden = waardenVan(await parameterboekingen(q));
  const set = {
    versie: createHash('sha256').update(`${BASISVERSIE}:${sleutel}`).digest('hex').slice(0, 16),
    parameters: effectieveParameters(basisParameters, waarden),
    waarden,
  };
  // Why a bound: a long-running host sees one state per approval; old states are never asked for again.
  if (sets.size >= 20) sets.clear();
  sets.set(sleutel, set);
  return set;
}

/** Days before the end of a series' known range from which it is signalled (issue 9: tell users before the edge). */
export const SIGNAALDAGEN = 60;

/** The daily timer: records today's series whose known range ends within SIGNAALDAGEN days (idempotent per day). */
export async function registreerParametersignalen(db: Db, vandaag: Datum, traceId: string): Promise<number> {
  const { parameters } = await effectieveSet(db);
  const signalen = aflopendeReeksen(parameters, vandaag, SIGNAALDAGEN);
  await db.transaction(async (tx) => {
    for (const s of signalen) {
      await tx.query(
        `INSERT INTO parametersignalen (peildatum, reeks, bekend_tot) VALUES ($1, $2, $3)
         ON CONFLICT (peildatum, reeks) DO UPDATE SET bekend_tot = EXCLUDED.bekend_tot`,
        [vandaag, s.reeks, s.bekendTot],
      );
    }
    await schrijfLogboek(tx, { traceId, operatie: 'parameters.signaal', actor: 'systeem:timer', aantal: signalen.length });
  });
  return signalen.length;
}

/** The signals the timer recorded on its latest run. */
export async function laatsteParametersignalen(q: Querier): Promise<{ peildatum: Datum; reeks: string; bekendTot: Datum }[]> {
  const rijen = await q.query<{ peildatum: Datum; reeks: string; bekend_tot: Datum }>(
    'SELECT peildatum, reeks, bekend_tot FROM parametersignalen WHERE peildatum = (SELECT max(peildatum) FROM parametersignalen) ORDER BY bekend_tot, reeks',
  );
  return rijen.map((r) => ({ peildatum: r.peildatum, reeks: r.reeks, bekendTot: r.bekend_tot }));
}
