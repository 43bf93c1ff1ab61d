/**
 * The one way the benchmarks time a batch and summarise repeated measurements: min / median / max, so a figure's
 * noise on a shared machine shows beside it. (Not a benchmark itself: run.ts runs only *.bench.ts.)
 */
export interface Spreiding {
  min: number;
  mediaan: number;
  max: number;
  /** `min 1.0 / med 2.0 / max 3.0` */
  tekst: string;
}

export function spreiding(metingen: readonly number[], decimalen = 1): Spreiding {
  const s = [...metingen].sort((a, b) => a - b);
  const min = s[0]!;
  const mediaan = s[Math.floor(s.length / 2)]!;
  const max = s[s.length - 1]!;
  return { min, mediaan, max, tekst: `min ${min.toFixed(decimalen)} / med ${mediaan.toFixed(decimalen)} / max ${max.toFixed(decimalen)}` };
}

/**
 * The time of one batch in ms, by default after a full collection: a batch may keep its results, and the garbage of
 * the one before would otherwise be collected during this one (the benchmarks run with --expose-gc; without it,
 * nothing is collected).
 */
export async function tijd(f: () => unknown, opruimen = true): Promise<number> {
  if (opruimen) (globalThis as { gc?: () => void }).gc?.();
  const t = performance.now();
  await f();
  return performance.now() - t;
}
