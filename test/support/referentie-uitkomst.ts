/**
 * What the equality tests against a reference implementation (test/reference/) compare: a result's value as text
 * and its steps, or its error's code, message and field; a counter of the inputs where they differ, showing the
 * first few in full; and the comparison of a rule in cents, with and without steps, against its reference.
 */
import Decimal from 'decimal.js';
import { centenAlsTekst } from '../../shared/breuk';
import { DomeinFout } from '../../shared/errors';
import type { Resultaat } from '../../shared/uitleg';

/** What a refused call is compared by: the DomeinFout's code, Dutch message and field. */
export type FoutUitkomst = { code: string; message: string; field: string | undefined };

export type Uitkomst = { waarde: string; stappen: unknown } | FoutUitkomst;

/** What `bereken` gives, or the code, message and field of the DomeinFout it raised (any other error is thrown). */
export function ofFout<T>(bereken: () => T): T | FoutUitkomst {
  try {
    return bereken();
  } catch (e) {
    if (!(e instanceof DomeinFout)) throw e;
    return { code: e.code, message: e.message, field: e.field };
  }
}

/** `ofFout` as JSON text: what the proofs of lists compare, every field of a result written out by the caller. */
export const alsJsonOfFout = (bereken: () => unknown): string => JSON.stringify(ofFout(bereken));

const tweeDecimalen = (w: unknown): string => (w as Decimal).toFixed(2);

/** The comparable outcome of a rule call: its value as text (a Decimal's two decimals unless told) and steps, or the DomeinFout it raised. */
export function uitkomst<T>(bereken: () => { waarde: T; stappen: unknown }, alsTekst: (w: T) => string = tweeDecimalen): Uitkomst {
  return ofFout(() => {
    const r = bereken();
    return { waarde: alsTekst(r.waarde), stappen: r.stappen };
  });
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

/**
 * The reference's outcome and whether the rule in cents gave the same, with its steps and, values only, without.
 * `inCenten(opties)` calls the rule; the reference's amount is compared rounded to cents, as every answer shows it.
 */
export function vergelijkMetReferentie(
  referentie: () => Resultaat<{ toFixed(decimalen: number): string }>,
  inCenten: (opties: { stappen: boolean }) => Resultaat<number>,
): { verwacht: Uitkomst; gekregen: unknown; gelijk: boolean } {
  const verwacht = uitkomst(referentie, (w) => w.toFixed(2));
  const gekregen = [
    uitkomst(() => inCenten({ stappen: true }), centenAlsTekst),
    uitkomst(() => inCenten({ stappen: false }), centenAlsTekst),
  ];
  const verwachtZonder = 'stappen' in verwacht ? { ...verwacht, stappen: [] } : verwacht;
  return { verwacht, gekregen, gelijk: JSON.stringify(gekregen) === JSON.stringify([verwacht, verwachtZonder]) };
}

/**
 * What `bereken` gives with decimal.js at 120 significant digits instead of its 20: a reference's exact value where
 * it rounded a sum or product, for amounts from 10^-12 to 10^21 euros.
 */
export function zonderDecimalAfronding<T>(bereken: () => T): T {
  const precisie = Decimal.precision;
  Decimal.set({ precision: 120 });
  try {
    return bereken();
  } finally {
    Decimal.set({ precision: precisie });
  }
}

/** An amount's text that ends on half a cent. */
export const HALVE_CENT = /\.\d\d5$/;

/** An amount's text with 15 significant digits or more and more than two decimals: a double at full precision. */
export const volleDouble = (tekst: string): boolean =>
  /\.\d{3,}$/.test(tekst) && tekst.replace(/[-.]/g, '').replace(/^0+/, '').length >= 15;

/** An outcome's JSON text without a step (an error's as it is): what values only must give. */
export function zonderStappen(uitkomstTekst: string): string {
  const r = JSON.parse(uitkomstTekst) as Record<string, unknown>;
  return 'code' in r ? uitkomstTekst : JSON.stringify({ ...r, stappen: [] });
}

/** How an outcome compared with the reference's (`exacteVergelijking`). */
export type Vergelijking = { uit: 'gelijk' } | { uit: 'afgerond' | 'verklaard' | 'anders'; exact: string };

/**
 * The comparison of a proof whose reference rounds where the integer core is exact (decimal.js at 20 significant
 * digits): the outcomes' texts equal; or the reference's at 120 digits (`zonderDecimalAfronding`) equal to the
 * outcome, `afgerond`; or a difference the proof expects (`verklaard` of the exact text, such as a half cent); else
 * a difference, counted, the first three shown in full against the exact reference.
 */
export function exacteVergelijking(): {
  vergelijk(
    invoer: unknown,
    gekregen: string,
    verwacht: string,
    referentie: () => string,
    verklaard?: (exact: string) => boolean,
  ): Vergelijking;
  readonly verschillen: number;
} {
  let verschillen = 0;
  return {
    vergelijk(invoer, gekregen, verwacht, referentie, verklaard) {
      if (gekregen === verwacht) return { uit: 'gelijk' };
      const exact = zonderDecimalAfronding(referentie);
      if (gekregen === exact) return { uit: 'afgerond', exact };
      if (verklaard?.(exact)) return { uit: 'verklaard', exact };
      verschillen++;
      if (verschillen <= 3) expect({ invoer, gekregen: JSON.parse(gekregen) }).toEqual({ invoer, gekregen: JSON.parse(exact) });
      return { uit: 'anders', exact };
    },
    get verschillen() {
      return verschillen;
    },
  };
}
