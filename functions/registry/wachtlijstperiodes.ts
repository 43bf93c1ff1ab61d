/**
 * The waiting-list periods of the cases (migration 002): a cache of the shared rule, so that the position of one
 * case is one indexed count, and the whole list of a gemeente one indexed read, instead of a fold over every
 * candidate case of its gemeente.
 *
 * Why this is not a second truth (ARCHITECTURE: derived facts are never stored as one):
 * - The rows are computed by the same rule, `wachtlijstperiodes` over `wachtlijstStand` (shared/rules/wachtlijst.ts),
 *   from the case's events, and rewritten in the same transaction as every event append (`schrijfWachtlijstperiodes`).
 * - Any insert of events marks its cases stale (a trigger on `gebeurtenissen`), also when a writer bypasses the append
 *   path, unless the transaction announced that it rewrites that case's periods itself (`houdWachtlijstperiodesBij`);
 *   while any case is marked, `wachtlijstVoorgangersVan` and `wachtlijstUitPeriodes` answer null and the caller folds
 *   the events instead.
 * - `werkWachtlijstperiodesBij` rebuilds every marked case from its events; `openRegistry` runs it on start (migration
 *   002 marks every existing case), and a bulk load that writes events with SQL should run it afterwards.
 * - test/functions/wachtlijstperiodes.test.ts compares the fast path with the pure rule over generated registries
 *   and peildata, on PGlite and PostgreSQL.
 * Periods cover every peildatum, past and future: an event dated ahead (op_wachtlijst next week) starts its period
 * on that date, so it does not count today.
 */
import { Wachtlijstperiode, WachtlijstGebeurtenis, WachtlijstPlek, Voorgangers, wachtlijstperiodes } from '../../shared/rules/wachtlijst';
import type { Gemeente } from '../../shared/schemas/casus';
import type { Datum } from '../../shared/time/datum';
import type { Db, Querier } from './db';

/**
 * Announces, before inserting an event of case `casusId`, that this transaction rewrites that case's periods itself
 * (`schrijfWachtlijstperiodes`), so the insert does not mark it stale. Only for that one case, until the transaction ends.
 */
export async function houdWachtlijstperiodesBij(q: Querier, casusId: number): Promise<void> {
  await q.query("SELECT set_config('avres.wachtlijstperiodes_van_casus', $1, true)", [String(casusId)]);
}

const KOLOMMEN = 'casus_id, geldig_vanaf, geldig_tot, gemeente, ingangsdatum, grond, ziek';
const NIEUW = `unnest($1::bigint[], $2::date[], $3::date[], $4::text[], $5::date[], $6::text[], $7::boolean[]) AS n (${KOLOMMEN})`;

/**
 * Rewrites the periods of the given cases (computed by the rule from their full event histories) and clears their
 * stale marks. Rows that stay the same are left alone (most appends do not change a case's periods), so the table
 * does not fill with dead rows.
 */
export async function schrijfWachtlijstperiodes(
  q: Querier,
  casussen: readonly { id: number; periodes: readonly Wachtlijstperiode[] }[],
): Promise<void> {
  const ids = casussen.map((c) => c.id);
  const rijen: (Wachtlijstperiode & { id: number })[] = casussen.flatMap((c) => c.periodes.map((p) => ({ ...p, id: c.id })));
  const kolommen = [
    rijen.map((r) => r.id),
    rijen.map((r) => r.vanaf),
    rijen.map((r) => r.tot),
    rijen.map((r) => r.gemeente),
    rijen.map((r) => r.ingangsdatum),
    rijen.map((r) => r.grond),
    rijen.map((r) => r.ziek),
  ];
  await q.query(
    `DELETE FROM wachtlijstperiodes w WHERE w.casus_id = ANY($8::bigint[]) AND NOT EXISTS (
       SELECT 1 FROM ${NIEUW}
       WHERE (n.casus_id, n.geldig_vanaf, n.gemeente, n.ingangsdatum, n.grond, n.ziek) = (w.casus_id, w.geldig_vanaf, w.gemeente, w.ingangsdatum, w.grond, w.ziek)
         AND n.geldig_tot IS NOT DISTINCT FROM w.geldig_tot)`,
    [...kolommen, ids],
  );
  // What is left of a case's rows equals one of the new rows, so a conflict on (casus_id, geldig_vanaf) is that row.
  if (rijen.length > 0)
    await q.query(`INSERT INTO wachtlijstperiodes (${KOLOMMEN}) SELECT * FROM ${NIEUW} ON CONFLICT DO NOTHING`, kolommen);
  await q.query('DELETE FROM wachtlijstperiodes_verouderd WHERE casus_id = ANY($1::bigint[])', [ids]);
}

/**
 * Rebuilds the periods of every case marked stale, from its events, in batches of `partij` cases, each batch in its
 * own transaction with the cases locked (a concurrent append of one of them waits, or is skipped here and rewrites
 * the periods itself). Returns the number of cases rebuilt.
 */
