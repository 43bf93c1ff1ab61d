/**
 * Why: the LKS runs per cell in large workbooks, where the same few (loonwaarde, hours, peildatum) recur
 * thousands of times. Results are kept per parameters object (treated as immutable) and input, frozen, so the
 * wire form and JSON text of their steps are also built once (shared/schemas/stap.ts, the batch answer).
 * Errors are not kept: they are rare and cheap to recompute.
 */
import type Decimal from 'decimal.js';
import type { Parameters } from '../parameters';
import type { Resultaat } from '../uitleg';
import type { LoonkostensubsidieInvoer } from './loonkostensubsidie';

/** Distinct inputs kept per parameters object; beyond this results are computed each time. */
const MAX_IN_GEHEUGEN = 65_536;

type Berekening = (invoer: LoonkostensubsidieInvoer, parameters: Parameters) => Resultaat<Decimal>;

/**
 * The same calculation, remembering each result per parameters object and input.
 * @example const snel = onthoudLoonkostensubsidie(bereken); snel(invoer, basisParameters) === snel(invoer, basisParameters) // true
 */
export function onthoudLoonkostensubsidie(bereken: Berekening): Berekening {
  const geheugen = new WeakMap<Parameters, Map<string, Resultaat<Decimal>>>();
  return (invoer, parameters) => {
    let perInvoer = geheugen.get(parameters);
    if (perInvoer === undefined) {
      perInvoer = new Map();
      geheugen.set(parameters, perInvoer);
    }
    const sleutel = `${invoer.loonwaarde}|${invoer.urenPerWeek}|${invoer.peildatum}|${invoer.voltijdUren}|${invoer.leeftijd}`;
    let r = perInvoer.get(sleutel);
    if (r === undefined) {
      const berekend = bereken(invoer, parameters);
      r = Object.freeze({
        waarde: berekend.waarde,
        stappen: Object.freeze(berekend.stappen.map((s) => Object.freeze(s))) as Resultaat<Decimal>['stappen'],
      });
      if (perInvoer.size < MAX_IN_GEHEUGEN) perInvoer.set(sleutel, r);
    }
    return r;
  };
}
