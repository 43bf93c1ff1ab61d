/**
 * Test only: which Chromium the browser tests launch. A system Chromium (`CHROMIUM_PATH`, else Debian's
 * /usr/bin/chromium) when there is one; otherwise, or with `AVRES_BROWSER=npm`, the headless build that
 * `@sparticuz/chromium` ships inside node_modules, so `npm install && npm test` needs nothing but Node.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Browser, chromium } from 'playwright-core';

const SYSTEEM_CHROMIUM = '/usr/bin/chromium';
const GEDEELDE_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--ignore-certificate-errors'];
const SYSTEEM_ARGS = ['--headless', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface BrowserKeuze {
  bron: 'systeem' | 'npm';
  executablePath: string;
  args: string[];
}

/**
 * @sparticuz/chromium is an ES module that locates its archive through import.meta.url, which jest's
 * CommonJS transform cannot load; a plain Node child unpacks the browser (once, into the temp folder)
 * and reports its path and recommended headless flags.
 */
function npmChromium(): BrowserKeuze {
  const script =
    "const { default: C } = await import('@sparticuz/chromium');" +
    'process.stdout.write(JSON.stringify({ executablePath: await C.executablePath(), args: C.args }));';
  const uit = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: __dirname, encoding: 'utf8' });
  const { executablePath, args } = JSON.parse(uit) as { executablePath: string; args: string[] };
  return { bron: 'npm', executablePath, args: [...args, ...GEDEELDE_ARGS] };
}

export function kiesBrowser(): BrowserKeuze {
  const systeem = process.env.CHROMIUM_PATH ?? SYSTEEM_CHROMIUM;
  if (process.env.AVRES_BROWSER !== 'npm' && existsSync(systeem)) {
    return { bron: 'systeem', executablePath: systeem, args: [...SYSTEEM_ARGS, ...GEDEELDE_ARGS] };
  }
  return npmChromium();
}

export function startBrowser(): Promise<Browser> {
  const keuze = kiesBrowser();
  return chromium.launch({ executablePath: keuze.executablePath, args: keuze.args, headless: true });
}
