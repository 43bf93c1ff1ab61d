/**
 * POST /api/evaluate over loopback (a real HTTP server, JSON both ways, token validation) beside the in-process
 * catalogue, in the same run, for batches of 1,000 and 10,000 seeded random LKS calls (distinct inputs, so no cache
 * flatters either side). Target (issue 12) for 10,000 calls: values only ≤ 1.5x in-process, with the step table ≤ 2x.
 * Measured three ways: values only (`"steps": false`, what the add-in sends for cells), with the steps written out
 * per result (the contract's default) and with the step table (`"stepTable": true`: every distinct step once,
 * results refer by index). The client is fetch in a process of its own (http-klant.ts), as every real client is; it
 * accepts gzip and br, so answers travel compressed; the time includes reading the answer's JSON on the client. Each figure is a ratio against two in-process baselines: the
 * bare `evalueerBatch` (with the step table: evaluated into a table), and the text-to-text path (parse the same body,
 * evaluate, write the same answer text).
 *
 * For the batches of 10,000 it also prints where the API's time goes, each phase timed apart in this process with the
 * server's own code (reading the request's JSON, evaluating, writing the answer, brotli as `verpak` does it, the
 * client's brotli and JSON.parse), the rest being the transport and scheduling; and the lower bound that reading the
 * request and evaluating alone set on the ratio, before any byte travels. The API streams these answers (no call
 * reads the registry), so writing, brotli and the transport partly run while the batch is evaluated: the rest is
 * what was not hidden that way, and the client's time to the answer's headers shows when the first bytes came.
 */
import { request } from 'node:http';
import { promisify } from 'node:util';
import { brotliDecompress } from 'node:zlib';
import { verpak } from '../functions/compressie';
import { batchAntwoordJson, evalueerBatch } from '../shared/catalogue/evalueer';
import { StapTabel } from '../shared/catalogue/staptabel';
import { datum } from '../shared/time/datum';
import { leesConfig } from '../functions/config';
import { maakOntwikkeltoken } from '../functions/auth/ontwikkelsleutel';
import { startServer } from '../functions/local-server';
import { maakOmgeving } from '../functions/omgeving';
import { zetLoguitvoer } from '../functions/registry/logboek';
import { alsLksAanroep, lksInvoerGenerator } from '../test/support/lks-invoer';
import { startHttpKlant } from './http-klant';
import { spreiding, tijd } from './spreiding';

const RUNS = 7;
const ontpak = promisify(brotliDecompress);
const ctx = { vandaag: datum('2026-11-24') };

