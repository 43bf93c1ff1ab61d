/**
 * The built add-in (addin/dist) as static files, served from the API's own origin by both hosts: the local server
 * and the Functions app (route `{*pad}` in index.ts). One implementation, so both answer with the same headers.
 * The headers fit a page that Excel loads in a frame: a CSP that lets Office.js in and names the Office hosts in
 * `frame-ancestors` (never X-Frame-Options: DENY, which would break Excel on the web).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

/** The Office hosts that frame the task pane (Excel on the web, Microsoft 365, SharePoint/OneDrive), and localhost for development. */
const OFFICE_HOSTS = [
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.officeapps.live.com',
  'https://*.sharepoint.com',
  'https://*.microsoft365.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.live.com',
  'https://localhost:*',
];
const OFFICE_JS = 'https://appsforoffice.microsoft.com';
const AANMELDEN = 'https://login.microsoftonline.com';

const CSP = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_JS}`,
  // Office.js and the panes set inline styles.
  `style-src 'self' 'unsafe-inline' ${OFFICE_JS}`,
  `img-src 'self' data: ${OFFICE_JS}`,
  `connect-src 'self' ${OFFICE_JS} ${AANMELDEN}`,
  `frame-src 'self' ${OFFICE_JS} ${AANMELDEN}`,
  "object-src 'none'",
  "base-uri 'self'",
  `frame-ancestors 'self' ${OFFICE_HOSTS.join(' ')}`,
].join('; ');

export interface StatischeMap {
  /** The folder served (the built add-in). */
  map: string;
  /** Serve `.map` files: development only (the source map is large and shows the source). */
  bronkaarten: boolean;
}

export interface StatischVerzoek {
  method: string;
  /** The path as received, still percent-encoded. */
  pad: string;
  https: boolean;
}

export interface StatischAntwoord {
  status: number;
  headers: Record<string, string>;
  body?: Buffer | string;
}

/** The security headers of every static answer. */
export function statischeKoppen(https: boolean): Record<string, string> {
  return {
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    ...(https ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
  };
}

function fout(status: number, code: string, message: string, v: StatischVerzoek): StatischAntwoord {
  const json = JSON.stringify({ error: { code, message } });
  return {
    status,
    headers: {
      ...statischeKoppen(v.https),
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(json)),
      'Cache-Control': 'no-store',
    },
    ...(v.method === 'HEAD' ? {} : { body: json }),
  };
}

/**
 * The answer for a path outside /api/: the file for GET and HEAD (HEAD without body), 404 when there is none,
 * 400 for a malformed percent escape, 405 for other methods. Never throws on the request's bytes.
 */
export function statischBestand(m: StatischeMap | undefined, v: StatischVerzoek): StatischAntwoord {
  const nietGevonden = (): StatischAntwoord => fout(404, 'NIET_GEVONDEN', 'onbekend pad; de API staat onder /api/', v);
  if (!m) return nietGevonden();
  if (v.method !== 'GET' && v.method !== 'HEAD') {
    const a = fout(405, 'METHODE_NIET_TOEGESTAAN', `methode ${v.method.slice(0, 20)} is hier niet toegestaan; wel: GET, HEAD`, v);
    return { ...a, headers: { ...a.headers, Allow: 'GET, HEAD' } };
  }
  let pad: string;
  try {
    pad = decodeURIComponent(v.pad === '/' || v.pad === '' ? '/index.html' : v.pad);
  } catch {
    return fout(400, 'ONGELDIG_PAD', 'het pad bevat een ongeldige %-codering', v);
  }
  if (pad.includes('\0')) return fout(400, 'ONGELDIG_PAD', 'het pad bevat een NUL-teken', v);
  const wortel = resolve(m.map);
  const doel = resolve(wortel, `.${pad.startsWith('/') ? '' : '/'}${pad}`);
  if (!doel.startsWith(wortel + sep)) return nietGevonden();
  if (extname(doel) === '.map' && !m.bronkaarten) return nietGevonden();
  if (!existsSync(doel) || !statSync(doel).isFile()) return nietGevonden();
  const inhoud = readFileSync(doel);
  return {
    status: 200,
    headers: {
      ...statischeKoppen(v.https),
      'Content-Type': MIME[extname(doel)] ?? 'application/octet-stream',
      'Content-Length': String(inhoud.length),
    },
    ...(v.method === 'GET' ? { body: inhoud } : {}),
  };
}
