/**
 * Test only: what every pane browser test sets up. The add-in is built, the real local API runs in its own
 * process serving it, a case is registered with its events through the API, and Chromium (hulp/browser.ts) opens
 * taskpane.html with a minimal Office global and the test's entry script (in-memory workbook) in place of
 * Office.js and taskpane.js.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { Browser, Page } from 'playwright-core';
import { bouwAddin } from '../../../scripts/build-addin';
import { startBrowser } from './browser';
import { ApiProces, startApi } from './start-api';

const OFFICE_SHIM = 'window.Office = { onReady: (f) => Promise.resolve(f ? f({ host: "Excel" }) : { host: "Excel" }) };';

export interface ApiAntwoord {
  status: number;
  body: any;
  etag: string | null;
}

export interface PaneelSessie {
  server: ApiProces;
  page: Page;
  casusnummer: string;
  /** A call to the real API with the development token. */
  api(pad: string, methode?: string, body?: unknown, ifMatch?: string): Promise<ApiAntwoord>;
  /** Saves a full-page screenshot under test-artifacts/<map>/<naam>.png. */
  foto(naam: string): Promise<Buffer>;
  stop(): Promise<void>;
}

export interface SessieOpties {
  /** The test entry script under hulp/, loaded as taskpane.js. */
  ingang: string;
  /** Folder under test-artifacts/ for the screenshots. */
  artefacten: string;
  /** Viewport width in CSS pixels (default 360); the pane must work from 320. */
  breedte?: number;
  hoogte: number;
  casus: { gemeente: string; route: string; bsn: string; aanmeldingsdatum: string };
  gebeurtenissen: Record<string, unknown>[];
}

/** A case in Gorinchem: UWV advice received 2 March 2026, indication granted, on the waiting list. */
export const GORINCHEM_OP_WACHTLIJST: Pick<SessieOpties, 'casus' | 'gebeurtenissen'> = {
  casus: { gemeente: 'Gorinchem', route: 'UWV', bsn: '111222333', aanmeldingsdatum: '2026-02-01' },
  gebeurtenissen: [
    { soort: 'uwv_advies_ontvangen', datum: '2026-03-02', uitkomst: 'positief' },
    { soort: 'besluit_indicatie', datum: '2026-03-20', uitkomst: 'toegekend' },
    { soort: 'op_wachtlijst', datum: '2026-03-20' },
  ],
};

export async function startPaneelSessie(o: SessieOpties): Promise<PaneelSessie> {
  const dist = await bouwAddin({}, mkdtempSync(join(tmpdir(), 'avres-e2e-')));
  const bundel = await build({
    entryPoints: [join(__dirname, o.ingang)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    write: false,
    logLevel: 'warning',
  });
  const server = await startApi(dist);
  const api = async (pad: string, methode = 'GET', body?: unknown, ifMatch?: string): Promise<ApiAntwoord> => {
    const res = await fetch(`${server.url}${pad}`, {
      method: methode,
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json', ...(ifMatch ? { 'if-match': ifMatch } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: await res.json(), etag: res.headers.get('etag') };
  };
  let browser: Browser | undefined;
  try {
    const nieuw = await api('/cases', 'POST', o.casus);
    if (nieuw.status !== 201) throw new Error(`casus niet aangemaakt: ${JSON.stringify(nieuw.body)}`);
    let etag = nieuw.etag!;
    for (const g of o.gebeurtenissen) {
      const r = await api(`/cases/${nieuw.body.casusnummer}/events`, 'POST', g, etag);
      if (r.status !== 201) throw new Error(`gebeurtenis niet vastgelegd: ${JSON.stringify(r.body)}`);
      etag = r.etag!;
    }
    browser = await startBrowser();
    const context = await browser.newContext({ viewport: { width: o.breedte ?? 360, height: o.hoogte }, locale: 'nl-NL' });
    await context.addInitScript((t) => window.localStorage.setItem('avres.ontwikkeltoken', t), server.token);
    await context.route('https://appsforoffice.microsoft.com/**', (r) => r.fulfill({ contentType: 'text/javascript', body: OFFICE_SHIM }));
    await context.route('**/taskpane.js', (r) => r.fulfill({ contentType: 'text/javascript', body: bundel.outputFiles[0]!.text }));
    const page = await context.newPage();
    await page.goto(`${server.url.replace(/\/api$/, '')}/taskpane.html`);
    const map = resolve(__dirname, '..', '..', '..', 'test-artifacts', o.artefacten);
    mkdirSync(map, { recursive: true });
    const b = browser;
    return {
      server,
      page,
      api,
      casusnummer: nieuw.body.casusnummer as string,
      foto: (naam) => page.screenshot({ path: join(map, `${naam}.png`), fullPage: true }),
      stop: async () => {
        await b.close();
        await server.stop();
      },
    };
  } catch (e) {
    await browser?.close();
    await server.stop();
    throw e;
  }
}
