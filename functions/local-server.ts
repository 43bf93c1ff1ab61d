/**
 * The local server: the route table over node:http on /api (port 7071 by default), and optionally the same
 * handlers over https (port 3000) together with the add-in's static files, so add-in and API share one origin.
 * Used by `npm start`, the tests and the benchmarks (port 0 gives a free port).
 */
import { createServer as createHttpServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer, ServerOptions } from 'node:https';
import { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { ApiFout, bodyTeGroot } from './http/api-fout';
import { foutAntwoord, zonderBsn, zonderBsnInFout } from './http/fouten';
import type { ApiAntwoord, ApiVerzoek, Omgeving } from './http/types';
import { verpakAntwoord } from './compressie';
import { logJson } from './registry/logboek';
import { StatischeMap, statischBestand } from './statisch';
import { beantwoord, traceIdUit, voorvlucht, zoekRoute } from './routes';

export interface ServerOpties {
  omgeving: Omgeving;
  poort?: number;
  host?: string;
  /** Also serve over https (same handlers) on this port, with these key/cert options. */
  https?: { poort: number; opties: ServerOptions };
  /** Folder of static files served outside /api (the built add-in). */
  statisch?: string;
}

export interface DraaiendeServer {
  url: string;
  httpsUrl?: string;
  sluit(): Promise<void>;
}

function leesBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((ok, fout) => {
    const stukken: Buffer[] = [];
    let lengte = 0;
    let teGroot = false;
    req.on('data', (stuk: Buffer) => {
      lengte += stuk.length;
      if (lengte > max) teGroot = true;
      else stukken.push(stuk);
    });
    req.on('end', () => {
      if (teGroot) fout(bodyTeGroot(max));
      else ok(Buffer.concat(stukken).toString('utf8'));
    });
    req.on('error', fout);
  });
}

