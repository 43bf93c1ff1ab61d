/**
 * `npm run bench`: runs every bench/*.bench.ts (or those named on the command line) in one process
 * and prints their ratio lines. Benchmarks measure; tests never assert on timings.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function main(): Promise<void> {
  const gekozen = process.argv.slice(2);
  const bestanden = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => gekozen.length === 0 || gekozen.some((g) => f.startsWith(g)))
    .sort();
  for (const bestand of bestanden) {
    console.log(`\n== ${bestand}`);
    const mod = (await import(join(__dirname, bestand))) as { default: () => Promise<void> };
    await mod.default();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
