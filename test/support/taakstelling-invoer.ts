/**
 * Seeded random taakstelling inputs that caches cannot help with: lists of 0–40 dienstverbanden (mostly up to 10) with whole, half
 * and full-precision hours, hours at and above a place, tiny and huge hours, lists whose sum of places ends exactly
 * on half a hundredth and hours whose share ends exactly on half of the fourth decimal; invalid lists and entries.
 * Parameter sets as a beheerder could record them, with other hours per place and a status. Shared by the equality
 * test against the reference implementation and the benchmark.
 */
import { basisParameters, Parameters } from '../../shared/parameters';
import type { ParameterStatus } from '../../shared/parameters/status';
import type { TaakstellingInvoer } from '../../shared/rules/taakstelling';
import { trekking } from './grootboek-generator';

/** The law's parameters with another number of hours per place (and optionally a status), as the register holds them. */
export function metPlekUren(taakstellingUren: number, status?: ParameterStatus): Parameters {
  const beleid = basisParameters.beschutWerk.waarden.at(-1)!;
  return {
    ...basisParameters,
    beschutWerk: {
      ...basisParameters.beschutWerk,
      waarden: [
        ...basisParameters.beschutWerk.waarden.slice(0, -1),
        { ...beleid, waarde: { ...beleid.waarde, taakstellingUren }, ...(status === undefined ? {} : { status }) },
      ],
    },
  };
}

/** Parameter sets for the equality test: the law's 31 hours and recorded ones. */
export const plekUrenParameters: readonly Parameters[] = [
  basisParameters,
  metPlekUren(36),
  metPlekUren(32, 'onbevestigd'),
  metPlekUren(24),
  metPlekUren(40, 'aangekondigd'),
  metPlekUren(1),
  metPlekUren(7),
];

const ONGELDIG: readonly unknown[] = [-1, -0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '20', null, undefined];

/** A generator of random lists of hours from a seed, for a place of `plekUren` hours. */
export function taakstellingInvoerGenerator(seed: number, { plekUren = 31, geldig = false } = {}): () => TaakstellingInvoer {
  const { kans, geheel } = trekking(seed);
  // Mostly a handful of dienstverbanden, a quarter of the lists up to 40.
  const aantal = (): number => (geheel(4) === 0 ? geheel(41) : geheel(11));
  /** Hours on a grid of thousandths, returned with their count of thousandths (for the ties). */
  const rasterUren = (): number => {
    const soort = geheel(4);
    if (soort === 0) return geheel(plekUren + 1) * 1000;
    if (soort === 1) return geheel(plekUren * 2 + 1) * 500;
    if (soort === 2) return geheel(plekUren * 1000);
    return (plekUren + geheel(30)) * 1000;
  };
  const uren = (): number => {
    const soort = geheel(10);
    if (soort < 4) return rasterUren() / 1000;
    if (soort < 6) return kans() * plekUren * 1.2;
    // Half of the fourth decimal exactly: uren / plekUren = (2m + 1) / 20000.
    if (soort === 6) return (5 * plekUren * (2 * geheel(10_000) + 1)) / 100_000;
    if (soort === 7) return kans() * 10 ** (geheel(40) - 20);
    if (soort === 8) return [0, -0, plekUren, plekUren - 1e-12, 5e-324, 1e21, Number.MAX_VALUE][geheel(7)]!;
    return plekUren + kans() * 100;
  };
  /** A list on the grid whose sum of places is exactly half a hundredth: Σ uncapped uren = plekUren (2m + 1) / 200. */
  const gelijkspel = (): number[] => {
    const duizendsten = Array.from({ length: Math.min(aantal(), 39) }, rasterUren);
    const onder = duizendsten.filter((d) => d < plekUren * 1000).reduce((a, b) => a + b, 0);
    const stap = 10 * plekUren; // plekUren / 100 in thousandths: one hundredth of a place
    const half = 5 * plekUren;
    // The next sum ending on half a hundredth above `onder` that one more dienstverband under a place can reach.
    const doel = Math.ceil((onder - half) / stap) * stap + half;
    const extra = doel - onder;
    if (extra < plekUren * 1000) duizendsten.splice(geheel(duizendsten.length + 1), 0, extra);
    return duizendsten.map((d) => d / 1000);
  };
  return () => {
    const soort = geheel(20);
    if (soort === 0) return { urenPerWeek: [] };
    if (soort === 1 && !geldig) {
      const lijst: unknown[] = Array.from({ length: geheel(10) }, uren);
      lijst.splice(geheel(lijst.length + 1), 0, ONGELDIG[geheel(ONGELDIG.length)]);
      return { urenPerWeek: lijst as number[] };
    }
    if (soort === 2 && !geldig && geheel(4) === 0) return { urenPerWeek: [undefined, 20, '31'][geheel(3)] as unknown as number[] };
    if (soort < 8) return { urenPerWeek: gelijkspel() };
    return { urenPerWeek: Array.from({ length: aantal() }, uren) };
  };
}

/** The catalogue call of a taakstelling input: the hours as a column range (an empty one is a missing argument). */
export const alsTaakstellingAanroep = (i: TaakstellingInvoer): { function: string; args: unknown[] } => ({
  function: 'TAAKSTELLING_PLEKKEN',
  args: [i.urenPerWeek.map((u) => [u])],
});
