/**
 * The one route table. The Functions host registers each entry with app.http (index.ts); the local server
 * (local-server.ts) serves the same entries over node:http. `beantwoord` wraps every handler alike: trace id,
 * Dutch errors, CORS for the add-in's origin only, and a log line for anything unexpected (never a BSN).
 */
import { randomUUID } from 'node:crypto';
import * as casussen from './http/casussen';
import { evaluate } from './http/evaluate';
import { registerversies } from './http/registerversies';
import { ApiFout } from './http/api-fout';
import { foutAntwoord, zonderBsn, zonderBsnInFout } from './http/fouten';
import { functies } from './http/functions';
import { health } from './http/health';
import { openapi, RouteBeschrijving } from './http/openapi';
import { termijnen } from './http/termijnen';
import { wachtlijstpositieVanCasus, wachtlijstVanGemeente } from './http/wachtlijsten';
import * as grootboek from './http/grootboek';
import * as buig from './http/buig';
import * as scenarios from './http/scenarios';
import * as parameters from './http/parameters';
import { viermaands } from './http/rapportages';
import type { ApiAntwoord, ApiVerzoek, Handler, Omgeving } from './http/types';
import { logJson, schrijfLogboek } from './registry/logboek';
import { aangemeldAls } from './http/verzoek';
import { opslaanbaarFout } from '../shared/schemas/tekst';

export interface Route extends RouteBeschrijving {
  methods: readonly ('GET' | 'POST')[];
  handler: Handler;
}

const jwks: Handler = async (_v, o) =>
  o.jwks
    ? { status: 200, body: o.jwks }
    : { status: 404, body: { error: { code: 'NIET_GEVONDEN', message: 'de ontwikkelsleutel bestaat alleen in ontwikkelmodus' } } };

