/**
 * A small real HTTP server answering `POST /api/evaluate` with the catalogue, for the client's tests
 * of behaviour the real API cannot be made to show on demand: hanging, failing, a new parameter version.
 */
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import type { RegisterToegang } from '../../../shared/catalogue';
import { batchAntwoordJson, evalueerBatch } from '../../../shared/catalogue/evalueer';
import { batchVerzoekSchema } from '../../../shared/schemas/evaluate';
import { datum } from '../../../shared/time/datum';

export type Gedrag = 'normaal' | 'hangt' | 'fout500' | 'geenJson';

export interface EvaluatieServer {
  api: string;
  /** Every batch received, in order: the calls of each request. */
  ontvangen: { function: string; args: unknown[] }[][];
  /** The `steps` flag of each request received, in order. */
  stappen: boolean[];
  gedrag: Gedrag;
  parameterVersie?: string;
  /** The registry as this server pretends it: waiting-list positions per case, and the version of each subject. */
  posities: Record<string, number>;
  register: Record<string, number>;
  /** Requests of GET /api/registerversies received. */
  versievragen: number;
  stop(): Promise<void>;
}

async function lees(req: IncomingMessage): Promise<string> {
  const delen: Buffer[] = [];
  for await (const d of req) delen.push(d as Buffer);
  return Buffer.concat(delen).toString('utf8');
}

export async function startEvaluatieServer(): Promise<EvaluatieServer> {
  const open = new Set<ServerResponse>();
  const s: EvaluatieServer = {
    api: '',
    ontvangen: [],
    stappen: [],
    gedrag: 'normaal',
    posities: {},
    register: {},
    versievragen: 0,
    stop: async () => undefined,
  };
  const server: Server = createServer(async (req, res) => {
    if (req.method === 'GET' && req.url === '/api/registerversies') {
      s.versievragen++;
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ parameters: s.parameterVersie ?? '', register: s.register }));
      return;
    }
    const body = batchVerzoekSchema.parse(JSON.parse(await lees(req)));
    s.ontvangen.push(body.calls);
    s.stappen.push(body.steps);
    if (s.gedrag === 'hangt') {
      open.add(res);
      return;
    }
    if (s.gedrag === 'fout500') {
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { code: 'INTERNE_FOUT', message: 'database niet bereikbaar' } }));
      return;
    }
    if (s.gedrag === 'geenJson') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>proxy</html>');
      return;
    }
    const gelezen = body.calls.map(() => new Set<string>());
    const register = (i: number): RegisterToegang => ({
      async wachtlijstpositie(gemeente, casusnummer) {
        gelezen[i]!.add(`wachtlijst:${gemeente}`);
        return { waarde: s.posities[casusnummer] ?? 0, stappen: [] };
      },
      scenario: () => Promise.reject(new Error('geen scenario’s in deze testserver')),
      buigSaldo: () => Promise.reject(new Error('geen BUIG in deze testserver')),
    });
    const uitkomsten = await evalueerBatch(body.calls, (i) => ({ vandaag: datum('2026-06-01'), register: register(i) }), {
      stappen: body.steps,
    });
    const results = uitkomsten.map((r, i) => (gelezen[i]!.size > 0 ? { ...r, depends: [...gelezen[i]!] } : r));
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (s.parameterVersie) headers['x-avres-parameters'] = s.parameterVersie;
    res.writeHead(200, headers).end(batchAntwoordJson(results, s.register));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  s.api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  s.stop = async () => {
    for (const res of open) res.destroy();
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  };
  return s;
}
