import type { Readable } from 'node:stream';
import { brotliDecompressSync, createBrotliDecompress, createGunzip, gunzipSync } from 'node:zlib';
import { comprimeerbaar, kiesCodering, verpak, verpakStroom, type VerpaktStroom } from '../../functions/compressie';

/** Pieces of a results array, each ~40 KB; the answer is their concatenation. */
const stukken = (aantal: number): string[] =>
  Array.from({ length: aantal }, (_, k) => {
    const waarden = Array.from({ length: 2000 }, (_, i) => `{"value":${k * 2000 + i + 0.25},"stepRefs":[${i},${k}]}`).join(',');
    return (k === 0 ? '{"results":[' : ',') + waarden + (k === aantal - 1 ? ']}' : '');
  });

async function* uit(delen: string[]): AsyncGenerator<string> {
  for (const d of delen) yield d;
}

const alsStroom = (v: Awaited<ReturnType<typeof verpakStroom>>): VerpaktStroom => {
  if (!('stroom' in v)) throw new Error('verwacht een stroom');
  return v;
};

async function lees(stroom: Readable): Promise<string> {
  const delen: Buffer[] = [];
  for await (const d of stroom) delen.push(Buffer.isBuffer(d) ? d : Buffer.from(d as string));
  return Buffer.concat(delen).toString();
}

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

  describe('an answer made in pieces', () => {
    it.each([
      ['br', createBrotliDecompress],
      ['gzip', createGunzip],
    ] as const)('is compressed with %s into exactly the pieces joined', async (codering, ontpakker) => {
      const delen = stukken(6);
      const v = alsStroom(await verpakStroom(uit(delen), codering));
      expect(v.headers).toEqual({ 'Content-Encoding': codering, Vary: 'Accept-Encoding' });
      expect(await lees(v.stroom.pipe(ontpakker()))).toBe(delen.join(''));
    });

    it.each([
      ['br', createBrotliDecompress],
      ['gzip', createGunzip],
    ] as const)('travels as it is made (%s): the first pieces can be read before the last exists', async (codering, ontpakker) => {
      let laatste!: () => void;
      const magEindigen = new Promise<void>((ok) => (laatste = ok));
      const delen = stukken(3);
      async function* traag(): AsyncGenerator<string> {
        yield delen[0]!;
        yield delen[1]!;
        await magEindigen;
        yield delen[2]!;
      }
      const ontpakt = alsStroom(await verpakStroom(traag(), codering)).stroom.pipe(ontpakker());
      // Every byte of the first two pieces comes out while the third is still being made.
      let gelezen = '';
      for await (const d of ontpakt) {
        gelezen += (d as Buffer).toString();
        if (gelezen.length === delen[0]!.length + delen[1]!.length) break;
      }
      expect(gelezen).toBe(delen[0]! + delen[1]!);
      laatste();
    });

    it('goes uncompressed, still in pieces, to a client that accepts no coding', async () => {
      const delen = stukken(2);
      const v = alsStroom(await verpakStroom(uit(delen), undefined));
      expect(v.headers).toEqual({ Vary: 'Accept-Encoding' });
      expect(await lees(v.stroom)).toBe(delen.join(''));
    });

    it('goes as one body, as verpak sends it, when it ends below the threshold', async () => {
      expect(await verpakStroom(uit(['{"results":[', '{"value":1}', ']}']), 'br')).toEqual({
        body: '{"results":[{"value":1}]}',
        headers: { Vary: 'Accept-Encoding' },
      });
      expect(await verpakStroom(uit([]), 'br')).toEqual({ body: '', headers: { Vary: 'Accept-Encoding' } });
    });

    it('fails the stream, never ends it as if whole, when a piece fails', async () => {
      const delen = stukken(2);
      async function* kapot(): AsyncGenerator<string> {
        yield delen[0]!;
        throw new Error('stuk');
      }
      for (const codering of ['br', undefined]) {
        const v = alsStroom(await verpakStroom(kapot(), codering));
        await expect(lees(v.stroom)).rejects.toThrow('stuk');
      }
    });

    it('stops asking for pieces when the stream is destroyed (the client went away)', async () => {
      const delen = stukken(1);
      let gevraagd = 0;
      let doorgaan!: () => void;
      const verder = new Promise<void>((ok) => (doorgaan = ok));
      async function* veleStukken(): AsyncGenerator<string> {
        while (gevraagd < 50) {
          gevraagd++;
          yield delen[0]!;
          if (gevraagd === 2) await verder;
        }
      }
      const v = alsStroom(await verpakStroom(veleStukken(), 'br'));
      v.stroom.resume();
      while (gevraagd < 2) await new Promise((ok) => setImmediate(ok));
      v.stroom.destroy();
      doorgaan();
      for (let i = 0; i < 20; i++) await new Promise((ok) => setImmediate(ok));
      expect(gevraagd).toBe(3);
    });
  });
});
