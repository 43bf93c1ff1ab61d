/**
 * Seeded random begeleidingskosten inputs: hours whole, in quarters, at full double precision, 0, exactly one place
 * and above it up to a week and past it; Rijk amounts whole, in cents, at full double precision, tiny and up to
 * the largest accepted, and amounts that make the pro rata share end exactly on half a cent; invalid hours and
 * amounts. Shared by the equality test and the benchmark.
 */
import type { BegeleidingskostenInvoer } from '../../shared/rules/begeleidingskosten';
import { trekking } from './grootboek-generator';

/** A generator of random begeleidingskosten inputs from a seed; `geldig` keeps to valid inputs. */
export function begeleidingskostenInvoerGenerator(seed: number, { geldig = false } = {}): () => BegeleidingskostenInvoer {
  const { kans, geheel } = trekking(seed);
  const uren = (): number => {
    const soort = geheel(geldig ? 6 : 7);
    if (soort === 0) return geheel(41);
    if (soort === 1) return geheel(31 * 4 + 1) / 4;
    if (soort === 2) return kans() * 31;
    if (soort === 3) return kans() * 168;
    if (soort === 4) return [0, 31, 168, 15.5, 1e-7][geheel(5)]!;
    if (soort === 5) return geheel(31) + 0.5;
    return [-1, 168.5, NaN, -1e-9][geheel(4)]!;
  };
  const bedrag = (): number => {
    const soort = geheel(geldig ? 5 : 6);
    if (soort === 0) return geheel(20_000);
    if (soort === 1) return geheel(2_000_000) / 100;
    if (soort === 2) return kans() * 10 ** geheel(13);
    if (soort === 3) return (geheel(2_000_000) * 2 + 1) / 200;
    if (soort === 4) return [0, 9000, 1e12, 1e-7, 0.005][geheel(5)]!;
    return [-0.01, Infinity, NaN, 1e12 + 0.5, 1e15][geheel(5)]!;
  };
  /** Hours with only 2 and 5 as factors and an amount such that the share is exactly (2c + 1) / 2 cent. */
  const opHalveCent = (): BegeleidingskostenInvoer => {
    const urenPerWeek = [1, 2, 4, 5, 8, 10, 16, 20, 25][geheel(9)]!;
    return { urenPerWeek, rijksbedragPerPlek: (31 * (2 * geheel(2_000_000) + 1)) / (200 * urenPerWeek) };
  };
  return () => (geheel(5) === 0 ? opHalveCent() : { urenPerWeek: uren(), rijksbedragPerPlek: bedrag() });
}

/** The catalogue call of a begeleidingskosten input. */
export const alsBegeleidingskostenAanroep = (i: BegeleidingskostenInvoer): { function: string; args: number[] } => ({
  function: 'BEGELEIDINGSKOSTEN',
  args: [i.urenPerWeek, i.rijksbedragPerPlek],
});
