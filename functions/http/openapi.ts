/** GET /api/openapi.json: OpenAPI 3.1, the request and answer bodies generated from the zod schemas of shared/. */
import { z } from 'zod';
import { batchAntwoordSchema, batchVerzoekSchema, foutSchema, staptabelAntwoordSchema } from '../../shared/schemas/evaluate';
import { casusSamenvattingSchema, nieuweCasusSchema, nieuweGebeurtenisSchema } from '../../shared/schemas/casus';
import { budgetSchema, gefinancierdePlekkenSchema, grootboekImportSchema, scenarioSchema } from '../../shared/schemas/grootboek';
import { wireStapSchema } from '../../shared/schemas/stap';
import { nieuweParameterwaardeSchema } from '../../shared/parameters/register';
import { intrekkingSchema } from './parameters';
import type { Handler } from './types';

export interface RouteBeschrijving {
  naam: string;
  methods: readonly string[];
  route: string;
  beschrijving: string;
  publiek: boolean;
  body?:
    | 'batch'
    | 'casus'
    | 'gebeurtenis'
    | 'grootboekImport'
    | 'budget'
    | 'gefinancierdePlekken'
    | 'scenario'
    | 'parameterwaarde'
    | 'intrekking';
}

const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });

export function openapiDocument(routes: readonly RouteBeschrijving[]): Record<string, unknown> {
  const bodies = {
    batch: 'BatchVerzoek',
    casus: 'NieuweCasus',
    gebeurtenis: 'NieuweGebeurtenis',
    grootboekImport: 'GrootboekImport',
    budget: 'BuigBudget',
    gefinancierdePlekken: 'GefinancierdePlekken',
    scenario: 'Scenario',
    parameterwaarde: 'NieuweParameterwaarde',
    intrekking: 'Intrekking',
  } as const;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const pad = `/api/${r.route}`;
    const parameters = [...r.route.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    for (const method of r.methods) {
      paths[pad] = {
        ...paths[pad],
        [method.toLowerCase()]: {
          operationId: r.naam,
          summary: r.beschrijving,
          ...(parameters.length ? { parameters } : {}),
          ...(r.body && method === 'POST'
            ? {
                requestBody: {
                  required: true,
                  content: { 'application/json': { schema: { $ref: `#/components/schemas/${bodies[r.body]}` } } },
                },
              }
            : {}),
          ...(r.publiek ? { security: [] } : {}),
          responses: {
            '200': { description: 'OK' },
            default: {
              description: 'Fout',
              content: { 'application/json': { schema: { type: 'object', properties: { error: { $ref: '#/components/schemas/Fout' } } } } },
            },
          },
        },
      };
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Avres API: rekenregels en casusregister beschut werk', version: '0.1.0' },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        BatchVerzoek: schema(batchVerzoekSchema),
        BatchAntwoord: schema(batchAntwoordSchema),
        StaptabelAntwoord: schema(staptabelAntwoordSchema),
        NieuweCasus: schema(nieuweCasusSchema),
        NieuweGebeurtenis: schema(nieuweGebeurtenisSchema),
        CasusSamenvatting: schema(casusSamenvattingSchema),
        GrootboekImport: schema(grootboekImportSchema),
        BuigBudget: schema(budgetSchema),
        GefinancierdePlekken: schema(gefinancierdePlekkenSchema),
        Scenario: schema(scenarioSchema),
        NieuweParameterwaarde: schema(nieuweParameterwaardeSchema),
        Intrekking: schema(intrekkingSchema),
        Fout: schema(foutSchema),
        Stap: schema(wireStapSchema),
      },
    },
  };
}

export const openapi = (routes: readonly RouteBeschrijving[]): Handler => {
  let document: Record<string, unknown> | undefined;
  return async () => ({ status: 200, body: (document ??= openapiDocument(routes)) });
};
