/**
 * What the equality tests against a reference implementation (test/reference/) compare: a result's value in
 * cents and its steps, or its error's code, message and field; and a counter of the inputs where they differ,
 * showing the first few in full.
 */
import type Decimal from 'decimal.js';
import { DomeinFout } from '../../shared/errors';

/** The comparable outcome of a rule call: value and steps, or the DomeinFout it raised. */
export function uitkomst(bereken: () => { waarde: Decimal; stappen: unknown }): unknown {
  try {
    const r = bereken();
    return { waarde: r.waarde.toFixed(2), stappen: r.stappen };
  } catch (e) {
    if (!(e instanceof DomeinFout)) throw e;
    return { code: e.code, message: e.message, field: e.field };
  }
}

/** A comparison that counts the inputs whose outcome differs from the reference's and shows the first three. */
export function verschilTeller(): { vergelijk(invoer: unknown, gekregen: unknown, verwacht: unknown): void; readonly aantal: number } {
  let aantal = 0;
  return {
    vergelijk(invoer, gekregen, verwacht) {
      if (JSON.stringify(gekregen) === JSON.stringify(verwacht)) return;
      aantal++;
      if (aantal <= 3) expect({ invoer, gekregen }).toEqual({ invoer, gekregen: verwacht });
    },
    get aantal() {
      return aantal;
    },
  };
}
