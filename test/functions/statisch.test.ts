/**
 * The add-in's static files travel compressed when the browser accepts it, and are cached as their names allow:
 * content-hashed chunks for ever, everything else revalidated (an unchanged file answers 304).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { statischBestand } from '../../functions/statisch';

const SCRIPT = `export function f(){return ${JSON.stringify('AVRES '.repeat(2000))}}`;
let map: string;

beforeAll(() => {
  map = mkdtempSync(join(tmpdir(), 'avres-statisch-'));
  mkdirSync(join(map, 'chunks'));
  writeFileSync(join(map, 'taskpane.js'), SCRIPT);
  writeFileSync(join(map, 'taskpane.html'), '<!doctype html>');
  writeFileSync(join(map, 'chunks', 'dist-PPELB45W.js'), SCRIPT);
  writeFileSync(join(map, 'icon.png'), Buffer.alloc(5000, 7));
});
afterAll(() => rmSync(map, { recursive: true, force: true }));

const vraag = (pad: string, koppen: { acceptEncoding?: string; ifNoneMatch?: string } = {}) =>
  statischBestand({ map, bronkaarten: false }, { method: 'GET', pad, https: true, ...koppen });

describe('static files', () => {
  it('sends a script as br or gzip when accepted, the same bytes once decoded', () => {
    const br = vraag('/taskpane.js', { acceptEncoding: 'gzip, deflate, br' });
    expect(br.headers['Content-Encoding']).toBe('br');
    expect(br.headers.Vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body as Buffer).toString()).toBe(SCRIPT);
    expect(Number(br.headers['Content-Length'])).toBeLessThan(SCRIPT.length / 10);
    const gz = vraag('/taskpane.js', { acceptEncoding: 'gzip' });
    expect(gunzipSync(gz.body as Buffer).toString()).toBe(SCRIPT);
    const kaal = vraag('/taskpane.js');
    expect(kaal.headers['Content-Encoding']).toBeUndefined();
    expect(String(kaal.body)).toBe(SCRIPT);
  });

  it('leaves images and tiny files as they are', () => {
    expect(vraag('/icon.png', { acceptEncoding: 'br' }).headers['Content-Encoding']).toBeUndefined();
    expect(vraag('/taskpane.html', { acceptEncoding: 'br' }).headers['Content-Encoding']).toBeUndefined();
  });

  it('caches hashed chunks for ever and revalidates the rest, an unchanged file answering 304', () => {
    expect(vraag('/chunks/dist-PPELB45W.js').headers['Cache-Control']).toBe('public, max-age=31536000, immutable');
    const html = vraag('/taskpane.html');
    expect(html.headers['Cache-Control']).toBe('no-cache');
    const weer = vraag('/taskpane.html', { ifNoneMatch: html.headers.ETag });
    expect(weer.status).toBe(304);
    expect(weer.body).toBeUndefined();
    expect(vraag('/taskpane.html', { ifNoneMatch: '"anders"' }).status).toBe(200);
  });
});
