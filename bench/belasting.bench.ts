/**
 * How long other users wait behind the heaviest evaluate the API allows: one controller sends 20,000 calls with the
 * most distinct WACHTLIJSTPOSITIE reads allowed (AVRES_MAX_REGISTERLEZINGEN) while another user reads cases one after
 * the other; their waiting time is printed as a ratio to the same reads on an idle server. PGlite (one connection,
 * the worst case), then PostgreSQL when DATABASE_URL is set. A registry of 30,000 cases, about 970 on a waiting list.
 */
import { leesConfig } from '../functions/config';
import { maakOntwikkeltoken } from '../functions/auth/ontwikkelsleutel';
import { startServer } from '../functions/local-server';
import { maakOmgeving } from '../functions/omgeving';
import { zetLoguitvoer } from '../functions/registry/logboek';
import { werkWachtlijstperiodesBij } from '../functions/registry/wachtlijstperiodes';
import { MAX_AANROEPEN_PER_BATCH } from '../shared/schemas/evaluate';
import { datum } from '../shared/time/datum';
import { spreiding } from './spreiding';
import { vul } from './wachtlijst.bench';

const AANTAL = 30_000;

const mediaan = (xs: number[]): number => spreiding(xs).mediaan;

async function meet(naam: string, env: Record<string, string>, schema?: string): Promise<void> {
  // The reader polls as fast as it can: the per-user rate limit is lifted, the server's own waiting is what is measured.
  const omgeving = await maakOmgeving(leesConfig({ AVRES_AUTH_MODE: 'development', AVRES_VERZOEKEN_PIEK: '1000000', ...env }), {
    inGeheugen: true,
    vandaag: () => datum('2026-11-24'),
    ...(schema ? { schema } : {}),
  });
  const server = await startServer({ omgeving, poort: 0 });
  try {
    await vul(omgeving.db, AANTAL);
    await werkWachtlijstperiodesBij(omgeving.db);
    const wachtenden = await omgeving.db.query<{ casusnummer: string; gemeente: string }>(
      "SELECT casusnummer, gemeente FROM casussen WHERE status = 'wachtlijst' ORDER BY id",
    );
    const zwaar = await maakOntwikkeltoken(omgeving.sleutel!, { sub: 'zwaar', rollen: ['controller'] });
    const ander = await maakOntwikkeltoken(omgeving.sleutel!, { sub: 'ander', rollen: ['casemanager'] });
    const max = omgeving.config.maxRegisterlezingen;
    const calls = Array.from({ length: MAX_AANROEPEN_PER_BATCH }, (_, i) => {
      const c = wachtenden[i % wachtenden.length]!;
      const dag = String(1 + (Math.floor(i / wachtenden.length) % 28)).padStart(2, '0');
      return i < max
        ? { function: 'WACHTLIJSTPOSITIE', args: [c.gemeente, c.casusnummer, `2026-10-${dag}`] }
        : { function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2026-01-01'] };
    });
    const lees = async (i: number): Promise<number> => {
      const t = performance.now();
      const r = await fetch(`${server.url}/cases/${wachtenden[(i * 7919) % wachtenden.length]!.casusnummer}`, {
        headers: { Authorization: `Bearer ${ander}` },
      });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`lezen: ${r.status}`);
      return performance.now() - t;
    };
    for (let i = 0; i < 10; i++) await lees(i);
    const rustig: number[] = [];
    for (let i = 0; i < 40; i++) rustig.push(await lees(i));
    const t0 = performance.now();
    let klaar = false;
    const zwaarVerzoek = fetch(`${server.url}/evaluate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${zwaar}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ calls }),
    }).then(async (r) => {
      const j = (await r.json()) as { results?: unknown[] };
      klaar = true;
      if (r.status !== 200 || j.results?.length !== calls.length) throw new Error(`zwaar verzoek: ${r.status}`);
      return performance.now() - t0;
    });
    const belast: number[] = [];
    for (let i = 0; !klaar; i++) belast.push(await lees(i));
    const duur = await zwaarVerzoek;
    const basis = mediaan(rustig);
    console.log(
      `${naam}: heaviest allowed evaluate (${calls.length} calls, ${max} distinct WACHTLIJSTPOSITIE reads) took ${duur.toFixed(0)} ms; ` +
        `another user's GET /api/cases/{nr} meanwhile: ${belast.length} reads, median ${mediaan(belast).toFixed(1)} ms, worst ${Math.max(...belast).toFixed(1)} ms ` +
        `vs ${basis.toFixed(1)} ms idle → ratio median ${(mediaan(belast) / basis).toFixed(1)}x, worst ${(Math.max(...belast) / basis).toFixed(1)}x`,
    );
  } finally {
    await server.sluit();
    if (schema) await omgeving.db.query(`DROP SCHEMA ${schema} CASCADE`);
    await omgeving.db.close();
  }
}

export default async function belastingBench(): Promise<void> {
  const oud = zetLoguitvoer(() => undefined);
  try {
    await meet('PGlite', {});
    if (!process.env.DATABASE_URL) {
      console.log('PostgreSQL run skipped: DATABASE_URL is not set');
      return;
    }
    await meet('PostgreSQL', { DATABASE_URL: process.env.DATABASE_URL }, `bench_${Date.now().toString(36)}`);
  } finally {
    zetLoguitvoer(oud);
  }
}
