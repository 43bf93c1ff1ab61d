/**
 * `npm run build:addin`: bundles the add-in into addin/dist (a static folder the local server and any
 * web host can serve): taskpane.html/.js/.css, help.html, icons, functions.json generated from the
 * catalogue, config.json for sign-in, and manifest.xml for the chosen origin.
 *
 * Environment: AVRES_ORIGIN (default https://localhost:AVRES_HTTPS_PORT, the port npm start serves the add-in on,
 * itself 3000 by default) for the manifest's URLs;
 * AVRES_ADDIN_CLIENT_ID, AVRES_ADDIN_AUTHORITY, AVRES_ADDIN_SCOPES (comma-separated) for nested app
 * authentication in production (without a client id the add-in uses the development token).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { build, BuildOptions } from 'esbuild';
import { beschrijvingen } from '../shared/catalogue/beschrijvingen';
import { functionsJson } from '../addin/functions/metadata';
import type { AddinConfig } from '../addin/auth/token';

const ROOT = resolve(__dirname, '..');
export const DIST = join(ROOT, 'addin', 'dist');
const ONTWIKKEL_ORIGIN = 'https://localhost:3000';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function blok(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A square icon: the Excel green with a white "A"-shaped mark, drawn per pixel (no image tools needed). */
function icoon(maat: number): Buffer {
  const rijen: Buffer[] = [];
  for (let y = 0; y < maat; y++) {
    const rij = Buffer.alloc(1 + maat * 4);
    for (let x = 0; x < maat; x++) {
      const u = (x + 0.5) / maat;
      const v = (y + 0.5) / maat;
      const rand = u < 0.06 || u > 0.94 || v < 0.06 || v > 0.94;
      const links = Math.abs(u - (0.5 - (0.3 * (v - 0.2)) / 0.6)) < 0.07 && v > 0.2 && v < 0.82;
      const rechts = Math.abs(u - (0.5 + (0.3 * (v - 0.2)) / 0.6)) < 0.07 && v > 0.2 && v < 0.82;
      const balk = v > 0.55 && v < 0.64 && u > 0.33 && u < 0.67;
      const wit = !rand && (links || rechts || balk);
      const kleur = rand ? [0x0e, 0x6b, 0x38] : wit ? [0xff, 0xff, 0xff] : [0x10, 0x7c, 0x41];
      rij.set([...kleur, 0xff], 1 + x * 4);
    }
    rijen.push(rij);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(maat, 0);
  ihdr.writeUInt32BE(maat, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    blok('IHDR', ihdr),
    blok('IDAT', deflateSync(Buffer.concat(rijen))),
    blok('IEND', Buffer.alloc(0)),
  ]);
}

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
  for (const maat of [16, 32, 80]) writeFileSync(join(doel, 'assets', `icon-${maat}.png`), icoon(maat));
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
