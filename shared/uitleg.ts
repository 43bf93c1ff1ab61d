import Decimal from 'decimal.js';
import type { Bronnen } from './bron';
import { FiguurMarkering, Markeerbaar, zwaksteMarkering } from './parameters/status';

/** One step of an explanation: what was computed, its value, and the legal source it rests on. */
export interface Stap {
  label: string;
  /** Exact value as text: an amount in euros ("2477.95"), a date ("2026-04-28"), a fraction or a count. */
  waarde: string;
  bron: Bronnen;
  /** Present when the step rests on a figure that is not vastgesteld: set only by `figuurStap`. */
  status?: FiguurMarkering;
}

/** Whether a call asks for its steps: with `stappen: false` a rule builds none (values-only cells). */
export interface StapOpties {
  stappen?: boolean;
}

/** The option of a call that asks for the value only (a rule that uses another rule's amount, not its steps). */
export const ALLEEN_WAARDEN: StapOpties = Object.freeze({ stappen: false });

/** What values-only calls carry instead of steps: one shared empty list, frozen so nothing can add to it. */
export const GEEN_STAPPEN: Stap[] = Object.freeze([]) as unknown as Stap[];

/** Every rule returns its value together with the steps that produced it. */
export interface Resultaat<T> {
  waarde: T;
  stappen: Stap[];
}

/**
 * A result that writes its steps when they are first read (the answer's writer, UITLEG), from what it kept of the
 * calculation: a batch with steps then keeps one small object per call, not every step as an object.
 */
export abstract class UitgesteldResultaat<T> implements Resultaat<T> {
  private geschreven: Stap[] | undefined = undefined;

  constructor(readonly waarde: T) {}

  get stappen(): Stap[] {
    return (this.geschreven ??= this.schrijf());
  }

  /** The steps, written once. */
  protected abstract schrijf(): Stap[];
}

/** Another result's steps, still unwritten, under a value of its own (`metWaarde`). */
class MetWaarde<T> extends UitgesteldResultaat<T> {
  constructor(
    waarde: T,
    private readonly van: Resultaat<unknown>,
  ) {
    super(waarde);
  }

  protected schrijf(): Stap[] {
    return this.van.stappen;
  }
}

/**
 * The same explanation under another value (cents as euros, or as a Decimal). Steps a result has not written yet
 * (`UitgesteldResultaat`) stay unwritten until read.
 * @example metWaarde({ waarde: 122411, stappen }, 1224.11) // { waarde: 1224.11, stappen }
 */
export function metWaarde<T>(r: Resultaat<unknown>, waarde: T): Resultaat<T> {
  return r instanceof UitgesteldResultaat ? new MetWaarde(waarde, r) : { waarde, stappen: r.stappen };
}

/**
 * Builds a step; Decimal values are written in plain notation.
 * @example stap('Referentiemaandloon', new Decimal('2294.40'), { regeling: 'WML', artikel: '8', lid: '1', onder: 'b' }) // waarde '2294.4'
 */
export function stap(label: string, waarde: Decimal | string | number, bron: Bronnen): Stap {
  return { label, waarde: typeof waarde === 'string' ? waarde : typeof waarde === 'number' ? String(waarde) : waarde.toFixed(), bron };
}

/** A figure of a series: its article and how firm it is (a `ReeksWaarde`). */
export type Figuur = Markeerbaar & { artikel: Bronnen };

/**
 * Builds a step that shows or rests on figures of the parameter series: the one place a step gets the mark of a
 * figure that is not vastgesteld, so no rule can forget it. The source defaults to the (first) figure's article.
 * @example figuurStap('Referentiemaandloon', '2337.00', waardeOp(wml, '2026-07-01')).status // { status: 'onbevestigd' }
 */
export function figuurStap(
  label: string,
  waarde: Decimal | string | number,
  figuur: Figuur | readonly Figuur[],
  bron: Bronnen = Array.isArray(figuur) ? (figuur as readonly Figuur[])[0]!.artikel : (figuur as Figuur).artikel,
): Stap {
  const s = stap(label, waarde, bron);
  const status = zwaksteMarkering(Array.isArray(figuur) ? (figuur as readonly Figuur[]) : [figuur as Figuur]);
  return status === undefined ? s : { ...s, status };
}

/**
 * A `figuurStap` that is the same for every call on its figures, made once and shared between results, hence frozen
 * (the answer's writer and the wire conversion then handle it once).
 * @example Object.isFrozen(gedeeldeFiguurStap('Vakantiebijslag', '0.08', waardeOp(basisParameters.vakantiebijslag, '2026-01-01'))) // true
 */
export const gedeeldeFiguurStap: typeof figuurStap = (label, waarde, figuur, bron) =>
  Object.freeze(figuurStap(label, waarde, figuur, bron));
