/**
 * `npm run bench`: runs every bench/*.bench.ts (or those named on the command line), each subset of each in a
 * process of its own so that one measurement's heap, caches and compiled code never colour the next.
 * Every figure is a ratio against a baseline measured in the same run, with min / median / max over several runs
 * (bench/spreiding.ts). Benchmarks measure; tests never assert on timings.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

interface BenchModule {
  default: (subset?: string) => Promise<void>;
  subsets?: string[];
}

async function eenProces(bestand: string, subset: string | undefined): Promise<void> {
  const mod = (await import(join(__dirname, bestand))) as BenchModule;
  await mod.default(subset);
}

function main(): void {
  const gekozen = process.argv.slice(2);
  const bestanden = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => gekozen.length === 0 || gekozen.some((g) => f.startsWith(g)))
    .sort();
  for (const bestand of bestanden) {
    const subsets = SUBSETS[bestand] ?? [undefined];
    for (const subset of subsets) {
      console.log(`\n== ${bestand}${subset ? ` (${subset})` : ''}`);
      execFileSync(process.execPath, [...process.execArgv, __filename], {
        stdio: 'inherit',
        env: { ...process.env, AVRES_BENCH: bestand, AVRES_BENCH_SUBSET: subset ?? '' },
      });
    }
  }
}

/** The input sets a benchmark measures separately, each in its own process. */
const SUBSETS: Record<string, string[]> = { 'catalogue.bench.ts': ['willekeurig', 'herhaald'] };

if (process.env.AVRES_BENCH) {
  eenProces(process.env.AVRES_BENCH, process.env.AVRES_BENCH_SUBSET || undefined).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
} else {
  main();
}
