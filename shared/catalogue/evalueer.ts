/**
 * The batch engine of the contract `POST /api/evaluate` and the command line: evaluates calls by name against
 * the catalogue, never throwing (a bad call becomes `{error}`), and writes the answer as JSON text.
 */
import Decimal from 'decimal.js';
import { DomeinFout } from '../errors';
import { opCenten } from '../geld';
import type { AanroepResultaat, FoutJson, Uitkomstwaarde } from '../schemas/evaluate';
import { alsWireStap } from '../schemas/stap';
import { bronTekst } from '../bron';
import { getalAlsJsonTekst } from '../breuk';
import type { Resultaat, Stap } from '../uitleg';
import type { ResultaatSoort } from './beschrijving';
import type { CatalogusFunctie, EvaluatieContext } from './functie';
import { catalogus, zoekFunctie } from './index';
import { jsonTekst, quote, type StapTabel } from './staptabel';

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
const stapTekstCache = new WeakMap<Stap, string>();

/** A domain step's JSON text: the text of its wire form (`alsWireStap`, the key order of `wireStapSchema`), without making that form. */
function schrijfStap(s: Stap): string {
  if (s.status !== undefined) return JSON.stringify(alsWireStap(s));
  return `{"label":${quote(s.label)},"value":${jsonTekst(s.waarde)},"source":${quote(bronTekst(s.bron))}}`;
}

function stapTekst(s: Stap): string {
  if (!Object.isFrozen(s)) return schrijfStap(s);
  let tekst = stapTekstCache.get(s);
  if (tekst === undefined) {
    tekst = schrijfStap(s);
    stapTekstCache.set(s, tekst);
  }
  return tekst;
}

/** The steps' texts joined: `join` writes one flat string, where `+=` left a rope that the answer's join flattened again. */
function stappenTekst(stappen: readonly Stap[]): string {
  return stappen.map(stapTekst).join(',');
}

/** A result's value as JSON: amounts and counts are finite numbers, whose JSON is their `String`. */
function waardeTekst(w: { value: unknown }): string {
  const v = w.value;
  return typeof v === 'number' && Number.isFinite(v) ? getalAlsJsonTekst(v) : JSON.stringify(v);
}

/** Options of the answer's text. */
export interface AntwoordOpties {
  /**
   * The table the batch was evaluated into (`BatchOpties`): each result's steps in `stepRefs`, every distinct step
   * given once, where it first appears, and by its number after that; labels and sources once in `stepLabels`
   * (`"stepTable": true`).
   */
  stapTabel?: StapTabel;
}

/**
 * A result's `stepRefs` in a step-table answer: a step's number when the answer gave it before, else the step
 * itself (`[labelRef, value, …]`), which takes the next number. The numbers are those of the answer's text, in the
 * order its steps first appear, whatever order the table numbered them in (a call that read the registry is
 * numbered when its reads came back): a reader reads the answer front to back.
 */
class Verwijzer {
  /** Per step of the table, its number in the answer, or -1 while the answer has not given it. */
  private nummers = new Int32Array(0);
  private gegeven = 0;

  constructor(private readonly tabel: StapTabel) {}

  tekst(stepRefs: readonly number[]): string {
    if (this.nummers.length < this.tabel.teksten.length) {
      const groter = new Int32Array(Math.max(this.tabel.teksten.length, 2 * this.nummers.length)).fill(-1);
      groter.set(this.nummers);
      this.nummers = groter;
    }
    const delen = new Array<string | number>(stepRefs.length);
    for (let k = 0; k < stepRefs.length; k++) {
      const i = stepRefs[k]!;
      const n = this.nummers[i]!;
      if (n >= 0) delen[k] = n;
      else {
        this.nummers[i] = this.gegeven++;
        delen[k] = this.tabel.teksten[i]!;
      }
    }
    // `join`, not a `+=` loop: that left a rope per result for the answer's join to flatten (10,000 LKS results: 16 → 7 ms).
    return delen.join(',');
  }
}

