/**
 * The built add-in (addin/dist) as static files, served from the API's own origin by both hosts: the local server
 * and the Functions app (route `{*pad}` in index.ts). One implementation, so both answer with the same headers.
 * The headers fit a page that Excel loads in a frame: a CSP that lets Office.js in and names the Office hosts in
 * `frame-ancestors` (never X-Frame-Options: DENY, which would break Excel on the web).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { Codering, comprimeerbaar, comprimeerStatisch, kiesCodering } from './compressie';

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
  /** The request's Accept-Encoding: text files travel as br or gzip when it allows. */
  acceptEncoding?: string;
  /** The request's If-None-Match: an unchanged file answers 304. */
  ifNoneMatch?: string;
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
  const bestand = versieVan(doel);
  const koppen = {
    ...statischeKoppen(v.https),
    'Content-Type': bestand.type,
    'Cache-Control': cacheregel(pad),
    ETag: bestand.etag,
    ...(bestand.comprimeerbaar ? { Vary: 'Accept-Encoding' } : {}),
  };
  if (v.ifNoneMatch !== undefined && v.ifNoneMatch.split(',').some((e) => e.trim() === bestand.etag)) {
    return { status: 304, headers: koppen };
  }
  const codering = bestand.comprimeerbaar ? kiesCodering(v.acceptEncoding) : undefined;
  const inhoud = codering ? bestand.gecodeerd(codering) : bestand.inhoud;
  return {
    status: 200,
    headers: { ...koppen, ...(codering ? { 'Content-Encoding': codering } : {}), 'Content-Length': String(inhoud.length) },
    ...(v.method === 'GET' ? { body: inhoud } : {}),
  };
}

/**
 * Content-hashed chunks (chunks/*-HASH.js) never change under their name: cached for a year. Everything else
 * (taskpane.html, taskpane.js, manifest.xml, config.json, functions.json) keeps its name across versions, so the
 * browser asks again each time and an unchanged file costs a 304.
 */
function cacheregel(pad: string): string {
  return /^\/chunks\/[^/]+-[A-Z0-9]{8}\.js$/.test(pad) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

interface Bestandsversie {
  sleutel: string;
  inhoud: Buffer;
  type: string;
  etag: string;
  comprimeerbaar: boolean;
  gecodeerd(codering: Codering): Buffer;
}

/** Each file's bytes and their compressed forms, made once per version (size and modification time). */
const versies = new Map<string, Bestandsversie>();

function versieVan(doel: string): Bestandsversie {
  const st = statSync(doel);
  const sleutel = `${st.size}-${st.mtimeMs}`;
  const bekend = versies.get(doel);
  if (bekend?.sleutel === sleutel) return bekend;
  const inhoud = readFileSync(doel);
  const type = MIME[extname(doel)] ?? 'application/octet-stream';
  const gecodeerd = new Map<Codering, Buffer>();
  const versie: Bestandsversie = {
    sleutel,
    inhoud,
    type,
    etag: `"${st.size.toString(36)}-${Math.round(st.mtimeMs).toString(36)}"`,
    comprimeerbaar: comprimeerbaar(type, inhoud.length),
    gecodeerd(codering) {
      let b = gecodeerd.get(codering);
      if (b === undefined) {
        b = comprimeerStatisch(inhoud, codering);
        gecodeerd.set(codering, b);
      }
      return b;
    },
  };
  versies.set(doel, versie);
  return versie;
}
