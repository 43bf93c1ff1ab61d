/**
 * The batch contract of DOMAIN.md, shared by `POST /api/evaluate`, the command line and the add-in.
 */
import { z } from 'zod';
import { wireStapSchema as stapSchema, type WireStap } from './stap';

/** A cell value or a range (rows of cells) as the add-in sends it. */
export const argumentWaarde = z.union([
  z.number(),
  z.string(),
  z.boolean(),
  z.null(),
  z.array(z.array(z.union([z.number(), z.string(), z.boolean(), z.null()]))),
]);

const isCel = (w: unknown): boolean =>
  typeof w === 'string' || (typeof w === 'number' && Number.isFinite(w)) || typeof w === 'boolean' || w === null;

/** `argumentWaarde` as a predicate: zod's union costs more per argument than the evaluation of the call itself. */
const isArgumentWaarde = (w: unknown): boolean =>
  isCel(w) || (Array.isArray(w) && w.every((rij) => Array.isArray(rij) && rij.every(isCel)));

/** The JSON schema of one argument, for the OpenAPI document (without the `$schema` of a whole document). */
const { $schema: _document, ...argumentJsonSchema } = z.toJSONSchema(argumentWaarde);

/**
 * The arguments of a call, checked by `isArgumentWaarde`; a bad one is the issue zod's union gives (the locale's
 * "Ongeldige invoer" at `args.<i>`). The JSON schema still describes each argument as `argumentWaarde`.
 */
const argumenten = z
  .array(z.unknown())
  .check((ctx) => {
    for (let i = 0; i < ctx.value.length; i++) {
      if (!isArgumentWaarde(ctx.value[i])) ctx.issues.push({ code: 'custom', input: ctx.value[i], path: [i] });
    }
  })
  .meta({ items: argumentJsonSchema });

export const aanroepSchema = z.object({
  function: z.string().min(1, 'function ontbreekt: geef de naam van een AVRES-functie, bijvoorbeeld "LOONKOSTENSUBSIDIE"'),
  args: argumenten.default([]),
});
export type Aanroep = z.infer<typeof aanroepSchema>;

export { MAX_AANROEPEN_PER_BATCH } from './batchgrens';

export const batchVerzoekSchema = z.object({
  calls: z.array(aanroepSchema),
  /** false: answer values only, without steps (cells need no explanation; 10,000 calls are 6 MB less). */
  steps: z.boolean().default(true),
  /** true: every distinct step once in the answer's `steps`, results referring to them by index (`stepRefs`). */
  stepTable: z.boolean().default(false),
});
export type BatchVerzoek = z.infer<typeof batchVerzoekSchema>;

const isAanroep = (c: unknown): boolean => {
  if (typeof c !== 'object' || c === null || Array.isArray(c)) return false;
  const { function: naam, args } = c as { function?: unknown; args?: unknown };
  return typeof naam === 'string' && naam.length > 0 && Array.isArray(args) && args.every(isArgumentWaarde);
};

const isVlag = (w: unknown): boolean => w === undefined || typeof w === 'boolean';

/**
 * A batch request that `batchVerzoekSchema` accepts as it stands (every call with its `args`), checked without
 * zod building its copy: that copy took as long as evaluating 10,000 LKS calls. Anything else, including a call
 * without `args`, is undefined, and zod decides, with its Dutch issue for what is wrong.
 * @example snelBatchVerzoek({ calls: [{ function: 'WML', args: ['2026-01-01'] }] }) // { calls: [...], steps: true, stepTable: false }
 * @example snelBatchVerzoek({ calls: [{ function: 'WML' }] }) // undefined
 */
export function snelBatchVerzoek(body: unknown): BatchVerzoek | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { calls, steps, stepTable } = body as { calls?: unknown; steps?: unknown; stepTable?: unknown };
  if (!Array.isArray(calls) || !calls.every(isAanroep) || !isVlag(steps) || !isVlag(stepTable)) return undefined;
  return {
    calls: calls as Aanroep[],
    steps: (steps as boolean | undefined) ?? true,
    stepTable: (stepTable as boolean | undefined) ?? false,
  };
}

export { wireStapSchema as stapSchema } from './stap';