function resultaatTekst(r: BatchResultaat, verwijzer: Verwijzer | undefined): string {
  if ('error' in r) return JSON.stringify(r);
  const afhankelijk = r.depends === undefined ? '' : `,"depends":${JSON.stringify(r.depends)}`;
  let stappen = '';
  if ('stepRefs' in r) {
    if (!verwijzer)
      throw new Error('een resultaat met stepRefs hoort bij een staptabel: geef die mee aan batchAntwoordJson of AntwoordSchrijver');
    stappen = `,"stepRefs":[${verwijzer.tekst(r.stepRefs)}]`;
  } else if ('uitleg' in r) {
    if (verwijzer) throw new Error('een resultaat met zijn stappen hoort niet bij een staptabel: evalueer de batch in de tabel');
    stappen = `,"steps":[${stappenTekst(r.uitleg.stappen)}]`;
  }
  return `{"value":${waardeTekst(r)}${stappen}${afhankelijk}}`;
}

/**
 * The batch answer written in pieces as its results come, so an answer can travel while its batch is still being
 * evaluated: `resultaten` for each run of results in order, then `slot` once; the pieces joined are the answer's
 * text (`batchAntwoordJson`). With a step table, each step travels inside the first result that has it (`Verwijzer`),
 * so nothing waits for the end but the labels, a few dozen.
 * @example const s = new AntwoordSchrijver(); s.resultaten([{ value: 1 }]) + s.resultaten([{ value: 2 }]) + s.slot() // '{"results":[{"value":1},{"value":2}]}'
 */
export class AntwoordSchrijver {
  private aantal = 0;
  private begonnen = false;
  private readonly verwijzer: Verwijzer | undefined;

  /** `tabel`: the table the results were evaluated into (`BatchOpties`), or none when they carry their steps. */
  constructor(private readonly tabel?: StapTabel) {
    this.verwijzer = tabel && new Verwijzer(tabel);
  }

  /** The text of the next results: the answer's opening before the first run, a comma between runs. */
  resultaten(results: readonly BatchResultaat[]): string {
    const delen = new Array<string>(results.length);
    for (let i = 0; i < results.length; i++) delen[i] = resultaatTekst(results[i]!, this.verwijzer);
    const begin = (this.begonnen ? '' : '{"results":[') + (this.aantal > 0 && results.length > 0 ? ',' : '');
    this.begonnen = true;
    this.aantal += results.length;
    return begin + delen.join(',');
  }

  /** The answer's end: the labels of the step table and the registry versions the results read. */
  slot(register?: Record<string, number>): string {
    const begin = this.begonnen ? '' : '{"results":[';
    this.begonnen = true;
    const tabelDeel = this.tabel ? `,"stepLabels":[${this.tabel.labels.join(',')}]` : '';
    const registerDeel = register === undefined ? '' : `,"register":${JSON.stringify(register)}`;
    return `${begin}]${tabelDeel}${registerDeel}}`;
  }
}

/**
 * The batch answer `{"results": [...], "register"?: {...}}` as JSON text; the same text as `JSON.stringify`, built
 * faster: the steps rules share between results are serialised once, labels and sources are quoted once. With
 * `stapTabel`, the answer is `{"results": [{"value", "stepRefs": [[labelRef, value], i, ...]}], "stepLabels":
 * [{label, source}], ...}`: every distinct step travels once, in the first result that has it, and by its number
 * after that; every label and source once. The results are those evaluated into that table (`evalueerBatch` with
 * `stapTabel`). One run of `AntwoordSchrijver`.
 * @example batchAntwoordJson([{ value: 1, uitleg: { stappen: [] } }]) // '{"results":[{"value":1,"steps":[]}]}'
 */
export function batchAntwoordJson(
  results: readonly BatchResultaat[],
  register?: Record<string, number>,
  opties: AntwoordOpties = {},
): string {
  const schrijver = new AntwoordSchrijver(opties.stapTabel);
  return schrijver.resultaten(results) + schrijver.slot(register);
}

function alsResultaat(f: CatalogusFunctie, r: Resultaat<unknown>, metStappen: boolean, tabel: StapTabel | undefined): BatchResultaat {
  const value = alsJsonWaarde(f.resultaat, r.waarde);
  if (!metStappen) return { value };
  return tabel ? { value, stepRefs: tabel.nummersVan(r.stappen) } : { value, uitleg: r };
}

/**
 * Options of a batch: `stappen: false` answers values only (the batch request's `"steps": false`); `stapTabel`
 * numbers each result's steps into that table as the rule gives them (`stepRefs`), for an answer with a step table.
 */
export interface BatchOpties {
  stappen?: boolean;
  stapTabel?: StapTabel;
}

/** A value or an error of the batch, as on the wire. */
export type WaardeOfFout = { value: Uitkomstwaarde; depends?: string[] } | { error: FoutJson; depends?: string[] };

