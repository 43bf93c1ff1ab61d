/**
 * The deploy, checked offline: the azd parameters reach the template, Node 22 on Azure, one owner for CORS, a
 * package without dev stuff, the API under /api/ and the add-in from the same origin, and logging per invocation.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { app, HttpHandler, HttpRequest, HttpResponse, HttpResponseInit, InvocationContext } from '@azure/functions';
import { laadOntwikkelsleutel, maakOntwikkeltoken } from '../../functions/auth/ontwikkelsleutel';
import { batchAntwoordJson, evalueerBatch } from '../../shared/catalogue/evalueer';
import { StapTabel } from '../../shared/catalogue/staptabel';
import { vandaag as vandaagInNl } from '../../shared/time/vandaag';
import { alsLksAanroep, lksInvoerGenerator } from '../support/lks-invoer';
import { logJson, metLoguitvoer, zetLoguitvoer } from '../../functions/registry/logboek';
import { routes } from '../../functions/routes';

const ROOT = join(__dirname, '..', '..');
const lees = (pad: string): string => readFileSync(join(ROOT, pad), 'utf8');
const bicep = lees('infra/main.bicep');

describe('infra and packaging', () => {
  it('main.parameters.json passes every bicep parameter without a default, and only parameters the bicep declares', () => {
    const params = [...bicep.matchAll(/^param (\w+) \w+( = .+)?$/gm)].map((m) => ({ naam: m[1]!, standaard: m[2] !== undefined }));
    const bestand = Object.keys(JSON.parse(lees('infra/main.parameters.json')).parameters as Record<string, unknown>);
    for (const p of params.filter((p) => !p.standaard)) expect(bestand).toContain(p.naam);
    for (const naam of bestand) expect(params.map((p) => p.naam)).toContain(naam);
    expect(lees('infra/main.parameters.json')).toContain('"${apiAudience}"');
  });
  it('runs the Function App on Node 22 while the package still allows Node 20 locally', () => {
    expect(bicep).toMatch(/runtime: \{ name: 'node', version: '22' \}/);
    expect(JSON.parse(lees('package.json')).engines.node).toBe('>=20');
  });
  it('leaves CORS to the app (which exposes ETag): no platform cors in the bicep', () => {
    expect(bicep).not.toMatch(/\bcors\s*:/);
  });
  it('deploys the assembled package with production dependencies only, no build on Azure', () => {
    const azure = lees('azure.yaml');
    expect(azure).toMatch(/dist: build\/azure/);
    expect(azure).toMatch(/remoteBuild: false/);
    expect(azure).toMatch(/run: npm run package:azure/);
    expect(JSON.parse(lees('package.json')).scripts['package:azure']).toBe('tsx scripts/pakket-azure.ts');
    expect(lees('scripts/pakket-azure.ts')).toContain("'--omit=dev', '--omit=optional'");
  });
  it('.funcignore leaves sources, tests and tooling out, and keeps the built add-in', () => {
    const regels = lees('.funcignore')
      .split('\n')
      .filter((r) => r && !r.startsWith('#'));
    for (const r of ['test/', 'bench/', 'scripts/', '.ci/', '*.ts', '*.map', 'local.settings.json', 'infra/', 'addin/*', '!addin/dist/'])
      expect(regels).toContain(r);
    expect(regels).not.toContain('dist/');
    expect(regels).not.toContain('host.json');
  });
});

describe('the Functions host entry', () => {
  const geregistreerd = new Map<string, { route?: string; methods?: string[]; handler: HttpHandler }>();
  let invoegtoepassing: (map: string) => HttpHandler;
  let opzet: jest.SpyInstance;
  let stoppen: (() => Promise<void>) | undefined;
  // The host's own configuration, read from the environment at the first request: development tokens and an
  // embedded registry in a folder of its own.
  const dataDir = mkdtempSync(join(tmpdir(), 'avres-host-data-'));
  const eerder = { AVRES_AUTH_MODE: process.env.AVRES_AUTH_MODE, AVRES_DATA_DIR: process.env.AVRES_DATA_DIR };
  beforeAll(async () => {
    Object.assign(process.env, { AVRES_AUTH_MODE: 'development', AVRES_DATA_DIR: dataDir });
    jest.spyOn(app, 'http').mockImplementation((naam, o) => void geregistreerd.set(naam, o as never));
    jest.spyOn(app, 'timer').mockImplementation(() => undefined);
    jest.spyOn(app.hook, 'appTerminate').mockImplementation((h) => {
      stoppen = h as () => Promise<void>;
      return { dispose: () => undefined } as never;
    });
    opzet = jest.spyOn(app, 'setup');
    const debug = jest.spyOn(console, 'debug').mockImplementation(() => undefined); // the library's "HTTP streaming enabled."
    ({ invoegtoepassing } = await import('../../functions/index'));
    debug.mockRestore();
  });
  afterAll(async () => {
    await stoppen?.();
    for (const [naam, waarde] of Object.entries(eerder)) {
      if (waarde === undefined) delete process.env[naam];
      else process.env[naam] = waarde;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });
  const context = (regels: string[]): InvocationContext =>
    new InvocationContext({ logHandler: (_niveau, ...a) => regels.push(String(a[0])) });

  it('registers every API route under /api/ (host.json has no route prefix) and a preflight for them', () => {
    expect(JSON.parse(lees('host.json')).extensions.http.routePrefix).toBe('');
    for (const r of routes) expect(geregistreerd.get(r.naam)?.route).toBe(`api/${r.route}`);
    expect(geregistreerd.get('voorvlucht')).toMatchObject({ route: 'api/{*pad}', methods: ['OPTIONS'] });
  });

  it('serves the add-in from the same origin with the local server headers; no source map, no sibling folder', async () => {
    const registratie = geregistreerd.get('invoegtoepassing')!;
    expect(registratie).toMatchObject({ route: '{*pad}', methods: ['GET', 'HEAD'] });
    const map = mkdtempSync(join(tmpdir(), 'avres-host-'));
    try {
      writeFileSync(join(map, 'taskpane.html'), '<!doctype html>');
      writeFileSync(join(map, 'taskpane.js.map'), '{}');
      const vraag = (pad: string, method = 'GET') =>
        invoegtoepassing(map)(new HttpRequest({ method, url: `https://func.example${pad}` }), context([])) as Promise<{
          status: number;
          headers: Record<string, string>;
          body?: unknown;
        }>;
      const a = await vraag('/taskpane.html');
      expect(a.status).toBe(200);
      expect(a.headers['Content-Security-Policy']).toMatch(/frame-ancestors/);
      expect(a.headers['Strict-Transport-Security']).toBeDefined();
      expect(a.headers['X-Content-Type-Options']).toBe('nosniff');
      expect((await vraag('/taskpane.html', 'HEAD')).body).toBeUndefined();
      expect((await vraag('/taskpane.js.map')).status).toBe(404);
      expect((await vraag('/%zz')).status).toBe(400);
      expect((await registratie.handler(new HttpRequest({ method: 'GET', url: 'https://func.example/niets' }), context([]))).status).toBe(
        404,
      );
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });

  describe('POST /api/evaluate through the host', () => {
    const calls = Array.from({ length: 2500 }, lksInvoerGenerator(20261201, { binnenBereik: true })).map(alsLksAanroep);
    const evalueer = async (body: string, headers: Record<string, string> = {}): Promise<HttpResponseInit> => {
      const token = await maakOntwikkeltoken(await laadOntwikkelsleutel(dataDir));
      const req = new HttpRequest({
        method: 'POST',
        url: 'https://func.example/api/evaluate',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
        body: { string: body },
      });
      return geregistreerd.get('evaluate')!.handler(req, context([])) as Promise<HttpResponseInit>;
    };
    const inProces = async (): Promise<unknown> => {
      const tabel = new StapTabel();
      const batch = await evalueerBatch(calls, { vandaag: vandaagInNl() }, { stapTabel: tabel });
      return JSON.parse(batchAntwoordJson(batch, undefined, { stapTabel: tabel }));
    };

    it('asks the host for HTTP streams, so an answer made in pieces leaves as it is made', () => {
      expect(opzet).toHaveBeenCalledWith({ enableHttpStream: true });
    });

    it('hands the host a streamed answer that reads back, as the RPC mode and the stream mode each read it, to the in-process answer', async () => {
      const verwacht = await inProces();
      const br = await evalueer(JSON.stringify({ calls, stepTable: true }), { 'accept-encoding': 'br' });
      expect(br.status).toBe(200);
      expect(br.body).toBeInstanceOf(Readable);
      // Without HTTP streams, the library reads the whole body (toRpcHttp: arrayBuffer()).
      const rpc = new HttpResponse(br);
      expect(rpc.headers.get('content-encoding')).toBe('br');
      expect(rpc.headers.get('content-length')).toBeNull();
      expect(JSON.parse(brotliDecompressSync(Buffer.from(await rpc.arrayBuffer())).toString('utf8'))).toEqual(verwacht);
      // With HTTP streams, it writes the body's pieces to the host's connection as they come (sendProxyResponse).
      const stroom = new HttpResponse(await evalueer(JSON.stringify({ calls, stepTable: true }), { 'accept-encoding': 'gzip' }));
      const stukken: Buffer[] = [];
      for await (const stuk of stroom.body!.values()) stukken.push(Buffer.from(stuk));
      expect(stukken.length).toBeGreaterThan(1);
      expect(JSON.parse(gunzipSync(Buffer.concat(stukken)).toString('utf8'))).toEqual(verwacht);
    });

    it('answers a small batch as one body, and refuses a body beyond the limit with the same 413 as the local server', async () => {
      const klein = await evalueer(JSON.stringify({ calls: calls.slice(0, 2), steps: false }), { 'accept-encoding': 'br' });
      expect(klein.status).toBe(200);
      expect(typeof klein.body).toBe('string');
      expect(JSON.parse(klein.body as string).results).toHaveLength(2);
      const teGroot = JSON.stringify({ calls: Array.from({ length: 80 }, () => calls).flat(), steps: false });
      expect(Buffer.byteLength(teGroot)).toBeGreaterThan(5_000_000);
      for (const antwoord of [
        await evalueer(teGroot),
        await evalueer(JSON.stringify({ calls: calls.slice(0, 2) }), { 'content-length': '6000000' }),
      ]) {
        expect(antwoord.status).toBe(413);
        expect(JSON.parse(antwoord.body as string).error).toMatchObject({
          code: 'TE_GROOT',
          message: expect.stringContaining('5000000 bytes'),
        });
      }
    });
  });
});

describe('logging per invocation', () => {
  it('gives concurrent invocations each their own log lines, and the rest the process-wide sink', async () => {
    const proces: string[] = [];
    const oud = zetLoguitvoer((r) => proces.push(r));
    try {
      const a: string[] = [];
      const b: string[] = [];
      const pauze = (): Promise<void> => new Promise((ok) => setTimeout(ok, 5));
      const aanroep = (eigen: string[], naam: string) =>
        metLoguitvoer(
          (r) => eigen.push(r),
          async () => {
            for (let i = 0; i < 5; i++) {
              logJson({ naam, i });
              await pauze();
            }
          },
        );
      await Promise.all([aanroep(a, 'a'), aanroep(b, 'b')]);
      logJson({ naam: 'proces' });
      expect(a.map((r) => JSON.parse(r).naam)).toEqual(['a', 'a', 'a', 'a', 'a']);
      expect(b.map((r) => JSON.parse(r).naam)).toEqual(['b', 'b', 'b', 'b', 'b']);
      expect(proces.map((r) => JSON.parse(r).naam)).toEqual(['proces']);
    } finally {
      zetLoguitvoer(oud);
    }
  });
});
