/**
 * Seeded random peildata for the equality tests of the half-yearly figures (minimum wage, bijstandsnormen): every
 * day around the 1 January and 1 July changes, any day of 2023 to 2027 (before and after the known figures), and
 * now and then text that is no date.
 */
import type { Datum } from '../../shared/time/datum';
import { trekkingVan } from './grootboek-generator';

const WISSELDAGEN = ['01-01', '01-02', '06-29', '06-30', '07-01', '07-02', '12-30', '12-31'] as const;
const GEEN_DATUM = ['2026-02-30', '2026-13-01', '1-1-2026', 'morgen', ''] as const;

/** A peildatum from a random source `kans` (uniform in [0, 1)). */
export function willekeurigePeildatum(kans: () => number): Datum {
  const { geheel } = trekkingVan(kans);
  const soort = geheel(50);
  if (soort === 0) return GEEN_DATUM[geheel(GEEN_DATUM.length)] as Datum;
  const jaar = 2023 + geheel(5);
  if (soort < 20) return `${jaar}-${WISSELDAGEN[geheel(WISSELDAGEN.length)]}` as Datum;
  return `${jaar}-${String(1 + geheel(12)).padStart(2, '0')}-${String(1 + geheel(28)).padStart(2, '0')}` as Datum;
}
