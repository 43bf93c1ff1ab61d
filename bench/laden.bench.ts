/**
 * The add-in's first load (issue 12 §4): the size of what a page load fetches (taskpane.js and the chunks it
 * imports statically, raw, gzip and br as the server sends them) and the time from navigation until the last custom
 * function is registered, in headless Chromium (test/e2e/hulp/browser.ts) with an empty cache, the built add-in
 * served by the local server, Office.js a stand-in that records `CustomFunctions.associate`. Beside it the same
 * page with an empty script, in the same run. Target: registered within 200 ms.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { bouwAddin } from '../scripts/build-addin';
import { startBrowser } from '../test/e2e/hulp/browser';
import { leesConfig } from '../functions/config';
import { startServer } from '../functions/local-server';
import { maakOmgeving } from '../functions/omgeving';
import { zetLoguitvoer } from '../functions/registry/logboek';
import { spreiding } from './spreiding';

const KEER = 7;

/** Office.js stand-in: the pane waits for Office.onReady (never, here); associate marks the time of each registration. */
const OFFICE = `window.Office = { onReady: () => new Promise(() => {}), actions: { associate() {} } };
window.CustomFunctions = { associate() { window.avresGeregistreerd = performance.now(); }, Error: class {}, ErrorCode: {} };`;

/** What a first load fetches of the add-in's own script: the entry and the chunks it imports statically. */
function hoofdscripts(dist: string): Buffer[] {
  const gezien = new Set<string>();
  const volg = (pad: string): void => {
    if (gezien.has(pad)) return;
    gezien.add(pad);
    const tekst = readFileSync(join(dist, pad), 'utf8');
    for (const m of tekst.matchAll(/(?:^|[;}])\s*import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+)["']/g)) {
      volg(join(pad, '..', m[1]!));
    }
  };
  volg('taskpane.js');
  return [...gezien].map((p) => readFileSync(join(dist, p)));
}

async function eenLading(browser: Browser, url: string, script?: string): Promise<number> {
  const context = await browser.newContext();
  try {
    await context.route('https://appsforoffice.microsoft.com/**', (r) => r.fulfill({ contentType: 'text/javascript', body: OFFICE }));
    if (script !== undefined) await context.route('**/taskpane.js', (r) => r.fulfill({ contentType: 'text/javascript', body: script }));
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('pageerror', e.message));
    await page.goto(url);
    const merk = await page.waitForFunction(() => (window as unknown as { avresGeregistreerd?: number }).avresGeregistreerd);
    return (await merk.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

export default async function laden(): Promise<void> {
  const dist = await bouwAddin({}, mkdtempSync(join(tmpdir(), 'avres-laden-')));
  const scripts = hoofdscripts(dist);
  const ruw = scripts.reduce((n, b) => n + b.length, 0);
  const gzip = scripts.reduce((n, b) => n + gzipSync(b, { level: constants.Z_BEST_COMPRESSION }).length, 0);
  const br = scripts.reduce((n, b) => n + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
  console.log(
    `add-in first load: taskpane.js + ${scripts.length - 1} static chunk(s) ${(ruw / 1024).toFixed(0)} KB raw, ${(gzip / 1024).toFixed(0)} KB gzip, ${(br / 1024).toFixed(0)} KB br (was 935 KB raw / 232 KB gzip)`,
  );
  const oud = zetLoguitvoer(() => undefined);
  const omgeving = await maakOmgeving(leesConfig({ AVRES_AUTH_MODE: 'development' }), { inGeheugen: true });
  const server = await startServer({ omgeving, poort: 0, statisch: dist });
  const browser = await startBrowser();
  try {
    const url = `${server.url.replace(/\/api$/, '')}/taskpane.html`;
    await eenLading(browser, url);
    const geregistreerd: number[] = [];
    const kaal: number[] = [];
    for (let i = 0; i < KEER; i++) {
      geregistreerd.push(await eenLading(browser, url));
      kaal.push(await eenLading(browser, url, 'window.avresGeregistreerd = performance.now();'));
    }
    const g = spreiding(geregistreerd);
    const k = spreiding(kaal);
    console.log(`functions registered after navigation: ${g.tekst} ms (target < 200 ms); bare page ${k.tekst} ms`);
    console.log(`ratio registered/bare page: ${(g.mediaan / k.mediaan).toFixed(2)}x`);
  } finally {
    await browser.close();
    await server.sluit();
    await omgeving.db.close();
    zetLoguitvoer(oud);
    rmSync(dist, { recursive: true, force: true });
  }
}
