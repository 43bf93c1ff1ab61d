/**
 * `npm run bench`: runs every bench/*.bench.ts (or those named on the command line), each subset of each in a
 * process of its own so that one measurement's heap, caches and compiled code never colour the next.
 * Every figure is a ratio against a baseline measured in the same run, with min / median / max over several runs
 * (bench/spreiding.ts). Benchmarks measure; tests never assert on timings.
 *
 * They measure the code as it is deployed: compiled by tsc to CommonJS (bench/tsconfig.json, as `npm run build`
 * compiles the Function App), not through tsx's loader, whose export getters put a getter call on every call between
 * modules (10–30 % of an LKS batch). Only `laden` runs under tsx: it builds the add-in from its TypeScript sources and
 * measures a browser page, not server code.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface BenchModule {
  default: (subset?: string) => Promise<void>;
  subsets?: string[];
}

async function eenProces(bestand: string, subset: string | undefined): Promise<void> {
  const mod = (await import(join(__dirname, bestand))) as BenchModule;
  await mod.default(subset);
}

const ROOT = resolve(__dirname, '..');
const GEBOUWD = join(ROOT, 'build', 'bench');
/** Benchmarks that run from their TypeScript sources (see above). */
const ONGECOMPILEERD = new Set(['laden.bench.ts']);

/** The benchmarks and what they import, compiled by tsc, with the registry's migrations beside the compiled code. */
function compileer(): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(__dirname, 'tsconfig.json')], {
    stdio: 'inherit',
  });
  cpSync(join(ROOT, 'functions', 'registry', 'migrations'), join(GEBOUWD, 'functions', 'registry', 'migrations'), { recursive: true });
}

function main(): void {
  const gekozen = process.argv.slice(2);
  const bestanden = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => gekozen.length === 0 || gekozen.some((g) => f.startsWith(g)))
    .sort();
  if (bestanden.some((b) => !ONGECOMPILEERD.has(b))) compileer();
  for (const bestand of bestanden) {
    const subsets = SUBSETS[bestand] ?? [undefined];
    const gecompileerd = !ONGECOMPILEERD.has(bestand);
    for (const subset of subsets) {
      console.log(`\n== ${bestand}${subset ? ` (${subset})` : ''}${gecompileerd ? '' : ' (tsx)'}`);
      // --expose-gc: a benchmark may collect between batches, so one batch's garbage is not timed in the next.
      execFileSync(process.execPath, gecompileerd ? ['--expose-gc', join(GEBOUWD, 'bench', 'run.js')] : [...process.execArgv, __filename], {
        stdio: 'inherit',
        env: {
          ...process.env,
          AVRES_BENCH: gecompileerd ? bestand.replace(/\.ts$/, '.js') : bestand,
          AVRES_BENCH_SUBSET: subset ?? '',
        },
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
