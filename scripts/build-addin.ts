/**
 * `npm run build:addin`: bundles the add-in into addin/dist (a static folder the local server and any
 * web host can serve): taskpane.html/.js/.css, help.html, icons (scripts/iconen.ts), functions.json generated from the
 * catalogue, config.json for sign-in, and manifest.xml for the chosen origin.
 *
 * Environment: AVRES_ORIGIN (default https://localhost:AVRES_HTTPS_PORT, the port npm start serves the add-in on,
 * itself 3000 by default) for the manifest's URLs;
 * AVRES_ADDIN_CLIENT_ID, AVRES_ADDIN_AUTHORITY, AVRES_ADDIN_SCOPES (comma-separated) for nested app
 * authentication in production (without a client id the add-in uses the development token).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, BuildOptions } from 'esbuild';
import { beschrijvingen } from '../shared/catalogue/beschrijvingen';
import { functionsJson } from '../addin/functions/metadata';
import type { AddinConfig } from '../addin/auth/token';
import { iconBestanden } from './iconen';

const ROOT = resolve(__dirname, '..');
export const DIST = join(ROOT, 'addin', 'dist');
const ONTWIKKEL_ORIGIN = 'https://localhost:3000';

function config(env: NodeJS.ProcessEnv): AddinConfig {
  const c: AddinConfig = {};
  if (env.AVRES_ADDIN_CLIENT_ID) c.clientId = env.AVRES_ADDIN_CLIENT_ID;
  if (env.AVRES_ADDIN_AUTHORITY) c.authority = env.AVRES_ADDIN_AUTHORITY;
  if (env.AVRES_ADDIN_SCOPES)
    c.scopes = env.AVRES_ADDIN_SCOPES.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  return c;
}

/**
 * How the task pane script is bundled: an ES module taskpane.js from addin/taskpane/main.ts, with what it imports
 * dynamically (MSAL, needed only when nested app authentication is configured) split into content-hashed chunks
 * that load on demand and may be cached for ever.
 */
export function taskpaneBundel(doel = DIST): BuildOptions {
  return {
    entryPoints: { taskpane: join(ROOT, 'addin', 'taskpane', 'main.ts') },
    outdir: doel,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
  };
}

/** Builds the add-in into `doel` (default addin/dist); returns the folder. */
export async function bouwAddin(env: NodeJS.ProcessEnv = process.env, doel = DIST): Promise<string> {
  const origin = (env.AVRES_ORIGIN ?? (env.AVRES_HTTPS_PORT ? `https://localhost:${env.AVRES_HTTPS_PORT}` : ONTWIKKEL_ORIGIN)).replace(
    /\/$/,
    '',
  );
  mkdirSync(join(doel, 'assets'), { recursive: true });
  await build(taskpaneBundel(doel));
  for (const bestand of ['taskpane.html', 'taskpane.css', 'help.html'])
    copyFileSync(join(ROOT, 'addin', 'taskpane', bestand), join(doel, bestand));
  for (const { naam, png } of iconBestanden()) writeFileSync(join(doel, 'assets', naam), png);
  writeFileSync(join(doel, 'functions.json'), `${JSON.stringify(functionsJson(beschrijvingen), null, 2)}\n`);
  writeFileSync(join(doel, 'config.json'), `${JSON.stringify(config(env), null, 2)}\n`);
  writeFileSync(join(doel, 'manifest.xml'), readFileSync(join(ROOT, 'manifest.xml'), 'utf8').split(ONTWIKKEL_ORIGIN).join(origin));
  return doel;
}

if (require.main === module) {
  bouwAddin()
    .then((map) => console.log(`Invoegtoepassing gebouwd in ${map} (${beschrijvingen.length} functies in functions.json).`))
    .catch((e: unknown) => {
      console.error(`Bouwen van de invoegtoepassing mislukt: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    });
}
