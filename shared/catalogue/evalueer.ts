/**
 * The batch engine of the contract `POST /api/evaluate` and the command line: evaluates calls by name against
 * the catalogue, never throwing (a bad call becomes `{error}`), and writes the answer as JSON text.
 */
import Decimal from 'decimal.js';
import { DomeinFout } from '../errors';
import { opCenten } from '../geld';
import type { AanroepResultaat } from '../schemas/evaluate';
import type { WireStap } from '../schemas/stap';
import { alsWireStap } from '../schemas/stap';
import type { Resultaat } from '../uitleg';
import type { ResultaatSoort } from './beschrijving';
import type { CatalogusFunctie, EvaluatieContext } from './functie';
import { catalogus, zoekFunctie } from './index';

function alsJsonWaarde(soort: ResultaatSoort, waarde: unknown): number | string | (string | number)[][] {
  if (waarde instanceof Decimal) {
    const afgerond = soort === 'bedrag' && waarde.decimalPlaces() > 2 ? opCenten(waarde) : waarde;
    return afgerond.toNumber();
  }
  return waarde as number | string | (string | number)[][];
}

function alsFout(e: unknown): AanroepResultaat {
  if (e instanceof DomeinFout) {
    return { error: { code: e.code, message: e.message, ...(e.argument !== undefined ? { argument: e.argument } : {}) } };
  }
  return {
    error: { code: 'INTERNE_FOUT', message: 'Er ging iets mis bij het berekenen; probeer het opnieuw of meld het aan de beheerder.' },
  };
}

/** JSON text of shared (frozen) steps, written once: large batches repeat the same steps thousands of times. */
const stapTekstCache = new WeakMap<WireStap, string>();

/**
 * The JSON text of label and source strings, which rules share as constants: quoted once, not per step. Bounded,
 * because a rule may also build a label per call (a caller's scenario name in it).
 */
const gequoteerd = new Map<string, string>();
const MAX_GEQUOTEERD = 4096;

function quote(tekst: string): string {
  let q = gequoteerd.get(tekst);
  if (q === undefined) {
    q = JSON.stringify(tekst);
    if (gequoteerd.size < MAX_GEQUOTEERD) gequoteerd.set(tekst, q);
  }
  return q;
}

/** A step's JSON text, the same as `JSON.stringify` (the key order of `wireStapSchema`), without its per-key walk. */
function schrijfStap(s: WireStap): string {
  if (s.status !== undefined || s.scenario !== undefined) return JSON.stringify(s);
  return `{"label":${quote(s.label)},"value":${JSON.stringify(s.value)},"source":${quote(s.source)}}`;
}

function stapTekst(s: WireStap): string {
  if (!Object.isFrozen(s)) return schrijfStap(s);
  let tekst = stapTekstCache.get(s);
  if (tekst === undefined) {
    tekst = schrijfStap(s);
    stapTekstCache.set(s, tekst);
  }
  return tekst;
}

/** A result's value as JSON: amounts and counts are finite numbers, whose JSON is their `String`. */
function waardeTekst(w: AanroepResultaat & { value: unknown }): string {
  const v = w.value;
  return typeof v === 'number' && Number.isFinite(v) ? String(v) : JSON.stringify(v);
}

/** Options of the answer's text. */
export interface AntwoordOpties {
  /**
   * The steps once in a table `steps` (their labels and sources once in `stepLabels`), each result naming its steps
   * by index in `stepRefs` (`"stepTable": true`).
   */
  stapTabel?: boolean;
}

/**
 * The distinct steps of one answer, numbered in order of first use, each written as `[labelRef, value]` (with
 * `status` and `scenario` after it when present), its label and source once in `stepLabels`: on random input nearly
 * every step value is new, but its label and source repeat in every result. Shared steps are found by identity,
 * the others by (label, source) and then value in maps, so a step's text is written only when it is new.
 */
class StapTabel {
  private readonly gedeeld = new Map<WireStap, number>();
  private readonly labelNummers = new Map<string, Map<string, number>>();
  /** Per label number: the step number of each value (steps without status). */
  private readonly opWaarde: Map<string, number>[] = [];
  /** Steps with a status: rare, numbered by their text. */
  private readonly opTekst = new Map<string, number>();
  readonly labels: string[] = [];
  readonly teksten: string[] = [];

  nummer(s: WireStap): number {
    const vast = Object.isFrozen(s);
    let i = vast ? this.gedeeld.get(s) : undefined;
    if (i !== undefined) return i;
    i = this.nieuwOfBekend(s);
    if (vast) this.gedeeld.set(s, i);
    return i;
  }

  private labelNummer(s: WireStap): number {
    let perBron = this.labelNummers.get(s.label);
    if (perBron === undefined) this.labelNummers.set(s.label, (perBron = new Map()));
    let l = perBron.get(s.source);
    if (l === undefined) {
      l = this.labels.push(`{"label":${quote(s.label)},"source":${quote(s.source)}}`) - 1;
      perBron.set(s.source, l);
      this.opWaarde.push(new Map());
    }
    return l;
  }

  private nieuwOfBekend(s: WireStap): number {
    const l = this.labelNummer(s);
    if (s.status === undefined && s.scenario === undefined) {
      const perWaarde = this.opWaarde[l]!;
      let i = perWaarde.get(s.value);
      if (i === undefined) {
        i = this.teksten.push(`[${l},${JSON.stringify(s.value)}]`) - 1;
        perWaarde.set(s.value, i);
      }
      return i;
    }
    const extra = s.scenario === undefined ? [s.status] : [s.status, s.scenario];
    const tekst = JSON.stringify([l, s.value, ...extra]);
    let i = this.opTekst.get(tekst);
    if (i === undefined) {
      i = this.teksten.push(tekst) - 1;
      this.opTekst.set(tekst, i);
    }
    return i;
  }
}

