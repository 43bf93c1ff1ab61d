/**
 * Seeded random vangnet inputs that caches cannot help with: budgets in whole euros, in cents, at full double
 * precision and far past 2^53 cents; netto lasten in every band (overschot, under 7,5 %, exactly on 7,5 % and
 * 12,5 %, between, above) and on half a cent in the compensation; prior years' tekorten and overschotten; every
 * year of the conditions, before and after them; and invalid amounts, years and prior years. Shared by the
 * equality test against the reference implementation and the benchmark.
 */
import type { VangnetInvoer } from '../../shared/rules/vangnetuitkering';
import { trekking } from './grootboek-generator';

/** A generator of random vangnet inputs from a seed. */
export function vangnetInvoerGenerator(seed: number): () => VangnetInvoer {
  const { kans, geheel } = trekking(seed);
  const budget = (): number => {
    const soort = geheel(10);
    if (soort === 0) return 1e5 + geheel(1e9);
    if (soort === 1) return geheel(1e12) / 100;
    if (soort === 2) return kans() * 1e9;
    if (soort === 3) return kans() * 10 ** (3 + geheel(19));
    if (soort === 4) return (40 * geheel(1e7) + (geheel(2) === 0 ? 0 : 0.2)) * (geheel(2) === 0 ? 1 : 1000);
    if (soort === 5) return kans() * 10 ** -geheel(10);
    if (soort === 6 && geheel(10) === 0) return [0, -5, Number.NaN, Number.POSITIVE_INFINITY, -0][geheel(5)]!;
    return 1e6 + geheel(1e8);
  };
  const lasten = (b: number): number => {
    const soort = geheel(8);
    if (soort === 0) return b * (0.7 + kans() * 0.7);
    if (soort === 1) return b * [1.075, 1.125, 1, 1.1, 1.2][geheel(5)]!;
    // A tekort in cents, odd cents: half of it ends on half a cent.
    if (soort === 2) return Math.round(b * (1.075 + kans() * 0.05) * 100 + 1 - (Math.round(b * 100) % 2)) / 100;
    if (soort === 3) return kans() * 10 ** geheel(20);
    if (soort === 4) return Math.round(b * (1 + kans() * 0.3)) + geheel(100) / 100;
    if (soort === 5 && geheel(20) === 0) return [-1, Number.NaN, Number.NEGATIVE_INFINITY][geheel(3)]!;
    return b * (1.05 + kans() * 0.15);
  };
  const vorig = (b: number): number => {
    const soort = geheel(4);
    if (soort === 0) return (kans() - 0.5) * b * 0.4;
    if (soort === 1) return Math.round((kans() - 0.6) * b * 30) / 100;
    if (soort === 2) return -b * kans() * 0.1;
    return geheel(1e6) - 5e5;
  };
  const vorige = (b: number): number[] | undefined => {
    const soort = geheel(12);
    if (soort < 6) return undefined;
    if (soort === 6) return [[], [vorig(b)], [vorig(b), vorig(b), vorig(b)], [vorig(b), Number.NaN]][geheel(4)];
    return [vorig(b), vorig(b)];
  };
  const jaar = (): number | undefined => {
    const soort = geheel(10);
    if (soort < 3) return undefined;
    if (soort < 8) return 2021 + geheel(5);
    if (soort < 9) return 2015 + geheel(86);
    return [2014, 2101, 2025.5, Number.NaN][geheel(4)];
  };
  return () => {
    const b = budget();
    const invoer: VangnetInvoer = { definitiefBudget: b, nettoLasten: lasten(Number.isFinite(b) ? Math.abs(b) : 1e7) };
    const v = vorige(Number.isFinite(b) ? Math.abs(b) : 1e7);
    if (v !== undefined) invoer.tekortenVorigeTweeJaren = v;
    const j = jaar();
    if (j !== undefined) invoer.jaar = j;
    return invoer;
  };
}

/** The catalogue call of a vangnet input, with empty cells for what is not given (as the add-in sends it). */
export const alsVangnetAanroep = (i: VangnetInvoer): { function: string; args: unknown[] } => ({
  function: 'VANGNETUITKERING',
  args: [i.definitiefBudget, i.nettoLasten, i.tekortenVorigeTweeJaren?.map((t) => [t]) ?? '', i.jaar ?? ''],
});