export const routes: Route[] = [
  {
    naam: 'health',
    methods: ['GET'],
    route: 'health',
    beschrijving: 'De API draait en het register antwoordt',
    publiek: true,
    handler: health,
  },
  {
    naam: 'functies',
    methods: ['GET'],
    route: 'functions',
    beschrijving: 'De catalogus van spreadsheetfuncties',
    publiek: true,
    handler: functies,
  },
  {
    naam: 'evaluate',
    methods: ['POST'],
    route: 'evaluate',
    beschrijving: 'Een batch functieaanroepen berekenen',
    publiek: false,
    body: 'batch',
    handler: evaluate,
  },
  {
    naam: 'registerversies',
    methods: ['GET'],
    route: 'registerversies',
    beschrijving: 'De versies waarvan berekende uitkomsten afhangen (parameters, register per gemeente, scenario’s)',
    publiek: false,
    handler: registerversies,
  },
  {
    naam: 'casussenLijst',
    methods: ['GET'],
    route: 'cases',
    beschrijving: 'Casussen zoeken (gemeente, status, route, limit, offset)',
    publiek: false,
    handler: casussen.lijst,
  },
  {
    naam: 'casusAanmaken',
    methods: ['POST'],
    route: 'cases',
    beschrijving: 'Een casus aanmelden',
    publiek: false,
    body: 'casus',
    handler: casussen.aanmaken,
  },
  {
    naam: 'casusLezen',
    methods: ['GET'],
    route: 'cases/{casusnummer}',
    beschrijving: 'Een casus met afgeleide feiten',
    publiek: false,
    handler: casussen.lees,
  },
  {
    naam: 'casusGeschiedenis',
    methods: ['GET'],
    route: 'cases/{casusnummer}/events',
    beschrijving: 'Alle gebeurtenissen van een casus',
    publiek: false,
    handler: casussen.geschiedenis,
  },
  {
    naam: 'casusGebeurtenis',
    methods: ['POST'],
    route: 'cases/{casusnummer}/events',
    beschrijving: 'Een gebeurtenis toevoegen (If-Match: versie)',
    publiek: false,
    body: 'gebeurtenis',
    handler: casussen.toevoegen,
  },
  {
    naam: 'wachtlijst',
    methods: ['GET'],
    route: 'gemeenten/{gemeente}/wachtlijst',
    beschrijving: 'De wachtlijst beschut werk van een gemeente (peildatum)',
    publiek: false,
    handler: wachtlijstVanGemeente,
  },
  {
    naam: 'wachtlijstpositie',
    methods: ['GET'],
    route: 'gemeenten/{gemeente}/wachtlijst/{casusnummer}',
    beschrijving: 'De positie van een casus op de wachtlijst',
    publiek: false,
    handler: wachtlijstpositieVanCasus,
  },
  {
    naam: 'termijnen',
    methods: ['GET'],
    route: 'termijnen',
    beschrijving: 'Beslistermijnen die binnen N dagen verlopen of verlopen zijn',
    publiek: false,
    handler: termijnen,
  },
  {
    naam: 'grootboekImporteren',
    methods: ['POST'],
    route: 'grootboek/imports',
    beschrijving: 'Grootboekregels importeren (CSV of Excel-bereik; alles of niets; dezelfde inhoud twee keer: 409)',
    publiek: false,
    body: 'grootboekImport',
    handler: grootboek.importeer,
  },
  {
    naam: 'grootboekImports',
    methods: ['GET'],
    route: 'grootboek/imports',
    beschrijving: 'De geïmporteerde grootboekbestanden',
    publiek: false,
    handler: grootboek.imports,
  },
  {
    naam: 'grootboekImportIntrekken',
    methods: ['POST'],
    route: 'grootboek/imports/{id}/intrekken',
    beschrijving: 'Een import met al zijn regels intrekken',
    publiek: false,
    handler: grootboek.intrekken,
  },
  {
    naam: 'lksReconciliatie',
    methods: ['GET'],
    route: 'grootboek/reconciliatie',
    beschrijving: 'LKS volgens de regel tegen het grootboek, per casus, maand en gemeente (jaar, gemeente, tolerantie)',
    publiek: false,
    handler: grootboek.reconciliatie,
  },
  {
    naam: 'buigOverzicht',
    methods: ['GET'],
    route: 'buig',
    beschrijving: 'BUIG per gemeente: budget, netto lasten, saldo en vangnet (jaar, gemeente, budgetsoort)',
    publiek: false,
    handler: buig.overzicht,
  },
  {
    naam: 'buigBudgetten',
    methods: ['GET'],
    route: 'buig/budgetten',
    beschrijving: 'Vastgelegde BUIG-budgetten (jaar, gemeente)',
    publiek: false,
    handler: buig.lijstBudgetten,
  },
  {
    naam: 'buigBudgetVastleggen',
    methods: ['POST'],
    route: 'buig/budgetten',
    beschrijving: 'Een BUIG-budget vastleggen zoals bekendgemaakt',
    publiek: false,
    body: 'budget',
    handler: buig.budgetVastleggen,
  },
  {
    naam: 'gefinancierdePlekken',
    methods: ['POST'],
    route: 'buig/gefinancierde-plekken',
    beschrijving: 'Het aantal door het Rijk gefinancierde plekken beschut werk vastleggen',
    publiek: false,
    body: 'gefinancierdePlekken',
    handler: buig.plekkenVastleggen,
  },
  {
    naam: 'scenariosLijst',
    methods: ['GET'],
    route: 'scenarios',
    beschrijving: "De vastgelegde scenario's",
    publiek: false,
    handler: scenarios.lijst,
  },
  {
    naam: 'scenarioVastleggen',
    methods: ['POST'],
    route: 'scenarios',
    beschrijving: 'Een scenario vastleggen of vervangen (op naam)',
    publiek: false,
    body: 'scenario',
    handler: scenarios.vastleggen,
  },
  {
    naam: 'scenarioLezen',
    methods: ['GET'],
    route: 'scenarios/{naam}',
    beschrijving: 'Eén scenario',
    publiek: false,
    handler: scenarios.lees,
  },
  {
    naam: 'scenarioVergelijking',
    methods: ['GET'],
    route: 'scenarios/{naam}/vergelijking',
    beschrijving: 'Scenario naast de basis per gemeente: LKS-kosten, BUIG-saldo, plekken (jaar, gemeente)',
    publiek: false,
    handler: scenarios.vergelijking,
  },
  {
    naam: 'viermaandsrapportage',
    methods: ['GET'],
    route: 'rapportages/viermaands',
    beschrijving: 'De viermaandsrapportage per gemeente en tertiaal (jaar, gemeente)',
    publiek: false,
    handler: viermaands,
  },
  {
    naam: 'parametersOverzicht',
    methods: ['GET'],
    route: 'parameters',
    beschrijving:
      'De rekengegevens: elke reeks met waarden, status, bron en bekend bereik, de boekingen en de reeksen die binnen 60 dagen aflopen',
    publiek: false,
    handler: parameters.overzicht,
  },
  {
    naam: 'parameterVastleggen',
    methods: ['POST'],
    route: 'parameters',
    beschrijving: 'Een gedateerde waarde vastleggen of (met vervangt) corrigeren; telt na goedkeuring door een tweede beheerder',
    publiek: false,
    body: 'parameterwaarde',
    handler: parameters.vastleggen,
  },
  {
    naam: 'parametersExport',
    methods: ['GET'],
    route: 'parameters/export',
    beschrijving: 'De hele geldende set rekengegevens als één document met versie (voor npm run evaluate -- --parameters)',
    publiek: false,
    handler: parameters.exporteer,
  },
  {
    naam: 'parameterGoedkeuren',
    methods: ['POST'],
    route: 'parameters/{id}/goedkeuren',
    beschrijving: 'Een boeking van een andere beheerder goedkeuren (vier ogen)',
    publiek: false,
    handler: parameters.goedkeuren,
  },
  {
    naam: 'parameterIntrekken',
    methods: ['POST'],
    route: 'parameters/{id}/intrekken',
    beschrijving: 'Een waarde intrekken (een nieuwe boeking; telt na goedkeuring)',
    publiek: false,
    body: 'intrekking',
    handler: parameters.intrekken,
  },
  {
    naam: 'jwks',
    methods: ['GET'],
    route: '.well-known/jwks.json',
    beschrijving: 'De publieke ontwikkelsleutel (alleen ontwikkelmodus)',
    publiek: true,
    handler: jwks,
  },
];
routes.push({
  naam: 'openapi',
  methods: ['GET'],
  route: 'openapi.json',
  beschrijving: 'Deze OpenAPI-beschrijving',
  publiek: true,
  handler: openapi(routes),
});

