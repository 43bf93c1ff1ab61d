/**
 * POST /api/evaluate over loopback (a real HTTP server, JSON both ways, token validation) beside the in-process
 * catalogue, in the same run, for batches of 1,000 and 10,000 calls. Target: within 2x for 10,000 calls.
 * Measured three ways: values only (`"steps": false`, what the add-in sends for cells), with the steps written out
 * per result (the contract's default, 6 MB for 10,000 calls) and with the step table (`"stepTable": true`: every
 * distinct step once, results refer by index). The client accepts gzip and br as fetch does, so answers travel
 * compressed; the time includes reading the answer's JSON on the client.
 */
import { evalueerBatch } from '../shared/catalogue/evalueer';
import { datum } from '../shared/time/datum';
import { leesConfig } from '../functions/config';
import { maakOntwikkeltoken } from '../functions/auth/ontwikkelsleutel';
import { startServer } from '../functions/local-server';
import { maakOmgeving } from '../functions/omgeving';
import { zetLoguitvoer } from '../functions/registry/logboek';
import { spreiding } from './spreiding';

const VOORBEELDEN = [
  { function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2026-01-01'] },
  { function: 'BESLISTERMIJN', args: ['2026-03-02'] },
  { function: 'PRAKTIJKTOETS_EINDE', args: ['2026-03-01', 3] },
  { function: 'WML', args: ['2026-01-01'] },
  { function: 'LOONKOSTENSUBSIDIE', args: [1.5, 36, '2026-01-01'] },
];

const batch = (n: number) => Array.from({ length: n }, (_, i) => VOORBEELDEN[i % VOORBEELDEN.length]!);

const RUNS = 7;

async function tijd(f: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

export default async function apiBench(): Promise<void> {
  const oud = zetLoguitvoer(() => undefined);
  const omgeving = await maakOmgeving(leesConfig({ AVRES_AUTH_MODE: 'development' }), { inGeheugen: true });
  const server = await startServer({ omgeving, poort: 0 });
  const token = await maakOntwikkeltoken(omgeving.sleutel!);
  try {
    for (const [n, stappen, stapTabel] of [
      [1000, false, false],
      [10000, false, false],
      [1000, true, false],
      [10000, true, false],
      [1000, true, true],
      [10000, true, true],
    ] as const) {
      const calls = batch(n);
      const body = JSON.stringify({ calls, steps: stappen, stepTable: stapTabel });
      let bytes = 0;
      const overHttp = async () => {
        const r = await fetch(`${server.url}/evaluate`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Accept-Encoding': 'br, gzip' },
          body,
        });
        bytes = Number(r.headers.get('content-length') ?? 0);
        const j = (await r.json()) as { results: unknown[] };
        if (j.results.length !== n) throw new Error('onvolledig antwoord');
      };
      const inProces = () => evalueerBatch(calls, { vandaag: datum('2026-11-24') }, { stappen });
      await overHttp();
      await inProces();
      // Alternated, so both sides of each ratio share the machine's moment.
      const api: number[] = [];
      const lokaal: number[] = [];
      const ratio: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        api.push(await tijd(overHttp));
        lokaal.push(await tijd(inProces));
        ratio.push(api[i]! / lokaal[i]!);
      }
      const soort = stapTabel ? 'with step table' : stappen ? 'with steps' : 'values only';
      const doel = n === 10000 && !(stappen && !stapTabel) ? ` (target ≤ ${stappen ? '2' : '1.5'}x)` : '';
      console.log(
        `evaluate ${n} calls, ${soort}, ${bytes.toLocaleString('en')} bytes br on the wire: API ${spreiding(api, 0).tekst} ms, in-process ${spreiding(lokaal, 0).tekst} ms`,
      );
      console.log(`  ratio API/in-process: ${spreiding(ratio, 2).tekst}x${doel}`);
    }
  } finally {
    await server.sluit();
    await omgeving.db.close();
    zetLoguitvoer(oud);
  }
}
