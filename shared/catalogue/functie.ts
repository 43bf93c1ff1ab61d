/**
 * What a catalogue entry is: its description plus its implementation over positional cell values. Rules name
 * the input field they refuse; the entry, which knows its argument order, turns that field into the 1-based
 * argument position the user sees (`"argument": 2`).
 */
import type Decimal from 'decimal.js';
import { DomeinFout } from '../errors';
import type { Parameters } from '../parameters';
import type { Budgetsoort, Gemeente } from '../schemas/grootboek';
import type { Datum } from '../time/datum';
import type { Resultaat } from '../uitleg';
import { ArgumentSpec, leesArgumenten } from './argumenten';
import type { FunctieBeschrijving } from './beschrijving';

/** What the registry offers to functions that read it; absent on the command line. */
export interface RegisterToegang {
  wachtlijstpositie(gemeente: string, casusnummer: string, peildatum: Datum): Promise<Resultaat<number>>;
  scenario(naam: string): Promise<Parameters>;
  buigSaldo(gemeente: Gemeente, jaar: number, budgetsoort: Budgetsoort | undefined): Promise<Resultaat<Decimal>>;
}

export interface EvaluatieContext {
  /** Today, for functions whose default peildatum is today. */
  vandaag: Datum;
  register?: RegisterToegang;
  /**
   * The effective figures for this evaluation: the shipped baseline plus the values Avres recorded and approved
   * (the parameter register). Absent: the baseline (`basisParameters`). Scenarios are built on top of it.
   */
  parameters?: Parameters;
  /** False: the caller wants values only, so rules that can skip their steps build none. Absent: with steps. */
  stappen?: boolean;
}

export interface CatalogusFunctie extends FunctieBeschrijving {
  argumenten: readonly ArgumentSpec[];
  uitvoeren(args: unknown[], ctx: EvaluatieContext): Resultaat<unknown> | Promise<Resultaat<unknown>>;
  /**
   * Whether a call with these raw arguments may read the registry (`ctx.register`); absent: never. The API gives
   * only such calls a register access of their own, recording what they read.
   */
  leestRegister?(args: readonly unknown[]): boolean;
}

export type Berekening<A> = (args: A, ctx: EvaluatieContext) => Resultaat<unknown> | Promise<Resultaat<unknown>>;

/**
 * The error with the rule's field replaced by the argument that feeds it; any other error unchanged.
 * @example opArgumentPositie([datumArg('peildatum', '…')], new DomeinFout('ONGELDIGE_INVOER', '…', { field: 'peildatum' })).argument // 1
 */
export function opArgumentPositie(argumenten: readonly ArgumentSpec[], e: unknown): unknown {
  if (!(e instanceof DomeinFout) || e.argument !== undefined || e.field === undefined) return e;
  const i = argumenten.findIndex((a) => a.veld === e.field);
  return i < 0 ? e : new DomeinFout(e.code, e.message, { argument: i + 1 });
}

/**
 * A catalogue entry from its description, typed argument readers and a calculation over the parsed arguments.
 * @example functie<[Datum]>({ naam: 'WML', argumenten: [datumArg('peildatum', '…')], bereken: ([peildatum]) => minimumloon({ peildatum }), … })
 */
export function functie<A extends unknown[]>(f: Omit<CatalogusFunctie, 'uitvoeren'> & { bereken: Berekening<A> }): CatalogusFunctie {
  const { bereken, ...rest } = f;
  const naarPositie = (e: unknown): never => {
    throw opArgumentPositie(f.argumenten, e);
  };
  return {
    ...rest,
    uitvoeren(args, ctx) {
      try {
        const r = bereken(leesArgumenten(f.argumenten, args) as A, ctx);
        return r instanceof Promise ? r.catch(naarPositie) : r;
      } catch (e) {
        return naarPositie(e);
      }
    },
  };
}
