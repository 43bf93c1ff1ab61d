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
  /** true: every distinct step once, in the first result that has it, and by its number after that (`stepRefs`). */
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

/** A step in a step-table answer: `[labelRef, value]`, with `status` (and a raming's `scenario`) when its figure is not vastgesteld. */
const staptabelStap = z.union([
  z.tuple([nummer, z.string()]),
  z.tuple([nummer, z.string(), z.enum(['onbevestigd', 'aangekondigd', 'raming'])]),
  z.tuple([nummer, z.string(), z.literal('raming'), z.string()]),
]);

/**
 * The answer to `"stepTable": true`: each result's steps in `stepRefs`, where every distinct step travels once, as
 * `[labelRef, value]` (a step on a figure that is not vastgesteld adds its `status`, a raming also its `scenario`)
 * in the first result that has it, and as its number after that. Steps are numbered 0, 1, 2, … in the order they
 * first appear in the answer, so a reader reads the results front to back. Every label with its source is given
 * once in `stepLabels`, after the results. `uitgeschreven` turns it back into the answer with the steps written out
 * per result. Each step travels where it is first needed, so the API sends the results while the batch is still
 * being evaluated and nothing but the labels waits for its end.
 */
export const staptabelAntwoordSchema = z.object({
  results: z.array(
    z.union([
      z.object({ value: uitkomstWaarde, stepRefs: z.array(z.union([nummer, staptabelStap])), depends: afhankelijkVan }),
      z.object({ value: uitkomstWaarde, depends: afhankelijkVan }),
      z.object({ error: foutSchema, depends: afhankelijkVan }),
    ]),
  ),
  stepLabels: z.array(z.object({ label: z.string(), source: z.string() })),
  register: z.record(z.string(), z.number()).optional(),
});
export type StaptabelAntwoord = z.infer<typeof staptabelAntwoordSchema>;
/**
 * A step-table answer with the steps written out per result again: the answer the same request gives without
 * `"stepTable": true`, for a client that wants the steps of every result. A number that no earlier step took, or a
 * label number without a label, is no answer of the API's: it throws.
 * @example uitgeschreven({ stepLabels: [{ label: 'WML', source: 'WML art. 8' }], results: [{ value: 1, stepRefs: [[0, '2294.4']] }, { value: 1, stepRefs: [0] }] }).results[1] // { value: 1, steps: [{ label: 'WML', value: '2294.4', source: 'WML art. 8' }] }
 */
export function uitgeschreven(antwoord: StaptabelAntwoord): BatchAntwoord {
  const stappen: WireStap[] = [];
  const stap = (e: number | z.infer<typeof staptabelStap>): WireStap => {
    if (typeof e === 'number') {
      const s = stappen[e];
      if (s === undefined) throw new Error(`stap ${e} is gebruikt voordat het antwoord hem gaf (${stappen.length} stappen gegeven)`);
      return s;
    }
    const [l, value, status, scenario] = e;
    const label = antwoord.stepLabels[l];
    if (label === undefined) throw new Error(`label ${l} ontbreekt in stepLabels (${antwoord.stepLabels.length} labels)`);
    const s: WireStap = {
      label: label.label,
      value,
      source: label.source,
      ...(status === undefined ? {} : { status }),
      ...(scenario === undefined ? {} : { scenario }),
    };
    stappen.push(s);
    return s;
  };
  const results = antwoord.results.map((r) => {
    if (!('stepRefs' in r)) return r;
    const { stepRefs, ...rest } = r;
    return { value: rest.value, steps: stepRefs.map(stap), ...(rest.depends === undefined ? {} : { depends: rest.depends }) };
  });
  return antwoord.register === undefined ? { results } : { results, register: antwoord.register };
}
