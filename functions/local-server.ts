/**
 * The local server: the route table over node:http on /api (port 7071 by default), and optionally the same
 * handlers over https (port 3000) together with the add-in's static files, so add-in and API share one origin.
 * Used by `npm start`, the tests and the benchmarks (port 0 gives a free port).
 */
import { createServer as createHttpServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer, ServerOptions } from 'node:https';
import { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { ApiFout } from './http/api-fout';
import type { ApiAntwoord, ApiVerzoek, Omgeving } from './http/types';
import { beantwoord, corsKoppen, traceIdUit, zoekRoute } from './routes';

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

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

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
      if (teGroot)
        fout(new ApiFout(413, 'TE_GROOT', `de body is te groot: hoogstens ${max} bytes (AVRES_MAX_BODY_BYTES); splits het verzoek`));
      else ok(Buffer.concat(stukken).toString('utf8'));
    });
    req.on('error', fout);
  });
}

function schrijf(res: ServerResponse, a: ApiAntwoord): void {
  const json = a.json ?? (a.body !== undefined ? JSON.stringify(a.body) : undefined);
  res.writeHead(a.status, {
    ...(json !== undefined ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
    'Cache-Control': 'no-store',
    ...a.headers,
  });
  res.end(json);
}

function statischBestand(map: string, pad: string, res: ServerResponse): boolean {
  const wortel = resolve(map);
  const doel = normalize(join(wortel, decodeURIComponent(pad === '/' ? '/index.html' : pad)));
  if (!doel.startsWith(wortel) || !existsSync(doel) || !statSync(doel).isFile()) return false;
  res.writeHead(200, { 'Content-Type': MIME[extname(doel)] ?? 'application/octet-stream' });
  res.end(readFileSync(doel));
  return true;
}

function verwerker(o: ServerOpties) {
  const { omgeving } = o;
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const origin = req.headers.origin;
    const traceId = traceIdUit(req.headers.traceparent as string | undefined);
    if (!url.pathname.startsWith('/api/')) {
      if (o.statisch && req.method === 'GET' && statischBestand(o.statisch, url.pathname, res)) return;
      schrijf(res, {
        status: 404,
        body: { error: { code: 'NIET_GEVONDEN', message: `onbekend pad ${url.pathname.slice(0, 100)}; de API staat onder /api/` } },
      });
      return;
    }
    const pad = url.pathname.slice('/api/'.length);
    if (req.method === 'OPTIONS') {
      const cors = corsKoppen(origin, omgeving);
      schrijf(
        res,
        Object.keys(cors).length
          ? { status: 204, headers: cors }
          : { status: 403, body: { error: { code: 'GEEN_TOEGANG', message: 'deze herkomst (Origin) mag de API niet aanroepen' } } },
      );
      return;
    }
    const gevonden = zoekRoute(req.method ?? 'GET', pad);
    if (!gevonden || 'methodeFout' in gevonden) {
      req.resume();
      schrijf(
        res,
        gevonden
          ? {
              status: 405,
              headers: { Allow: gevonden.methodeFout.join(', ') },
              body: {
                error: {
                  code: 'METHODE_NIET_TOEGESTAAN',
                  message: `methode ${req.method} is hier niet toegestaan; wel: ${gevonden.methodeFout.join(', ')}`,
                },
              },
            }
          : {
              status: 404,
              body: { error: { code: 'NIET_GEVONDEN', message: `onbekend API-pad /api/${pad.slice(0, 100)}; zie /api/openapi.json` } },
            },
      );
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
    void beantwoord(gevonden.route.handler, verzoek, omgeving, gevonden.route.naam).then(async (a) => {
      if (!body) req.resume();
      else await body.catch(() => undefined);
      schrijf(res, a);
    });
  };
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
  const http = createHttpServer(verwerker(o));
  http.keepAliveTimeout = 5000;
  const poort = await luister(http, o.poort ?? 7071, host);
  const servers: Server[] = [http];
  let httpsUrl: string | undefined;
  if (o.https) {
    const https = createHttpsServer(o.https.opties, verwerker(o));
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
