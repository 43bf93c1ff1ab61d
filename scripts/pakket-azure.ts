/**
 * `npm run package:azure` (azd's prepackage hook): assembles what the Function App runs in build/azure, so a deploy
 * needs no TypeScript compiler on Azure and carries production dependencies only: the compiled API (dist/), the built
 * add-in (addin/dist without source maps, its manifest for AVRES_ORIGIN), host.json, package.json and its lock, then
 * `npm ci --omit=dev --omit=optional` in that folder. azure.yaml deploys the folder as is (remoteBuild: false).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const PAKKET = join(ROOT, 'build', 'azure');
const npm = (args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = process.env): void => {
  execFileSync('npm', args, { cwd, env, stdio: 'inherit' });
};

rmSync(PAKKET, { recursive: true, force: true });
npm(['run', 'build']);
// AVRES_ORIGIN is an output of infra/main.bicep (the Function App's origin), where the add-in's manifest must point.
if (!process.env.AVRES_ORIGIN) console.warn('Let op: AVRES_ORIGIN ontbreekt (nog niet geprovisioned?); het manifest wijst naar localhost.');
npm(['run', 'build:addin']);
cpSync(join(ROOT, 'dist'), join(PAKKET, 'dist'), { recursive: true });
cpSync(join(ROOT, 'addin', 'dist'), join(PAKKET, 'addin', 'dist'), { recursive: true, filter: (bron) => !bron.endsWith('.map') });
for (const bestand of ['host.json', 'package.json', 'package-lock.json', '.funcignore']) cpSync(join(ROOT, bestand), join(PAKKET, bestand));
npm(['ci', '--omit=dev', '--omit=optional', '--ignore-scripts', '--no-audit', '--no-fund'], PAKKET);
console.log(`Pakket voor Azure in ${PAKKET}`);