/** Finds the route for a path below /api/ and its parameters; `methodeFout` when the path exists for other methods. */
export function zoekRoute(
  method: string,
  pad: string,
): { route: Route; params: Record<string, string> } | { methodeFout: readonly string[] } | undefined {
  const delen = pad.split('/').filter(Boolean);
  let methodes: string[] = [];
  for (const route of routes) {
    const sjabloon = route.route.split('/');
    if (sjabloon.length !== delen.length) continue;
    const params: Record<string, string> = {};
    const past = sjabloon.every((s, i) => {
      const m = /^\{(\w+)\}$/.exec(s);
      if (m) {
        params[m[1]!] = delen[i]!;
        return true;
      }
      return s === delen[i];
    });
    if (!past) continue;
    if ((route.methods as readonly string[]).includes(method)) return { route, params };
    methodes = [...methodes, ...route.methods];
  }
  return methodes.length ? { methodeFout: methodes } : undefined;
}

/** CORS headers for the add-in's origin; nothing for any other origin. */
export function corsKoppen(origin: string | undefined, o: Omgeving): Record<string, string> {
  if (!origin || origin !== o.config.addinOrigin) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-Match',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Expose-Headers': 'ETag, Location, X-Trace-Id, X-Avres-Parameters',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

/** A CORS preflight: 204 with the CORS headers for the add-in's origin, 403 for any other. */
export function voorvlucht(origin: string | undefined, o: Omgeving, traceId: string): ApiAntwoord {
  const cors = corsKoppen(origin, o);
  if (Object.keys(cors).length) return { status: 204, headers: cors };
  const { antwoord } = foutAntwoord(new ApiFout(403, 'GEEN_TOEGANG', 'deze herkomst (Origin) mag de API niet aanroepen'), traceId);
  return { ...antwoord, headers: { 'X-Trace-Id': traceId } };
}

/**
 * Records a refused attempt of an authenticated user (403: role or gemeente; 404: a case or import outside scope, or
 * none) in the processing log, with the casusnummer and gemeente asked for (nine digits masked: never a BSN; text the
 * registry cannot store left out).
 */
async function logWeigering(v: ApiVerzoek, o: Omgeving, routeNaam: string): Promise<void> {
  const g = aangemeldAls(v);
  if (!g) return;
  const gevraagd = (tekst: string | null | undefined): string | undefined => {
    try {
      const t = tekst ? decodeURIComponent(tekst) : '';
      return t && opslaanbaarFout('', t) === undefined ? zonderBsn(t).slice(0, 100) : undefined;
    } catch {
      return undefined;
    }
  };
  const casusnummer = gevraagd(v.params.casusnummer);
  const gemeente = gevraagd(v.params.gemeente ?? v.query.get('gemeente'));
  try {
    await schrijfLogboek(o.db, {
      traceId: v.traceId,
      operatie: routeNaam,
      actor: g.id,
      ...(casusnummer ? { casusnummer } : {}),
      ...(gemeente ? { gemeente } : {}),
      geweigerd: true,
    });
  } catch (e) {
    logJson({
      soort: 'fout',
      traceId: v.traceId,
      route: routeNaam,
      bericht: `weigering niet in het logboek: ${zonderBsn(String(e)).slice(0, 200)}`,
    });
  }
}

/** Runs a handler with the shared error mapping; never throws. */
export async function beantwoord(handler: Handler, v: ApiVerzoek, o: Omgeving, routeNaam: string): Promise<ApiAntwoord> {
  let antwoord: ApiAntwoord;
  try {
    antwoord = await handler(v, o);
  } catch (e) {
    const { antwoord: fout, onverwacht } = foutAntwoord(e, v.traceId);
    if (onverwacht) {
      const err = e as { name?: string; code?: string; message?: string };
      logJson({
        soort: 'fout',
        traceId: v.traceId,
        route: routeNaam,
        naam: err?.name,
        code: err?.code,
        bericht: zonderBsn(String(err?.message ?? e)).slice(0, 300),
      });
    }
    antwoord = fout;
    if (antwoord.status === 403 || antwoord.status === 404) await logWeigering(v, o, routeNaam);
  }
  return {
    ...antwoord,
    ...(antwoord.status >= 400 && antwoord.body !== undefined ? { body: zonderBsnInFout(antwoord.body) } : {}),
    headers: { ...antwoord.headers, ...corsKoppen(v.header('origin'), o), 'X-Trace-Id': v.traceId },
  };
}

/** A trace id: the caller's W3C traceparent trace id when valid, else a fresh one. */
export function traceIdUit(traceparent: string | undefined): string {
  const m = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/.exec(traceparent ?? '');
  return m ? m[1]! : randomUUID().replace(/-/g, '');
}
