/**
 * Seeded random bijstandsnorm inputs: every leefvorm (and some that do not exist), the norm itself (percentage 1),
 * percentages with 1 to 6 decimals (which end on half a cent for some norms), full-precision doubles, 0, −0, tiny
 * and large percentages, and refused ones (negative, infinite, not a number); peildata around every change of the
 * norms and outside them. Shared by the equality test against the reference implementation and the benchmark.
 */
import { LEEFVORMEN, type Leefvorm } from '../../shared/parameters';
import type { BijstandsnormInvoer } from '../../shared/rules/bijstandsnorm';
import { trekking } from './grootboek-generator';
import { willekeurigePeildatum } from './peildatum-invoer';

const GEEN_LEEFVORM = ['samenwonend', '', 'toString', '__proto__'] as const;
const BIJZONDER = [0, -0, 1.2, 1.5, 5, 1e-9, 5e-324, 123456.789, 1e9, 0.1 + 0.2] as const;
const GEWEIGERD = [-0.1, -1e-9, Number.POSITIVE_INFINITY, Number.NaN, '1.2' as unknown as number] as const;

/** A generator of random bijstandsnorm inputs from a seed. */
export function bijstandsnormInvoerGenerator(seed: number): () => BijstandsnormInvoer {
  const { kans, geheel } = trekking(seed);
  const leefvorm = (): Leefvorm =>
    geheel(40) === 0 ? (GEEN_LEEFVORM[geheel(GEEN_LEEFVORM.length)] as Leefvorm) : LEEFVORMEN[geheel(LEEFVORMEN.length)]!;
  const percentage = (): number => {
    const soort = geheel(12);
    if (soort < 2) return 1;
    if (soort < 6) return geheel(500_001) / 10 ** (1 + geheel(5));
    if (soort < 9) return kans() * 5;
    if (soort === 9) return kans() * 10 ** (geheel(12) - 6);
    if (soort === 10) return BIJZONDER[geheel(BIJZONDER.length)]!;
    return GEWEIGERD[geheel(GEWEIGERD.length)]!;
  };
  return () => ({ leefvorm: leefvorm(), peildatum: willekeurigePeildatum(kans), percentage: percentage() });
}

/** The catalogue call of a bijstandsnorm input. */
export const alsBijstandsnormAanroep = (i: BijstandsnormInvoer): { function: string; args: (number | string)[] } => ({
  function: 'BIJSTANDSNORM',
  args: [i.leefvorm, i.peildatum, i.percentage],
});