/** The answer's compressed size as it travels (fetch hides it, and a streamed answer has no Content-Length). */
function bytesOpDeDraad(url: string, token: string, body: string): Promise<number> {
  return new Promise((ok, fout) => {
    const req = request(
      url,
      { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Accept-Encoding': 'br' } },
      (res) => {
        let bytes = 0;
        res.on('data', (stuk: Buffer) => (bytes += stuk.length));
        res.on('end', () => ok(bytes));
        res.on('error', fout);
      },
    );
    req.on('error', fout);
    req.end(body);
  });
}

/**
 * The API's phases for one batch, each timed apart (medians of RUNS), beside the API's median; the evaluation's is
 * the in-process median of the same run.
 */
async function waarGaatDeTijdHeen(
  body: string,
  calls: { function: string; args: unknown[] }[],
  opties: { stappen: boolean; nieuweTabel: () => StapTabel | undefined },
  mediaanVan: { api: number; evaluatie: number },
): Promise<void> {
  const mediaan = async (f: () => unknown): Promise<number> => {
    const t: number[] = [];
    for (let i = 0; i < RUNS; i++) t.push(await tijd(f, false));
    return spreiding(t).mediaan;
  };
  const eenTabel = opties.nieuweTabel();
  const results = await evalueerBatch(calls, ctx, { stappen: opties.stappen, stapTabel: eenTabel });
  const antwoord = batchAntwoordJson(results, undefined, { stapTabel: eenTabel });
  const gepakt = (await verpak(antwoord, 'br')).body as Buffer;
  const fasen = {
    'JSON.parse of the request': await mediaan(() => JSON.parse(body)),
    evaluate: mediaanVan.evaluatie,
    'write the answer': await mediaan(() => Buffer.byteLength(batchAntwoordJson(results, undefined, { stapTabel: eenTabel }))),
    brotli: await mediaan(() => verpak(antwoord, 'br')),
    "client's brotli and JSON.parse": await mediaan(async () => JSON.parse((await ontpak(gepakt)).toString())),
  };
  const samen = Object.values(fasen).reduce((a, b) => a + b, 0);
  const delen = Object.entries(fasen).map(([naam, ms]) => `${naam} ${ms.toFixed(1)}`);
  console.log(
    `  where the time goes (ms, each timed apart): ${delen.join(', ')}; transport and the rest ${(mediaanVan.api - samen).toFixed(1)}`,
  );
  console.log(
    `  lower bound on the ratio, reading the request and evaluating alone: ${((fasen['JSON.parse of the request'] + fasen.evaluate) / fasen.evaluate).toFixed(2)}x; with writing, brotli and the client's decoding: ${(samen / fasen.evaluate).toFixed(2)}x`,
  );
}

export default async function apiBench(): Promise<void> {
  const oud = zetLoguitvoer(() => undefined);
  const omgeving = await maakOmgeving(leesConfig({ AVRES_AUTH_MODE: 'development' }), { inGeheugen: true });
  const server = await startServer({ omgeving, poort: 0 });
  const token = await maakOntwikkeltoken(omgeving.sleutel!);
  const klant = startHttpKlant();
  try {
    for (const [n, stappen, stapTabel] of [
      [1000, false, false],
      [10000, false, false],
      [1000, true, false],
      [10000, true, false],
      [1000, true, true],
      [10000, true, true],
    ] as const) {
      const calls = Array.from({ length: n }, lksInvoerGenerator(n, { binnenBereik: true })).map(alsLksAanroep);
      const body = JSON.stringify({ calls, steps: stappen, stepTable: stapTabel });
      await klant.laad(server.url, token, body, n);
      const bytes = await bytesOpDeDraad(`${server.url}/evaluate`, token, body);
      // In-process the same work: with the step table, the batch evaluated into a table; otherwise the batch entry,
      // whose results with steps keep what their steps show and write them when read.
      const nieuweTabel = () => (stapTabel ? new StapTabel() : undefined);
      const inProces = () => evalueerBatch(calls, ctx, { stappen, stapTabel: nieuweTabel() });
      const tekstTotTekst = async () => {
        const verzoek = JSON.parse(body) as { calls: typeof calls };
        const tabel = nieuweTabel();
        return batchAntwoordJson(await evalueerBatch(verzoek.calls, ctx, { stappen, stapTabel: tabel }), undefined, { stapTabel: tabel });
      };
      await inProces();
      await tekstTotTekst();
      // Alternated, so the three sides of each ratio share the machine's moment.
      const api: number[] = [];
      const kop: number[] = [];
      const lokaal: number[] = [];
      const tekst: number[] = [];
      const ratio: number[] = [];
      const ratioTekst: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const rondgang = await klant.meet();
        api.push(rondgang.ms);
        kop.push(rondgang.kop);
        lokaal.push(await tijd(inProces, false));
        tekst.push(await tijd(tekstTotTekst, false));
        ratio.push(api[i]! / lokaal[i]!);
        ratioTekst.push(api[i]! / tekst[i]!);
      }
      const soort = stapTabel ? 'with step table' : stappen ? 'with steps' : 'values only';
      // The targets are for 10,000 calls, values only and with the step table.
      const metDoel = n === 10000 && !(stappen && !stapTabel);
      const doel = metDoel ? ` (target ≤ ${stappen ? '2' : '1.5'}x)` : '';
      console.log(
        `evaluate ${n} random LKS calls, ${soort}, ${bytes.toLocaleString('en')} bytes br on the wire: API ${spreiding(api, 1).tekst} ms, in-process ${spreiding(lokaal, 1).tekst} ms, text-to-text ${spreiding(tekst, 1).tekst} ms`,
      );
      console.log(`  ratio API/in-process: ${spreiding(ratio, 2).tekst}x${doel}`);
      console.log(`  ratio API/text-to-text: ${spreiding(ratioTekst, 2).tekst}x`);
      console.log(
        `  the answer's first bytes (its headers) at ${spreiding(kop, 1).tekst} ms of the API's ${spreiding(api).mediaan.toFixed(1)} ms median`,
      );
      if (metDoel)
        await waarGaatDeTijdHeen(
          body,
          calls,
          { stappen, nieuweTabel },
          { api: spreiding(api).mediaan, evaluatie: spreiding(lokaal).mediaan },
        );
    }
  } finally {
    klant.sluit();
    await server.sluit();
    await omgeving.db.close();
    zetLoguitvoer(oud);
  }
}
