/**
 * The Azure Functions host entry (v4 programming model, "main" in package.json after `npm run build`): every
 * entry of the route table as an HTTP function under /api/, CORS preflights, the built add-in from the same origin
 * (so a deployed add-in reaches /api without CORS), and daily timers that record the decision-deadline signals and
 * the series whose known figures end within 60 days.
 * Each invocation logs to its own context (metLoguitvoer). Outside the host the @azure/functions package ignores
 * these registrations.
 */
import { join } from 'node:path';
import { app, HttpHandler, HttpRequest, HttpResponseInit, InvocationContext, Timer } from '@azure/functions';
import { GEMEENTEN } from '../shared/schemas/casus';
import { verpakAntwoord } from './compressie';
import { leesConfig } from './config';
import { bodyTeGroot } from './http/api-fout';
import { registreerTermijnsignalen } from './registry/termijnsignalen';
import { registreerParametersignalen } from './registry/parameters';
import type { ApiAntwoord, ApiVerzoek, Omgeving } from './http/types';
import { maakOmgeving } from './omgeving';
import { metLoguitvoer } from './registry/logboek';
import { beantwoord, routes, traceIdUit, voorvlucht } from './routes';
import { statischBestand } from './statisch';

/** host.json sets no route prefix, so the add-in can be served from the root; the API keeps its /api/. */
const API = 'api';
/** The built add-in, deployed beside dist/ (see scripts/pakket-azure.ts). */
const INVOEGTOEPASSING = join(__dirname, '..', '..', 'addin', 'dist');

/**
 * HTTP streams between the host and this worker (host v4.28 or later): a request's body is read as it comes, and
 * an answer made in pieces leaves as it is made, as it does from the local server. Without it the host would wait
 * for the whole answer.
 */
app.setup({ enableHttpStream: true });

let omgeving: Promise<Omgeving> | undefined;
const gedeeld = (): Promise<Omgeving> => (omgeving ??= maakOmgeving(leesConfig()));

/** When the host stops the worker, the registry's connections close (a PostgreSQL pool; PGlite's files). */
app.hook.appTerminate(async () => {
  const o = omgeving;
  omgeving = undefined;
  await (await o?.catch(() => undefined))?.db.close();
});

async function alsVerzoek(req: HttpRequest, o: Omgeving): Promise<ApiVerzoek> {
  let body: Promise<string> | undefined;
  const max = o.config.maxBodyBytes;
  return {
    method: req.method,
    params: req.params,
    query: req.query,
    header: (naam) => req.headers.get(naam) ?? undefined,
    tekst: () =>
      (body ??=
        // A declared length beyond the limit is refused before a byte is read; a chunked body is counted once read.
        Number(req.headers.get('content-length') ?? 0) > max
          ? Promise.reject(bodyTeGroot(max))
          : req.text().then((t) => {
              if (Buffer.byteLength(t) > max) throw bodyTeGroot(max);
              return t;
            })),
    traceId: traceIdUit(req.headers.get('traceparent') ?? undefined),
  };
}

/** A handler's answer for the host, as the local server sends it (`verpakAntwoord`); a stream the host sends on as it comes. */
async function alsAntwoord(a: ApiAntwoord, acceptEncoding: string | undefined): Promise<HttpResponseInit> {
  const verpakt = await verpakAntwoord(a, acceptEncoding);
  const body = 'stroom' in verpakt ? verpakt.stroom : verpakt.body;
  return body === undefined ? { status: a.status, headers: verpakt.headers } : { status: a.status, headers: verpakt.headers, body };
}

const perAanroep =
  (handler: (req: HttpRequest) => Promise<HttpResponseInit>) =>
  (req: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> =>
    metLoguitvoer(
      (regel) => context.log(regel),
      () => handler(req),
    );

for (const route of routes) {
  app.http(route.naam, {
    methods: [...route.methods],
    route: `${API}/${route.route}`,
    authLevel: 'anonymous',
    handler: perAanroep(async (req) => {
      const o = await gedeeld();
      return alsAntwoord(
        await beantwoord(route.handler, await alsVerzoek(req, o), o, route.naam),
        req.headers.get('accept-encoding') ?? undefined,
      );
    }),
  });
}

app.http('voorvlucht', {
  methods: ['OPTIONS'],
  route: `${API}/{*pad}`,
  authLevel: 'anonymous',
  handler: perAanroep(async (req) => {
    const traceId = traceIdUit(req.headers.get('traceparent') ?? undefined);
    return alsAntwoord(voorvlucht(req.headers.get('origin') ?? undefined, await gedeeld(), traceId), undefined);
  }),
});

/** The static add-in from `map`, with the same answers and headers as the local server (statisch.ts); never source maps. */
export function invoegtoepassing(map: string): HttpHandler {
  return perAanroep(async (req) => {
    const url = new URL(req.url);
    const a = statischBestand(
      { map, bronkaarten: false },
      {
        method: req.method,
        pad: url.pathname,
        https: url.protocol === 'https:',
        acceptEncoding: req.headers.get('accept-encoding') ?? undefined,
        ifNoneMatch: req.headers.get('if-none-match') ?? undefined,
      },
    );
    return { status: a.status, headers: a.headers, ...(a.body !== undefined ? { body: a.body } : {}) };
  });
}

app.http('invoegtoepassing', {
  methods: ['GET', 'HEAD'],
  route: '{*pad}',
  authLevel: 'anonymous',
  handler: invoegtoepassing(INVOEGTOEPASSING),
});

app.timer('termijnsignalen', {
  schedule: '0 0 5 * * *',
  handler: (_timer: Timer, context: InvocationContext): Promise<void> =>
    metLoguitvoer(
      (regel) => context.log(regel),
      async () => {
        const o = await gedeeld();
        const aantal = await registreerTermijnsignalen(o.db, GEMEENTEN, o.vandaag(), 14, context.invocationId.replace(/-/g, ''));
        context.log(JSON.stringify({ soort: 'termijnsignalen', aantal }));
      },
    ),
});

app.timer('parametersignalen', {
  schedule: '0 5 5 * * *',
  handler: (_timer: Timer, context: InvocationContext): Promise<void> =>
    metLoguitvoer(
      (regel) => context.log(regel),
      async () => {
        const o = await gedeeld();
        const aantal = await registreerParametersignalen(o.db, o.vandaag(), context.invocationId.replace(/-/g, ''));
        context.log(JSON.stringify({ soort: 'parametersignalen', aantal }));
      },
    ),
});