/**
 * A result with its steps: the rule's result, whose steps are written when the answer is (`steps` on the wire,
 * `alsAanroepResultaat` in-process). A rule may write its steps only when they are first read (LKS), so a batch with
 * steps keeps what its steps show, not every step as an object.
 */
export interface UitgelegdResultaat {
  value: Uitkomstwaarde;
  uitleg: { readonly stappen: readonly Stap[] };
  depends?: string[];
}

/** A result evaluated into a step table (`BatchOpties.stapTabel`): its steps by their numbers in that table. */
export interface GenummerdResultaat {
  value: Uitkomstwaarde;
  stepRefs: number[];
  depends?: string[];
}

/** A result of a batch: a value (with its steps), an error, or, evaluated into a step table, naming its steps by number. */
export type BatchResultaat = WaardeOfFout | UitgelegdResultaat | GenummerdResultaat;

/**
 * A result of the batch as the wire has it, its steps written out (`steps`): what a caller in-process reads when it
 * wants the objects, not the answer's text. A result evaluated into a step table has its steps in that table only.
 * @example alsAanroepResultaat((await evalueerBatch([{ function: 'WML', args: ['2026-01-01'] }], ctx))[0]).steps[0].source // 'WML art. 8 lid 1 onder b en c; Pw art. 2'
 */
export function alsAanroepResultaat(r: BatchResultaat): AanroepResultaat {
  if ('stepRefs' in r)
    throw new Error('de stappen van dit resultaat staan in de staptabel van de batch: lees het antwoord met uitgeschreven');
  if (!('uitleg' in r)) return r;
  const { value, uitleg, depends } = r;
  const steps = uitleg.stappen.map(alsWireStap);
  return depends === undefined ? { value, steps } : { value, steps, depends };
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
  const r = evalueerIn(call, metStappenKeuze(ctx, opties), undefined);
  return r instanceof Promise ? r.then(alsAanroepResultaat) : alsAanroepResultaat(r);
}

/** The context with the batch's choice of steps, made once per batch. */
function metStappenKeuze(ctx: EvaluatieContext, opties: BatchOpties): EvaluatieContext {
  return opties.stappen === false && ctx.stappen !== false ? { ...ctx, stappen: false } : ctx;
}

function evalueerIn(
  call: { function: string; args: readonly unknown[] },
  ctx: EvaluatieContext,
  tabel: StapTabel | undefined,
): BatchResultaat | Promise<BatchResultaat> {
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
    return r instanceof Promise ? r.then((w) => alsResultaat(f, w, metStappen, tabel), alsFout) : alsResultaat(f, r, metStappen, tabel);
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
 * given per call (the API gives each call its own register access, to record what that call read). With
 * `stapTabel`, results name their steps by number in that table (a registry call's steps are numbered when its
 * reads come back, after the others').
 * @example await evalueerBatch([{ function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2026-01-01'] }], ctx) // [{ value: 1224.11, uitleg }]
 */
export async function evalueerBatch(
  calls: readonly { function: string; args: readonly unknown[] }[],
  ctx: EvaluatieContext | ((index: number) => EvaluatieContext),
  opties?: BatchOpties & { stapTabel?: undefined },
): Promise<(WaardeOfFout | UitgelegdResultaat)[]>;
export async function evalueerBatch(
  calls: readonly { function: string; args: readonly unknown[] }[],
  ctx: EvaluatieContext | ((index: number) => EvaluatieContext),
  opties: BatchOpties,
): Promise<BatchResultaat[]>;
export async function evalueerBatch(
  calls: readonly { function: string; args: readonly unknown[] }[],
  ctx: EvaluatieContext | ((index: number) => EvaluatieContext),
  opties: BatchOpties = {},
): Promise<BatchResultaat[]> {
  const uit = new Array<BatchResultaat | Promise<BatchResultaat>>(calls.length);
  const gedeeld = typeof ctx === 'function' ? undefined : metStappenKeuze(ctx, opties);
  let async = false;
  for (let i = 0; i < calls.length; i++) {
    const r = evalueerIn(calls[i]!, gedeeld ?? metStappenKeuze((ctx as (index: number) => EvaluatieContext)(i), opties), opties.stapTabel);
    if (r instanceof Promise) async = true;
    uit[i] = r;
  }
  return async ? Promise.all(uit) : (uit as BatchResultaat[]);
}
