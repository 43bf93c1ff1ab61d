import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { comprimeerbaar, kiesCodering, verpak } from '../../functions/compressie';

describe('how an answer travels', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['deflate', undefined],
    ['identity', undefined],
    [undefined, undefined],
  ])('Accept-Encoding %p → %p', (kop, verwacht) => {
    expect(kiesCodering(kop)).toBe(verwacht);
  });

  it('compresses a large body losslessly and leaves a small one as is', async () => {
    const groot = JSON.stringify({ results: Array.from({ length: 500 }, (_, i) => ({ value: i })) });
    const br = await verpak(groot, 'br');
    expect(br.headers).toEqual({ 'Content-Encoding': 'br', Vary: 'Accept-Encoding' });
    expect(brotliDecompressSync(br.body as Buffer).toString()).toBe(groot);
    const gz = await verpak(groot, 'gzip');
    expect(gunzipSync(gz.body as Buffer).toString()).toBe(groot);
    expect(await verpak('{"results":[]}', 'br')).toEqual({ body: '{"results":[]}', headers: { Vary: 'Accept-Encoding' } });
  });

  it('compresses text files only', () => {
    expect(comprimeerbaar('text/javascript; charset=utf-8', 50_000)).toBe(true);
    expect(comprimeerbaar('image/png', 50_000)).toBe(false);
    expect(comprimeerbaar('text/html; charset=utf-8', 100)).toBe(false);
  });
});