export async function werkWachtlijstperiodesBij(db: Db, partij = 2000): Promise<number> {
  let totaal = 0;
  for (;;) {
    const aantal = await db.transaction(async (tx) => {
      const ids = (
        await tx.query<{ id: number }>(
          `SELECT c.id FROM casussen c JOIN wachtlijstperiodes_verouderd v ON v.casus_id = c.id
         ORDER BY c.id LIMIT $1 FOR UPDATE OF c SKIP LOCKED`,
          [partij],
        )
      ).map((r) => r.id);
      if (ids.length === 0) return 0;
      const rijen = await tx.query<{ casus_id: number; volgnummer: number; gegevens: WachtlijstGebeurtenis }>(
        'SELECT casus_id, volgnummer, gegevens FROM gebeurtenissen WHERE casus_id = ANY($1::bigint[]) ORDER BY casus_id, volgnummer',
        [ids],
      );
      const per = new Map<number, WachtlijstGebeurtenis[]>(ids.map((id) => [id, []]));
      for (const r of rijen) per.get(r.casus_id)!.push({ ...r.gegevens, volgnummer: r.volgnummer });
      await schrijfWachtlijstperiodes(
        tx,
        [...per].map(([id, gebeurtenissen]) => ({ id, periodes: wachtlijstperiodes(gebeurtenissen) })),
      );
      return ids.length;
    });
    if (aantal === 0) break;
    totaal += aantal;
  }
  // The rebuild deletes as many marks as it rebuilt: reclaim them now, so the check for marks stays a scan of an
  // empty table (PGlite, one backend without a postmaster, runs no autovacuum), and give the planner the new size of the periods.
  if (totaal > 0) await db.exec('VACUUM (ANALYZE) wachtlijstperiodes_verouderd, wachtlijstperiodes');
  return totaal;
}

/**
 * Counts, for each question, the cases ahead of case `casusId` (with this ingangsdatum) on the list of `gemeente` on
 * the peildatum: periods containing the peildatum with an earlier ingangsdatum, or the same and an earlier
 * registration. One statement for all questions (an evaluate batch). Null when some case is marked stale: the periods
 * cannot be trusted then, and the caller folds the events instead.
 */
export async function wachtlijstVoorgangersVan(
  q: Querier,
  vragen: readonly { gemeente: Gemeente; peildatum: Datum; ingangsdatum: Datum; casusId: number }[],
): Promise<Voorgangers[] | null> {
  if (vragen.length === 0) return [];
  // The mark check is the first row (i = 0), so it shares the snapshot of the counts.
  const rijen = await q.query<{ i: number; aantal: number; ziek: number; verouderd: boolean }>(
    `SELECT 0 AS i, 0 AS aantal, 0 AS ziek, EXISTS (SELECT 1 FROM wachtlijstperiodes_verouderd) AS verouderd
     UNION ALL
     SELECT v.i, t.aantal, t.ziek, false
     FROM unnest($1::text[], $2::date[], $3::date[], $4::bigint[]) WITH ORDINALITY AS v (gemeente, peildatum, ingangsdatum, casus_id, i)
     CROSS JOIN LATERAL (
       SELECT count(*) AS aantal, count(*) FILTER (WHERE p.ziek) AS ziek FROM wachtlijstperiodes p
       WHERE p.gemeente = v.gemeente AND (p.ingangsdatum, p.casus_id) < (v.ingangsdatum, v.casus_id) AND p.casus_id <> v.casus_id
         AND p.geldig_vanaf <= v.peildatum AND (p.geldig_tot IS NULL OR p.geldig_tot > v.peildatum)) t
     ORDER BY i`,
    [vragen.map((v) => v.gemeente), vragen.map((v) => v.peildatum), vragen.map((v) => v.ingangsdatum), vragen.map((v) => v.casusId)],
  );
  if (rijen[0]!.verouderd) return null;
  return rijen.slice(1).map((r) => ({ aantal: r.aantal, ziek: r.ziek }));
}

/**
 * The places on the list of `gemeente` on the peildatum, in the order of the rule: the periods containing the
 * peildatum, oldest ingangsdatum first, ties by registration (the case id), read along the index. Null when some
 * case is marked stale (checked in the same statement, so on the same snapshot): the caller folds the events instead.
 */
export async function wachtlijstUitPeriodes(q: Querier, gemeente: Gemeente, peildatum: Datum): Promise<WachtlijstPlek[] | null> {
  // The mark check is the one row on the left, so an empty list still answers whether the cache can be trusted; a
  // row without casusnummer is that row alone (no period matched). A case's periods do not overlap: one row per case.
  // The casusnummer is looked up per row by primary key (a join lets the planner hash all of casussen instead).
  const rijen = await q.query<Omit<WachtlijstPlek, 'casusnummer'> & { verouderd: boolean; casusnummer: string | null }>(
    `SELECT v.verouderd, (SELECT c.casusnummer FROM casussen c WHERE c.id = p.casus_id) AS casusnummer, p.ingangsdatum, p.grond, p.ziek
     FROM (SELECT EXISTS (SELECT 1 FROM wachtlijstperiodes_verouderd) AS verouderd) v
     LEFT JOIN wachtlijstperiodes p
       ON NOT v.verouderd AND p.gemeente = $1
      AND p.geldig_vanaf <= $2::date AND (p.geldig_tot IS NULL OR p.geldig_tot > $2::date)
     ORDER BY p.ingangsdatum, p.casus_id`,
    [gemeente, peildatum],
  );
  if (!rijen[0] || rijen[0].verouderd) return null;
  return rijen.flatMap(({ casusnummer, ingangsdatum, grond, ziek }) =>
    casusnummer === null ? [] : [{ casusnummer, ingangsdatum, grond, ziek }],
  );
}
