/**
 * The perimeter: no request's bytes end the process (raw sockets on the http and https ports), the static
 * add-in files with headers fit for an Office add-in page, and no BSN echoed in any error.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect as tcp } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tls } from 'node:tls';
import { leesConfig } from '../../functions/config';
import { DraaiendeServer, startServer } from '../../functions/local-server';
import { maakOmgeving } from '../../functions/omgeving';
import { statischBestand } from '../../functions/statisch';
import { BACKENDS, maakCasusMet, startTestApi, TestApi } from './helpers';

/** Sends raw bytes and resolves with whatever came back before the server closed (or a second passed). */
function ruw(poort: number, https: boolean, bytes: string | Buffer): Promise<string> {
  return new Promise((ok) => {
    let antwoord = '';
    const socket = https ? tls({ port: poort, host: '127.0.0.1', rejectUnauthorized: false }) : tcp({ port: poort, host: '127.0.0.1' });
    socket.on(https ? 'secureConnect' : 'connect', () => socket.end(bytes));
    socket.on('data', (d: Buffer) => (antwoord += d.toString('latin1')));
    socket.on('error', () => ok(antwoord));
    socket.on('close', () => ok(antwoord));
    socket.setTimeout(1000, () => socket.destroy());
  });
}

const get = (pad: string, extra = ''): string => `GET ${pad} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n${extra}\r\n`;
const status = (antwoord: string): number => Number(/^HTTP\/1\.1 (\d{3})/.exec(antwoord)?.[1] ?? 0);
const kop = (antwoord: string, naam: string): string | undefined =>
  new RegExp(`^${naam}: (.*)$`, 'im').exec(antwoord.split('\r\n\r\n')[0]!)?.[1]?.trim();
const body = (antwoord: string): string => antwoord.split('\r\n\r\n').slice(1).join('\r\n\r\n');

describe('the local server with the add-in over http and https', () => {
  let map: string;
  let server: DraaiendeServer;
  let poorten: { http: number; https: number };
  let sluitDb: () => Promise<void>;

  beforeAll(async () => {
    map = mkdtempSync(join(tmpdir(), 'avres-rand-'));
    mkdirSync(join(map, 'dist'));
    mkdirSync(join(map, 'dist-x'));
    writeFileSync(join(map, 'dist', 'index.html'), '<!doctype html><title>AVRES</title>');
    writeFileSync(join(map, 'dist', 'taskpane.js.map'), '{}');
    writeFileSync(join(map, 'dist-x', 'geheim.txt'), 'niet serveren');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-keyout', 'key.pem', '-out', 'cert.pem'],
      { cwd: map, stdio: 'ignore' },
    );
    const omgeving = await maakOmgeving(leesConfig({ AVRES_AUTH_MODE: 'development' }), { inGeheugen: true });
    sluitDb = () => omgeving.db.close();
    server = await startServer({
      omgeving,
      poort: 0,
      statisch: join(map, 'dist'),
      https: { poort: 0, opties: { key: readFileSync(join(map, 'key.pem')), cert: readFileSync(join(map, 'cert.pem')) } },
    });
    poorten = { http: Number(new URL(server.url).port), https: Number(new URL(server.httpsUrl!).port) };
  });
  afterAll(async () => {
    await server.sluit();
    await sluitDb();
    rmSync(map, { recursive: true, force: true });
  });

  const JUNK: (string | Buffer)[] = [
    get('/%'),
    get('/%zz'),
    get('/assets/%ff'),
    get('/%E0%A4%A'),
    get('/api/%'),
    get('/api/cases/%zz'),
    get('/api/cases/%zz/events'),
    get('/api/gemeenten/%ff/wachtlijst'),
    get('http://[/api/health'),
    get('/', 'Origin: %zz\r\ntraceparent: %\r\n'),
    'HEAD /%zz HTTP/1.1\r\nHost: x\r\n\r\n',
    'OPTIONS /api/%zz HTTP/1.1\r\nHost: x\r\nOrigin: https://localhost:3000\r\n\r\n',
    'POST /api/cases/%/events HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nIf-Match: %\r\n\r\n{"a":',
    'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
    'BREW /%% HTTP/1.1\r\n\r\n',
    Buffer.from([0x00, 0xff, 0xfe, 0x0d, 0x0a, 0x0d, 0x0a]),
    'GET /\u0000 HTTP/1.1\r\n\r\n',
  ];

  it.each(['http', 'https'] as const)('survives malformed escapes and junk bytes on the %s port, answering JSON errors', async (soort) => {
    for (const bytes of JUNK) {
      const a = await ruw(poorten[soort], soort === 'https', bytes);
      expect(status(a) === 0 || status(a) < 600).toBe(true);
    }
    for (const pad of ['/%', '/%zz', '/assets/%ff']) {
      const a = await ruw(poorten[soort], soort === 'https', get(pad));
      expect(status(a)).toBe(400);
      expect(JSON.parse(body(a)).error.code).toBe('ONGELDIG_PAD');
    }
    const gezond = await ruw(poorten[soort], soort === 'https', get('/api/health'));
    expect(status(gezond)).toBe(200);
  });

  it('serves the add-in with a CSP for Office.js and frame-ancestors for the Office hosts, nosniff, and HSTS on https only', async () => {
    const http = await ruw(poorten.http, false, get('/'));
    expect(status(http)).toBe(200);
    const csp = kop(http, 'Content-Security-Policy')!;
    expect(csp).toContain('https://appsforoffice.microsoft.com');
    expect(csp).toMatch(/frame-ancestors [^;]*https:\/\/\*\.officeapps\.live\.com/);
    for (const host of ['https://*.office.com', 'https://*.sharepoint.com', 'https://*.office365.com', 'https://localhost:*'])
      expect(csp.split('frame-ancestors')[1]).toContain(host);
    expect(kop(http, 'X-Frame-Options')).toBeUndefined();
    expect(kop(http, 'X-Content-Type-Options')).toBe('nosniff');
    expect(kop(http, 'Strict-Transport-Security')).toBeUndefined();
    const https = await ruw(poorten.https, true, get('/'));
    expect(kop(https, 'Strict-Transport-Security')).toMatch(/max-age=\d+/);
  });

  it('answers HEAD like GET without a body', async () => {
    const a = await ruw(poorten.http, false, 'HEAD /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(status(a)).toBe(200);
    expect(kop(a, 'Content-Type')).toMatch(/text\/html/);
    expect(kop(a, 'Content-Length')).toBe(String('<!doctype html><title>AVRES</title>'.length));
    expect(body(a)).toBe('');
  });

  it('never serves a sibling folder whose name starts with the root, nor a path outside it', async () => {
    for (const pad of ['/..%2fdist-x/geheim.txt', '/../dist-x/geheim.txt', '/%2e%2e/dist-x/geheim.txt', '/..%5cdist-x%5cgeheim.txt']) {
      const a = await ruw(poorten.http, false, get(pad));
      expect(status(a)).toBe(404);
      expect(a).not.toContain('niet serveren');
    }
  });

  it('serves the source map in development only', () => {
    const v = { method: 'GET', pad: '/taskpane.js.map', https: true };
    expect(statischBestand({ map: join(map, 'dist'), bronkaarten: true }, v).status).toBe(200);
    expect(statischBestand({ map: join(map, 'dist'), bronkaarten: false }, v).status).toBe(404);
  });
});

