/**
 * Effective-dated legal figures. A figure is never a literal in a rule: it is a value in a series
 * (`Reeks`) with the date it takes effect, its source and its article. A new half-year figure is one
 * new entry here, with no change to any rule.
 */
import { DomeinFout } from '../errors';
import type { ParameterStatus } from './status';
import { Datum, datumNl } from '../time/datum';
import type { Bronnen } from '../bron';

export interface ReeksWaarde<T> {
  /** First day the value applies. */
  geldigVanaf: Datum;
  waarde: T;
  /** Where the figure was verified (publication, address). */
  bron: string;
  /** The legal basis: `{ regeling: 'WML', artikel: '8', lid: '1', onder: 'b' }`. */
  artikel: Bronnen;
  /** How firm the figure is; absent: vastgesteld. Steps on a figure that is not vastgesteld say so. */
  status?: ParameterStatus;
  /** Set on a value projected past the known figures by a raming scenario (its name). */
  raming?: string;
}

export interface Reeks<T> {
  /** Dutch name used in error messages: "het wettelijk minimumloon". */
  naam: string;
  /** Values in ascending order of `geldigVanaf`. */
  waarden: ReeksWaarde<T>[];
  /** Last day the newest value is known to apply; absent when it applies until changed by law. */
  bekendTot?: Datum;
}

/**
 * The value of a series in force on `peildatum`, or a BUITEN_PARAMETERBEREIK error that names the known range.
 * @example waardeOp(wml, '2026-03-01').waarde.referentiemaandloon // Decimal 2294.40
 */
export function waardeOp<T>(reeks: Reeks<T>, peildatum: Datum): ReeksWaarde<T> {
  const { waarden } = reeks;
  const eerste = waarden[0];
  if (eerste === undefined || peildatum < eerste.geldigVanaf || (reeks.bekendTot !== undefined && peildatum > reeks.bekendTot)) {
    const tot = reeks.bekendTot ? ` tot en met ${datumNl(reeks.bekendTot)}` : '';
    const vanaf = eerste ? ` vanaf ${datumNl(eerste.geldigVanaf)}${tot}` : '';
    throw new DomeinFout(
      'BUITEN_PARAMETERBEREIK',
      `Voor ${datumNl(peildatum)} is ${reeks.naam} niet bekend; bekend is${vanaf || ' niets'}. Kies een peildatum binnen dat bereik.`,
    );
  }
  for (let i = waarden.length - 1; i >= 0; i--) {
    const w = waarden[i]!;
    if (w.geldigVanaf <= peildatum) return w;
  }
  /* istanbul ignore next: unreachable, the first value precedes peildatum */
  return eerste;
}

/**
 * The newest value of a series, for rules that apply the latest known figures when no peildatum is given.
 * @example nieuwsteWaarde(vangnet).geldigVanaf // '2021-01-01'
 */
export function nieuwsteWaarde<T>(reeks: Reeks<T>): ReeksWaarde<T> {
  const laatste = reeks.waarden[reeks.waarden.length - 1];
  if (laatste === undefined) throw new DomeinFout('BUITEN_PARAMETERBEREIK', `Van ${reeks.naam} is nog geen waarde bekend.`);
  return laatste;
}
