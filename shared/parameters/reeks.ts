/**
 * Effective-dated legal figures. A figure is never a literal in a rule: it is a value in a series
 * (`Reeks`) with the date it takes effect, its source and its article. A new half-year figure is one
 * new entry here, with no change to any rule.
 */
import { DomeinFout } from '../errors';
import type { ParameterStatus } from './status';
import { Datum, datum, datumNl } from '../time/datum';
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
  /**
   * How often the law sets a new value: `halfjaar` (every 1 January and 1 July: minimum wage, norms, vrijlating
   * caps) or `jaar` (every 1 January). The newest value is then known to the end of its half year or year, so a
   * newly recorded value extends the known range by itself. Absent: a value applies until the law changes it.
   */
  ritme?: 'halfjaar' | 'jaar';
  /** An explicit last known day of the newest value; wins over `ritme`. */
  bekendTot?: Datum;
}

/**
 * The last day for which the series' figures are known, or undefined when its newest value applies until changed.
 * @example bekendTotVan({ naam: 'x', ritme: 'halfjaar', waarden: [{ geldigVanaf: '2026-07-01', … }] }) // '2026-12-31'
 */
export function bekendTotVan<T>(reeks: Reeks<T>): Datum | undefined {
  if (reeks.bekendTot !== undefined) return reeks.bekendTot;
  const laatste = reeks.waarden[reeks.waarden.length - 1];
  if (reeks.ritme === undefined || laatste === undefined) return undefined;
  const jaar = laatste.geldigVanaf.slice(0, 4);
  return datum(reeks.ritme === 'halfjaar' && laatste.geldigVanaf.slice(5) < '07-01' ? `${jaar}-06-30` : `${jaar}-12-31`);
}

/**
 * The value of a series in force on `peildatum`, or a BUITEN_PARAMETERBEREIK error that names the known range.
 * @example waardeOp(wml, '2026-03-01').waarde.referentiemaandloon // Decimal 2294.40
 */
export function waardeOp<T>(reeks: Reeks<T>, peildatum: Datum): ReeksWaarde<T> {
  const { waarden } = reeks;
  const eerste = waarden[0];
  const bekendTot = bekendTotVan(reeks);
  if (eerste === undefined || peildatum < eerste.geldigVanaf || (bekendTot !== undefined && peildatum > bekendTot)) {
    const tot = bekendTot ? ` tot en met ${datumNl(bekendTot)}` : '';
    const vanaf = eerste ? ` vanaf ${datumNl(eerste.geldigVanaf)}${tot}` : '';
    throw new DomeinFout(
      'BUITEN_PARAMETERBEREIK',
      `Voor ${datumNl(peildatum)} is ${reeks.naam} niet bekend; bekend is${vanaf || ' niets'}. Kies een peildatum binnen dat bereik` +
        (bekendTot !== undefined && peildatum > bekendTot
          ? ', of reken met een raming-scenario (het argument scenario) dat de cijfers na het bekende bereik doortrekt.'
          : '.'),
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