describe.each(BACKENDS)('no BSN echoed in an error on %s', (backend) => {
  const BSN = '111222333';
  let api: TestApi;
  let casusnummer: string;
  beforeAll(async () => {
    api = await startTestApi(backend);
    ({ casusnummer } = await maakCasusMet(api, { gemeente: 'Gorinchem', aanmeldingsdatum: '2026-09-01' }));
  });
  afterAll(() => api.sluit());

  const zonderBsn = (r: { body: unknown }): void => expect(JSON.stringify(r.body)).not.toContain(BSN);

  it('masks it in the casusnummer path, If-Match and an unknown field name, also beside other text', async () => {
    for (const pad of [`/cases/${BSN}`, `/cases/C-${BSN}/events`, `/gemeenten/Gorinchem/wachtlijst/${BSN}`, `/nergens/${BSN}`]) {
      const r = await api.vraag('GET', pad);
      expect(r.status).toBeGreaterThanOrEqual(400);
      zonderBsn(r);
    }
    for (const ifMatch of [`x${BSN}`, `W/"${BSN}x"`, BSN]) {
      const r = await api.vraag('POST', `/cases/${casusnummer}/events`, {
        body: { soort: 'notitie', datum: '2026-09-02', toelichting: 'x' },
        headers: { 'If-Match': ifMatch },
      });
      expect(r.status).toBeGreaterThanOrEqual(400);
      zonderBsn(r);
    }
    const veld = await api.vraag('POST', '/cases', {
      body: { route: 'UWV', gemeente: 'Gorinchem', aanmeldingsdatum: '2026-09-01', bsn: '123456782', [BSN]: 1 },
    });
    expect(veld.status).toBe(400);
    zonderBsn(veld);
  });

  it('masks it in the errors of evaluate arguments, leaving other nine-digit numbers alone', async () => {
    const r = await api.vraag('POST', '/evaluate', {
      body: {
        calls: [
          { function: 'BESLISTERMIJN', args: [BSN] },
          { function: 'WACHTLIJSTPOSITIE', args: ['Gorinchem', BSN] },
          { function: 'LOONKOSTENSUBSIDIE', args: [BSN, 36, '2026-01-01'] },
          { function: BSN, args: [] },
        ],
      },
    });
    expect(r.status).toBe(200);
    expect(r.body.results.every((x: { error?: unknown }) => x.error)).toBe(true);
    zonderBsn(r);
    const geenBsn = await api.vraag('GET', '/cases/123456789');
    expect(JSON.stringify(geenBsn.body)).toContain('123456789');
  });
});
