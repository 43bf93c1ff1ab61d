import Decimal from 'decimal.js';
import type { Bronnen } from './bron';

/** One step of an explanation: what was computed, its value, and the legal source it rests on. */
export interface Stap {
  label: string;
  /** Exact value as text: an amount in euros ("2477.95"), a date ("2026-04-28"), a fraction or a count. */
  waarde: string;
  bron: Bronnen;
}

/** Every rule returns its value together with the steps that produced it. */
export interface Resultaat<T> {
  waarde: T;
  stappen: Stap[];
}

/**
 * Builds a step; Decimal values are written in plain notation.
 * @example stap('Referentiemaandloon', new Decimal('2294.40'), { regeling: 'WML', artikel: '8', lid: '1', onder: 'b' }) // waarde '2294.4'
 */
export function stap(label: string, waarde: Decimal | string | number, bron: Bronnen): Stap {
  return { label, waarde: waarde instanceof Decimal ? waarde.toFixed() : String(waarde), bron };
}
