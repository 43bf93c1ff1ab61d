/**
 * Why: the LKS runs per cell in large workbooks, where the same few (loonwaarde, hours, peildatum) recur
 * thousands of times. Results are kept per parameters object (treated as immutable) and input, frozen, so the
 * wire form and JSON text of their steps are also built once (shared/schemas/stap.ts, the batch answer).
 * Errors are not kept: they are rare and cheap to recompute.
 */
import type { Parameters } from '../parameters';
import type { Resultaat } from '../uitleg';

/** Distinct inputs kept per parameters object; beyond this results are computed each time. */
const MAX_IN_GEHEUGEN = 65_536;

export interface Geheugen<T> {
  /** The result for this key under these parameters: remembered, or computed by `bereken` and frozen. */
  onthoud(parameters: Parameters, sleutel: string, bereken: () => Resultaat<T>): Resultaat<T>;
}

/**
 * A memory of results per parameters object and input key.
 * @example const g = maakGeheugen<Decimal>(); g.onthoud(p, 'k', bereken) === g.onthoud(p, 'k', bereken) // true
 */
export function maakGeheugen<T>(): Geheugen<T> {
  const perParameters = new WeakMap<Parameters, Map<string, Resultaat<T>>>();
  return {
    onthoud(parameters, sleutel, bereken) {
      let perInvoer = perParameters.get(parameters);
      if (perInvoer === undefined) {
        perInvoer = new Map();
        perParameters.set(parameters, perInvoer);
      }
      let r = perInvoer.get(sleutel);
      if (r === undefined) {
        const berekend = bereken();
        r = Object.freeze({
          waarde: berekend.waarde,
          stappen: Object.freeze(berekend.stappen.map((s) => Object.freeze(s))) as Resultaat<T>['stappen'],
        });
        if (perInvoer.size < MAX_IN_GEHEUGEN) perInvoer.set(sleutel, r);
      }
      return r;
    },
  };
}
