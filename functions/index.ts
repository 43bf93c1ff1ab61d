/**
 * The Azure Functions host entry (v4 programming model, "main" in package.json after `npm run build`): every
 * entry of the route table as an HTTP function, and a daily timer that records the decision-deadline signals.
 * Outside the host the @azure/functions package ignores these registrations.
 */
import { app, HttpRequest, HttpResponseInit, InvocationContext, Timer } from '@azure/functions';
import { GEMEENTEN } from '../shared/schemas/casus';
import { leesConfig } from './config';
import { ApiFout } from './http/api-fout';
import { registreerTermijnsignalen } from './registry/termijnsignalen';
import type { ApiVerzoek, Omgeving } from './http/types';
import { maakOmgeving } from './omgeving';
import { zetLoguitvoer } from './registry/logboek';
import { beantwoord, routes, traceIdUit } from './routes';

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

for (const route of routes) {
  app.http(route.naam, {
    methods: [...route.methods],
    route: route.route,
    authLevel: 'anonymous',
    handler: async (req: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
      zetLoguitvoer((regel) => context.log(regel));
      const o = await gedeeld();
      const a = await beantwoord(route.handler, await alsVerzoek(req, o), o, route.naam);
      if (a.json !== undefined)
        return {
          status: a.status,
          headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...a.headers },
          body: a.json,
        };
      return {
        status: a.status,
        headers: { 'Cache-Control': 'no-store', ...a.headers },
        ...(a.body !== undefined ? { jsonBody: a.body } : {}),
      };
    },
  });
}

app.timer('termijnsignalen', {
  schedule: '0 0 5 * * *',
  handler: async (_timer: Timer, context: InvocationContext): Promise<void> => {
    zetLoguitvoer((regel) => context.log(regel));
    const o = await gedeeld();
    const aantal = await registreerTermijnsignalen(o.db, GEMEENTEN, o.vandaag(), 14, context.invocationId.replace(/-/g, ''));
    context.log(JSON.stringify({ soort: 'termijnsignalen', aantal }));
  },
});
