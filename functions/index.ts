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
import { verpak } from './compressie';
import { leesConfig } from './config';
import { ApiFout } from './http/api-fout';
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

let omgeving: Promise<Omgeving> | undefined;
const gedeeld = (): Promise<Omgeving> => (omgeving ??= maakOmgeving(leesConfig()));

async function alsVerzoek(req: HttpRequest, o: Omgeving): Promise<ApiVerzoek> {
  let body: Promise<string> | undefined;
  return {
    method: req.method,
    params: req.params,
    query: req.query,
    header: (naam) => req.headers.get(naam) ?? undefined,
    tekst: () =>
      (body ??= req.text().then((t) => {
        if (Buffer.byteLength(t) > o.config.maxBodyBytes)
          throw new ApiFout(413, 'TE_GROOT', `de body is te groot: hoogstens ${o.config.maxBodyBytes} bytes; splits het verzoek`);
        return t;
      })),
    traceId: traceIdUit(req.headers.get('traceparent') ?? undefined),
  };
}

/**
 * An answer made in pieces, joined: the host gets the whole body (streaming there needs `enableHttpStream`, which
 * this adapter does not set up; the local server streams).
 */
async function alsTekst(delen: AsyncIterable<string>): Promise<string> {
  const alle: string[] = [];
  for await (const deel of delen) alle.push(deel);
  return alle.join('');
}

/** A handler's answer for the host, compressed when the client accepts it (functions/compressie.ts decides). */
async function alsAntwoord(a: ApiAntwoord, acceptEncoding: string | undefined): Promise<HttpResponseInit> {
  const json = a.json ?? (a.body !== undefined ? JSON.stringify(a.body) : undefined);
  if (json === undefined) return { status: a.status, headers: { 'Cache-Control': 'no-store', ...a.headers } };
  const { body, headers } = await verpak(typeof json === 'string' ? json : await alsTekst(json), acceptEncoding);
  return {
    status: a.status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...a.headers, ...headers },
    body,
  };
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
