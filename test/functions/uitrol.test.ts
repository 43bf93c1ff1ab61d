/**
 * The deploy, checked offline: the azd parameters reach the template, Node 22 on Azure, one owner for CORS, a
 * package without dev stuff, the API under /api/ and the add-in from the same origin, and logging per invocation.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { app, HttpHandler, HttpRequest, InvocationContext } from '@azure/functions';
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
  beforeAll(async () => {
    jest.spyOn(app, 'http').mockImplementation((naam, o) => void geregistreerd.set(naam, o as never));
    jest.spyOn(app, 'timer').mockImplementation(() => undefined);
    ({ invoegtoepassing } = await import('../../functions/index'));
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
