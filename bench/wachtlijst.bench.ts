/**
 * The waiting-list position of one case, and the whole waiting list of one gemeente, in a registry of 100,000 cases
 * (about 3,200 of them on a waiting list, a third per gemeente), on PGlite and, when DATABASE_URL is set, on
 * PostgreSQL. Target for the position: p95 under 20 ms. Seeded with one bulk insert (generate_series), which bypasses
 * the append path, so the cached waiting-list periods are then rebuilt from the events as on start
 * (werkWachtlijstperiodesBij). Each measured call runs what the API runs in one transaction: for a position the case
 * and its events, the shared rule, the count of the cases ahead and the log row; for a list the places read from the
 * periods, numbered by the shared rule, and the log row.
 */
import type { Db } from '../functions/registry/db';
import { openRegistry } from '../functions/registry/open-registry';
import { positieUitRegister, wachtlijstUitRegister } from '../functions/registry/wachtlijsten';
import { schrijfLogboek, zetLoguitvoer } from '../functions/registry/logboek';
import { werkWachtlijstperiodesBij } from '../functions/registry/wachtlijstperiodes';
import { spreiding } from './spreiding';
import { GEMEENTEN, Gemeente } from '../shared/schemas/casus';
import { datum } from '../shared/time/datum';

const AANTAL = 100_000;
const METINGEN = 300;

/** Seeds `aantal` cases with one bulk insert, one in 31 of them on a waiting list (also bench/belasting.bench.ts). */
export async function vul(db: Db, aantal = AANTAL): Promise<void> {
  await db.exec(`
    INSERT INTO casussen (id, casusnummer, gemeente, route, bsn, aanmeldingsdatum, status, versie)
    SELECT i, 'BW-B-' || i, (ARRAY['Gorinchem','Molenlanden','Vijfheerenlanden'])[1 + i % 3], CASE WHEN i % 2 = 0 THEN 'UWV' ELSE 'Avres' END,
           '111222333', date '2025-04-01' + (i % 500), CASE WHEN i % 31 = 0 THEN 'wachtlijst' ELSE 'in_dienst' END, 3
    FROM generate_series(1, ${aantal}) i;
    SELECT setval('casus_id_seq', ${aantal});
    INSERT INTO gebeurtenissen (casus_id, volgnummer, soort, datum, gegevens, vastgelegd_door)
    SELECT i, v, soort, datum, gegevens, 'bench' FROM (
      SELECT i, 1 AS v, 'aanmelding' AS soort, d AS datum,
             jsonb_build_object('soort', 'aanmelding', 'datum', to_char(d, 'YYYY-MM-DD'), 'gemeente', g, 'route', CASE WHEN i % 2 = 0 THEN 'UWV' ELSE 'Avres' END) AS gegevens
      FROM (SELECT i, (ARRAY['Gorinchem','Molenlanden','Vijfheerenlanden'])[1 + i % 3] AS g, date '2025-04-01' + (i % 500) AS d FROM generate_series(1, ${aantal}) i) b
      UNION ALL
      SELECT i, 2, 'besluit_indicatie', d + 30, jsonb_build_object('soort', 'besluit_indicatie', 'datum', to_char(d + 30, 'YYYY-MM-DD'), 'uitkomst', 'toegekend')
      FROM (SELECT i, date '2025-04-01' + (i % 500) AS d FROM generate_series(1, ${aantal}) i) b
      UNION ALL
      SELECT i, 3, CASE WHEN i % 31 = 0 THEN 'op_wachtlijst' ELSE 'dienstverband_start' END, d + 30,
             CASE WHEN i % 31 = 0 THEN jsonb_build_object('soort', 'op_wachtlijst', 'datum', to_char(d + 30, 'YYYY-MM-DD'))
                  ELSE jsonb_build_object('soort', 'dienstverband_start', 'datum', to_char(d + 30, 'YYYY-MM-DD'), 'dienstverband', 'tijdelijk', 'urenPerWeek', 31) END
      FROM (SELECT i, date '2025-04-01' + (i % 500) AS d FROM generate_series(1, ${aantal}) i) b
    ) x;
    ANALYZE;
  `);
}