export const foutSchema = z.object({
  code: z.string(),
  message: z.string(),
  argument: z.number().int().optional(),
  field: z.string().optional(),
});
export type FoutJson = z.infer<typeof foutSchema>;

/** A value: a number (amounts in euros, counts), an ISO date, or a table (UITLEG). */
export const uitkomstWaarde = z.union([z.number(), z.string(), z.array(z.array(z.union([z.string(), z.number()])))]);
export type Uitkomstwaarde = z.infer<typeof uitkomstWaarde>;

/**
 * The registry data an answer depends on, as subjects `wachtlijst:Gorinchem`, `buig:Molenlanden`, `scenario:raming`;
 * absent for a pure answer (it depends on the arguments, the date and the parameter version only).
 */
const afhankelijkVan = z.array(z.string()).optional();

export const aanroepResultaatSchema = z.union([
  z.object({ value: uitkomstWaarde, steps: z.array(stapSchema).optional(), depends: afhankelijkVan }),
  z.object({ error: foutSchema, depends: afhankelijkVan }),
]);
export type AanroepResultaat = z.infer<typeof aanroepResultaatSchema>;

export const batchAntwoordSchema = z.object({
  results: z.array(aanroepResultaatSchema),
  /** The version of each subject the results depend on, read before they were computed (a subject never changed: 0). */
  register: z.record(z.string(), z.number()).optional(),
});
export type BatchAntwoord = z.infer<typeof batchAntwoordSchema>;

const nummer = z.number().int().nonnegative();

/**
 * The answer to `"stepTable": true`: every distinct step once in `steps` as `[labelRef, value]` (a step on a figure
 * that is not vastgesteld adds its `status`, a raming also its `scenario`), every label with its source once in
 * `stepLabels`, each result naming its steps by index in `stepRefs`. `uitgeschreven` turns it back into the answer
 * with the steps written out per result. The results come first, the table after them: the API sends the results
 * while the batch is still being evaluated, and the table is complete only at its end.
 */
export const staptabelAntwoordSchema = z.object({
  results: z.array(
    z.union([
      z.object({ value: uitkomstWaarde, stepRefs: z.array(nummer), depends: afhankelijkVan }),
      z.object({ value: uitkomstWaarde, depends: afhankelijkVan }),
      z.object({ error: foutSchema, depends: afhankelijkVan }),
    ]),
  ),
  stepLabels: z.array(z.object({ label: z.string(), source: z.string() })),
  steps: z.array(
    z.union([
      z.tuple([nummer, z.string()]),
      z.tuple([nummer, z.string(), z.enum(['onbevestigd', 'aangekondigd', 'raming'])]),
      z.tuple([nummer, z.string(), z.literal('raming'), z.string()]),
    ]),
  ),
  register: z.record(z.string(), z.number()).optional(),
});
export type StaptabelAntwoord = z.infer<typeof staptabelAntwoordSchema>;
/** One result of a step-table answer: its steps by number in the answer's `steps`. */
export type StaptabelResultaat = StaptabelAntwoord['results'][number];

/**
 * A step-table answer with the steps written out per result again: the answer the same request gives without
 * `"stepTable": true`, for a client that wants the steps of every result.
 * @example uitgeschreven({ stepLabels: [{ label: 'WML', source: 'WML art. 8' }], steps: [[0, '2294.4']], results: [{ value: 1, stepRefs: [0] }] }).results // [{ value: 1, steps: [{ label: 'WML', value: '2294.4', source: 'WML art. 8' }] }]
 */
export function uitgeschreven(antwoord: StaptabelAntwoord): BatchAntwoord {
  const stappen = antwoord.steps.map(([l, value, status, scenario]): WireStap => {
    const { label, source } = antwoord.stepLabels[l]!;
    return { label, value, source, ...(status === undefined ? {} : { status }), ...(scenario === undefined ? {} : { scenario }) };
  });
  const results = antwoord.results.map((r) => {
    if (!('stepRefs' in r)) return r;
    const { stepRefs, ...rest } = r;
    return { value: rest.value, steps: stepRefs.map((i) => stappen[i]!), ...(rest.depends === undefined ? {} : { depends: rest.depends }) };
  });
  return antwoord.register === undefined ? { results } : { results, register: antwoord.register };
}