function resultaatTekst(r: AanroepResultaat, tabel: StapTabel | undefined): string {
  if ('error' in r) return JSON.stringify(r);
  const afhankelijk = r.depends === undefined ? '' : `,"depends":${JSON.stringify(r.depends)}`;
  let stappen = '';
  if (r.steps !== undefined) {
    stappen = tabel ? `,"stepRefs":[${r.steps.map((s) => tabel.nummer(s)).join(',')}]` : `,"steps":[${r.steps.map(stapTekst).join(',')}]`;
  }
  return `{"value":${waardeTekst(r)}${stappen}${afhankelijk}}`;
}

/**
 * The batch answer `{"results": [...], "register"?: {...}}` as JSON text; the same text as `JSON.stringify`, built
 * faster: the steps rules share between results are serialised once, labels and sources are quoted once. With
 * `stapTabel`, the answer is `{"stepLabels": [{label, source}], "steps": [[labelRef, value], ...], "results":
 * [{"value", "stepRefs": [i, ...]}], ...}`: every distinct step travels once, every label and source once.
 * @example batchAntwoordJson([{ value: 1, steps: [] }]) // '{"results":[{"value":1,"steps":[]}]}'
 */
export function batchAntwoordJson(
  results: readonly AanroepResultaat[],
  register?: Record<string, number>,
  opties: AntwoordOpties = {},
): string {
  const tabel = opties.stapTabel ? new StapTabel() : undefined;
  const delen = new Array<string>(results.length);
  for (let i = 0; i < results.length; i++) delen[i] = resultaatTekst(results[i]!, tabel);
  const registerDeel = register === undefined ? '' : `,"register":${JSON.stringify(register)}`;
  const tabelDeel = tabel ? `"stepLabels":[${tabel.labels.join(',')}],"steps":[${tabel.teksten.join(',')}],` : '';
  return `{${tabelDeel}"results":[${delen.join(',')}]${registerDeel}}`;
}

function alsResultaat(f: CatalogusFunctie, r: Resultaat<unknown>, metStappen: boolean): AanroepResultaat {
  const value = alsJsonWaarde(f.resultaat, r.waarde);
  return metStappen ? { value, steps: r.stappen.map(alsWireStap) } : { value };
}

/** Options of a batch: `stappen: false` answers values only (the batch request's `"steps": false`). */
export interface BatchOpties {
  stappen?: boolean;
}

/**
 * Evaluates one call of the batch contract; never throws: a bad call becomes `{error}`.
 * @example await evalueer({ function: 'WML', args: ['2026-01-01'] }, { vandaag: '2026-11-24' }) // { value: 2294.4, steps: [...] }
 */
export function evalueer(
  call: { function: string; args: readonly unknown[] },
  ctx: EvaluatieContext,
  opties: BatchOpties = {},
): AanroepResultaat | Promise<AanroepResultaat> {
  return evalueerIn(call, metStappenKeuze(ctx, opties));
}

/** The context with the batch's choice of steps, made once per batch. */
function metStappenKeuze(ctx: EvaluatieContext, opties: BatchOpties): EvaluatieContext {
  return opties.stappen === false && ctx.stappen !== false ? { ...ctx, stappen: false } : ctx;
}

function evalueerIn(
  call: { function: string; args: readonly unknown[] },
  ctx: EvaluatieContext,
): AanroepResultaat | Promise<AanroepResultaat> {
  const metStappen = ctx.stappen !== false;
  const f = zoekFunctie(call.function);
  if (!f) {
    return {
      error: {
        code: 'ONBEKENDE_FUNCTIE',
        message: `onbekende functie "${call.function}"; kies uit: ${catalogus.map((c) => c.naam).join(', ')}`,
      },
    };
  }
  try {
    const r = f.uitvoeren(call.args as unknown[], ctx);
    return r instanceof Promise ? r.then((w) => alsResultaat(f, w, metStappen), alsFout) : alsResultaat(f, r, metStappen);
  } catch (e) {
    return alsFout(e);
  }
}

/**
 * Whether a call may read the registry: a function that reads it, or a scenario argument; an unknown function reads nothing.
 * @example leestRegister({ function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2026-01-01'] }) // false
 */
export function leestRegister(call: { function: string; args: readonly unknown[] }): boolean {
  return zoekFunctie(call.function)?.leestRegister?.(call.args) ?? false;
}

/**
 * Evaluates a batch: one result per call in the same order; a bad call never fails the others. `ctx` may be
 * given per call (the API gives each call its own register access, to record what that call read).
 * @example await evalueerBatch([{ function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2026-01-01'] }], ctx) // [{ value: 1224.11, steps }]
 */
export async function evalueerBatch(
  calls: readonly { function: string; args: readonly unknown[] }[],
  ctx: EvaluatieContext | ((index: number) => EvaluatieContext),
  opties: BatchOpties = {},
): Promise<AanroepResultaat[]> {
  const uit = new Array<AanroepResultaat | Promise<AanroepResultaat>>(calls.length);
  const gedeeld = typeof ctx === 'function' ? undefined : metStappenKeuze(ctx, opties);
  let async = false;
  for (let i = 0; i < calls.length; i++) {
    const r = evalueerIn(calls[i]!, gedeeld ?? metStappenKeuze((ctx as (index: number) => EvaluatieContext)(i), opties));
    if (r instanceof Promise) async = true;
    uit[i] = r;
  }
  return async ? Promise.all(uit) : (uit as AanroepResultaat[]);
}