/** An answer of the server's own (an error, a preflight, a refusal) or one without a body: never compressed. */
function schrijf(res: ServerResponse, a: Pick<ApiAntwoord, 'status' | 'body' | 'headers'>): void {
  const json = a.body !== undefined ? JSON.stringify(a.body) : undefined;
  res.writeHead(a.status, {
    ...(json !== undefined ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
    'Cache-Control': 'no-store',
    ...a.headers,
  });
  res.end(json);
}

/**
 * A handler's answer, compressed when the client accepts it (functions/compressie.ts decides); an answer made in
 * pieces is sent as they come (chunked, no Content-Length). A stream that fails after its headers went closes the
 * connection (vangOnverwacht); a client that went away mid-answer is no error of ours.
 */
async function schrijfVerpakt(res: ServerResponse, a: ApiAntwoord, acceptEncoding: string | undefined): Promise<void> {
  const verpakt = await verpakAntwoord(a, acceptEncoding);
  if ('stroom' in verpakt) {
    res.writeHead(a.status, verpakt.headers);
    try {
      await pipeline(verpakt.stroom, res);
    } catch (e) {
      if ((e as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw e;
    }
    return;
  }
  const { body, headers } = verpakt;
  res.writeHead(a.status, body === undefined ? headers : { ...headers, 'Content-Length': String(Buffer.byteLength(body)) });
  res.end(body);
}

/** Writes an error through the one error mapping and BSN scrub, so the server's own refusals look like the handlers'. */
function schrijfFout(res: ServerResponse, fout: ApiFout, traceId: string, headers: Record<string, string> = {}): void {
  const { antwoord } = foutAntwoord(fout, traceId);
  schrijf(res, { ...antwoord, body: zonderBsnInFout(antwoord.body), headers: { ...headers, 'X-Trace-Id': traceId } });
}

/** The last resort: whatever a request's bytes made throw, the client gets a 500 and the process keeps running. */
function vangOnverwacht(res: ServerResponse, traceId: string, e: unknown): void {
  logJson({
    soort: 'fout',
    traceId,
    route: 'server',
    naam: (e as Error)?.name,
    bericht: zonderBsn(String((e as Error)?.message ?? e)).slice(0, 300),
  });
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const { antwoord } = foutAntwoord(e, traceId);
  schrijf(res, { ...antwoord, headers: { 'X-Trace-Id': traceId } });
}

function verwerker(o: ServerOpties, https: boolean) {
  const statisch = o.statisch ? { map: o.statisch, bronkaarten: o.omgeving.config.authModus === 'development' } : undefined;
  return (req: IncomingMessage, res: ServerResponse): void => {
    const traceId = traceIdUit(req.headers.traceparent as string | undefined);
    res.on('error', () => undefined);
    try {
      verwerk(o, statisch, https, req, res, traceId).catch((e: unknown) => vangOnverwacht(res, traceId, e));
    } catch (e) {
      vangOnverwacht(res, traceId, e);
    }
  };
}

async function verwerk(
  o: ServerOpties,
  statisch: StatischeMap | undefined,
  https: boolean,
  req: IncomingMessage,
  res: ServerResponse,
  traceId: string,
): Promise<void> {
  const { omgeving } = o;
  const ruwPad = (req.url ?? '/').split(/[?#]/, 1)[0]!;
  if (!ruwPad.startsWith('/api/')) {
    req.resume();
    const a = statischBestand(statisch, {
      method: req.method ?? 'GET',
      pad: ruwPad,
      https,
      acceptEncoding: req.headers['accept-encoding'],
      ifNoneMatch: req.headers['if-none-match'],
    });
    res.writeHead(a.status, a.headers);
    res.end(a.body);
    return;
  }
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    req.resume();
    schrijfFout(res, new ApiFout(400, 'ONGELDIG_PAD', 'het pad van het verzoek is geen geldige URL'), traceId);
    return;
  }
  const origin = req.headers.origin;
  const pad = url.pathname.slice('/api/'.length);
  if (req.method === 'OPTIONS') {
    req.resume();
    schrijf(res, voorvlucht(origin, omgeving, traceId));
    return;
  }
  const gevonden = zoekRoute(req.method ?? 'GET', pad);
  if (!gevonden || 'methodeFout' in gevonden) {
    req.resume();
    if (gevonden) {
      const wel = gevonden.methodeFout.join(', ');
      schrijfFout(res, new ApiFout(405, 'METHODE_NIET_TOEGESTAAN', `methode ${req.method} is hier niet toegestaan; wel: ${wel}`), traceId, {
        Allow: wel,
      });
    } else {
      schrijfFout(res, new ApiFout(404, 'NIET_GEVONDEN', `onbekend API-pad /api/${pad.slice(0, 100)}; zie /api/openapi.json`), traceId);
    }
    return;
  }
  let body: Promise<string> | undefined;
  const verzoek: ApiVerzoek = {
    method: req.method ?? 'GET',
    params: gevonden.params,
    query: url.searchParams,
    header: (naam) => {
      const v = req.headers[naam.toLowerCase()];
      return Array.isArray(v) ? v.join(', ') : v;
    },
    tekst: () => (body ??= leesBody(req, omgeving.config.maxBodyBytes)),
    traceId,
  };
  const a = await beantwoord(gevonden.route.handler, verzoek, omgeving, gevonden.route.naam);
  if (!body) req.resume();
  else await body.catch(() => undefined);
  await schrijfVerpakt(res, a, verzoek.header('accept-encoding'));
}

function luister(server: Server, poort: number, host: string): Promise<number> {
  return new Promise((ok, fout) => {
    server.once('error', fout);
    server.listen(poort, host, () => ok((server.address() as AddressInfo).port));
  });
}

/** Starts the server(s); resolves once listening. */
export async function startServer(o: ServerOpties): Promise<DraaiendeServer> {
  const host = o.host ?? '127.0.0.1';
  const http = createHttpServer(verwerker(o, false));
  http.keepAliveTimeout = 5000;
  const poort = await luister(http, o.poort ?? 7071, host);
  const servers: Server[] = [http];
  let httpsUrl: string | undefined;
  if (o.https) {
    const https = createHttpsServer(o.https.opties, verwerker(o, true));
    const p = await luister(https, o.https.poort, host);
    servers.push(https);
    httpsUrl = `https://localhost:${p}`;
  }
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${poort}/api`,
    ...(httpsUrl ? { httpsUrl } : {}),
    sluit: async () => {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((ok) => {
              s.close(() => ok());
              s.closeAllConnections();
            }),
        ),
      );
    },
  };
}