function percentiel(gesorteerd: number[], p: number): number {
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.ceil((p / 100) * gesorteerd.length) - 1)]!;
}

async function meet(naam: string, db: Db): Promise<void> {
  const t0 = performance.now();
  await vul(db);
  const vulTijd = performance.now() - t0;
  const t1 = performance.now();
  const herbouwd = await werkWachtlijstperiodesBij(db);
  const herbouwTijd = performance.now() - t1;
  const wachtenden = await db.query<{ casusnummer: string; gemeente: Gemeente }>(
    "SELECT casusnummer, gemeente FROM casussen WHERE status = 'wachtlijst' ORDER BY id",
  );
  const wie = { actor: 'bench', traceId: 'bench', gemeenten: GEMEENTEN };
  const tijden: number[] = [];
  for (let i = 0; i < METINGEN + 20; i++) {
    const c = wachtenden[(i * 7919) % wachtenden.length]!;
    const t = performance.now();
    await positieUitRegister(db, c.gemeente, c.casusnummer, datum('2026-11-24'), wie);
    if (i >= 20) tijden.push(performance.now() - t);
  }
  tijden.sort((a, b) => a - b);
  const p95 = percentiel(tijden, 95);
  console.log(
    `wachtlijstpositie in ${AANTAL} casussen (${wachtenden.length} op een wachtlijst) on ${naam}: ${spreiding(tijden).tekst} ms, p95 ${p95.toFixed(1)} ms (target p95 < 20 ms${p95 < 20 ? ', met' : ', NOT met'}); seeded in ${(vulTijd / 1000).toFixed(1)} s, waiting-list periods of ${herbouwd} cases rebuilt in ${(herbouwTijd / 1000).toFixed(1)} s`,
  );
  const lijsttijden: number[] = [];
  let regels = 0;
  for (let i = 0; i < METINGEN + 20; i++) {
    const gemeente = GEMEENTEN[i % GEMEENTEN.length]!;
    const t = performance.now();
    const lijst = await db.transaction(async (tx) => {
      const r = await wachtlijstUitRegister(tx, gemeente, datum('2026-11-24'));
      await schrijfLogboek(tx, { traceId: wie.traceId, operatie: 'wachtlijst.lezen', actor: wie.actor, gemeente, aantal: r.waarde.length });
      return r;
    });
    if (i >= 20) {
      lijsttijden.push(performance.now() - t);
      regels += lijst.waarde.length;
    }
  }
  lijsttijden.sort((a, b) => a - b);
  console.log(
    `wachtlijst van één gemeente in ${AANTAL} casussen (gemiddeld ${Math.round(regels / METINGEN)} regels) on ${naam}: ${spreiding(lijsttijden).tekst} ms, p95 ${percentiel(lijsttijden, 95).toFixed(1)} ms`,
  );
  console.log(
    `  ratio position p95/target (20 ms) on ${naam}: ${(p95 / 20).toFixed(2)}x; ratio whole list/one position (medians): ${(spreiding(lijsttijden).mediaan / spreiding(tijden).mediaan).toFixed(1)}x`,
  );
}

export default async function wachtlijstBench(): Promise<void> {
  const oud = zetLoguitvoer(() => undefined);
  try {
    const pglite = await openRegistry();
    try {
      await meet('PGlite', pglite);
    } finally {
      await pglite.close();
    }
    if (!process.env.DATABASE_URL) {
      console.log('PostgreSQL run skipped: DATABASE_URL is not set');
      return;
    }
    const schema = `bench_${Date.now().toString(36)}`;
    const pg = await openRegistry({ databaseUrl: process.env.DATABASE_URL, schema });
    try {
      await meet('PostgreSQL', pg);
    } finally {
      await pg.query(`DROP SCHEMA ${schema} CASCADE`);
      await pg.close();
    }
  } finally {
    zetLoguitvoer(oud);
  }
}
