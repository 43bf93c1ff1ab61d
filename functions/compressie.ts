/**
 * The one place that decides how an answer travels: brotli or gzip when the client accepts it and the body is
 * large enough to gain, else as is; an answer made in pieces (`verpakStroom`) is compressed and sent piece by piece.
 * The local server, the Functions host adapter and the static files use it.
 */
import { Readable } from 'node:stream';
import { setImmediate as beurt } from 'node:timers/promises';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, createBrotliCompress, createGzip, gzip, gzipSync } from 'node:zlib';
import type { ApiAntwoord } from './http/types';

export type Codering = 'br' | 'gzip';

/** Below this, the headers and the compressor's work cost more than the bytes saved. */
const DREMPEL_BYTES = 1024;

/**
 * Brotli at quality 4: answers are compressed per request, so far below brotli's default (11). Measured on 10,000
 * random LKS results (bench/api.bench.ts's set; median of 9, ms and bytes), values only 170,768 B and with the step
 * table 5,568,191 B:
 *   br 1: 1.1 ms 35,762 B; 12.5 ms 502,505 B     br 2: 1.4 ms 34,299 B; 17.5 ms 466,327 B
 *   br 3: 1.3 ms 34,142 B; 19.5 ms 439,806 B     br 4: 1.6 ms 33,865 B; 23.8 ms 391,463 B
 *   gzip 1: 0.9 ms 40,425 B; 14.1 ms 530,834 B   gzip 6: 2.6 ms 34,197 B; 35.7 ms 431,808 B
 * Quality 1 would save 11 ms on the large answer but send 111 KB more, which costs more than 11 ms on any link
 * slower than 80 Mbit/s (an add-in over the internet); on the small answer the qualities are within noise.
 * Gzip (clients without br) keeps zlib's default level 6, for the same reason.
 */
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } };
/** The compressor's output buffer for a streamed answer: a piece's bytes in one go. */
const STUK_BYTES = 128 * 1024;
/** Static files are compressed once per version, so they get the best ratio. */
const BROTLI_STATISCH = { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } };

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The coding to use for a request's `Accept-Encoding`: br before gzip; a coding with `q=0` is refused.
 * @example kiesCodering('gzip, deflate, br') // 'br'
 */
export function kiesCodering(acceptEncoding: string | undefined): Codering | undefined {
  if (!acceptEncoding) return undefined;
  const aanvaard = new Set<string>();
  for (const deel of acceptEncoding.toLowerCase().split(',')) {
    const [naam, ...parameters] = deel.trim().split(';');
    const q = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((w) => w !== undefined);
    if (naam && (q === undefined || Number(q) > 0)) aanvaard.add(naam.trim());
  }
  if (aanvaard.has('br')) return 'br';
  if (aanvaard.has('gzip')) return 'gzip';
  return undefined;
}

/** The headers of an answer in this coding: Vary always, since the body could have been compressed. */
function koppen(codering: Codering | undefined): Record<string, string> {
  return codering ? { 'Content-Encoding': codering, Vary: 'Accept-Encoding' } : { Vary: 'Accept-Encoding' };
}

export interface Verpakt {
  body: Buffer | string;
  /** Content-Encoding and Vary when compressed; Vary alone when the body could have been. */
  headers: Record<string, string>;
}

/** An API answer's body for this client: compressed off the main thread (zlib's pool) when worth it. */
export async function verpak(body: string, acceptEncoding: string | undefined): Promise<Verpakt> {
  const codering = Buffer.byteLength(body) < DREMPEL_BYTES ? undefined : kiesCodering(acceptEncoding);
  if (!codering) return { body, headers: koppen(undefined) };
  const gecomprimeerd = codering === 'br' ? await brotliAsync(body, BROTLI) : await gzipAsync(body);
  return { body: gecomprimeerd, headers: koppen(codering) };
}

export interface VerpaktStroom {
  /** The body as it is made: compressed pieces, or the pieces as they are. */
  stroom: Readable;
  headers: Record<string, string>;
}

/**
 * An answer made in pieces (JSON text whose pieces joined are the answer), for this client: each piece goes to the
 * compressor as it comes, so zlib's pool compresses it on another core while the next piece is made, and the bytes
 * leave before the last piece exists. An answer that ends below the threshold goes as one body, as `verpak` sends it.
 * A piece that fails destroys the stream (the connection closes; the client never reads half an answer as whole),
 * and a stream destroyed from outside (the client went away) stops asking for pieces.
 */
export async function verpakStroom(delen: AsyncIterable<string>, acceptEncoding: string | undefined): Promise<Verpakt | VerpaktStroom> {
  const volgende = delen[Symbol.asyncIterator]();
  let begin = '';
  while (Buffer.byteLength(begin) < DREMPEL_BYTES) {
    const { value, done } = await volgende.next();
    if (done) return verpak(begin, acceptEncoding);
    begin += value;
  }
  async function* alle(): AsyncGenerator<string> {
    yield begin;
    for (let r = await volgende.next(); !r.done; r = await volgende.next()) yield r.value;
  }
  const codering = kiesCodering(acceptEncoding);
  if (!codering) return { stroom: Readable.from(alle()), headers: koppen(undefined) };
  // Every write is flushed in the same round trip to zlib's pool (`flush`), so its bytes leave as soon as they are
  // compressed: brotli holds back all output until the end otherwise, and a separate flush() is a second round
  // trip that waits for the main thread, busy making the next piece. The output buffer holds a piece's compressed
  // bytes at once (zlib's 16 KB default took several round trips per piece). Measured on the API benchmark's
  // answer, the flushes cost a few hundred bytes in 350 KB.
  const opties = { chunkSize: STUK_BYTES, flush: codering === 'br' ? constants.BROTLI_OPERATION_FLUSH : constants.Z_SYNC_FLUSH };
  const pakker = codering === 'br' ? createBrotliCompress({ ...BROTLI, ...opties }) : createGzip(opties);
  void (async () => {
    try {
      // The writes do not wait for 'drain': the compressor holds at most one answer, and an answer is bounded by
      // the batch's limits. The turn of the event loop after each piece hands the compressor its finished work.
      for await (const deel of alle()) {
        if (pakker.destroyed) return;
        pakker.write(deel);
        await beurt();
      }
      pakker.end();
    } catch (e) {
      pakker.destroy(e as Error);
    }
  })();
  return { stroom: pakker, headers: koppen(codering) };
}

/** A handler's answer as it travels: its headers, and its body whole (none for an answer without one) or as a stream. */
export type VerpaktAntwoord = { headers: Record<string, string>; body?: Buffer | string } | VerpaktStroom;

/**
 * A handler's answer for this client, the same from both hosts (the local server and the Functions host adapter):
 * without a body its headers alone; a JSON body whole, compressed when worth it (`verpak`), or made in pieces and
 * sent as they come (`verpakStroom`), with its Content-Type and no-store.
 */
export async function verpakAntwoord(a: ApiAntwoord, acceptEncoding: string | undefined): Promise<VerpaktAntwoord> {
  const json = a.json ?? (a.body !== undefined ? JSON.stringify(a.body) : undefined);
  if (json === undefined) return { headers: { 'Cache-Control': 'no-store', ...a.headers } };
  const verpakt = typeof json === 'string' ? await verpak(json, acceptEncoding) : await verpakStroom(json, acceptEncoding);
  const headers = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...a.headers, ...verpakt.headers };
  return 'stroom' in verpakt ? { stroom: verpakt.stroom, headers } : { body: verpakt.body, headers };
}

/** A static file's bytes in one coding, at the best ratio (callers cache the result per file version). */
export function comprimeerStatisch(inhoud: Buffer, codering: Codering): Buffer {
  return codering === 'br' ? brotliCompressSync(inhoud, BROTLI_STATISCH) : gzipSync(inhoud, { level: constants.Z_BEST_COMPRESSION });
}

/** Whether a static body of this size and type is worth compressing (text; images are compressed already). */
export function comprimeerbaar(contentType: string, lengte: number): boolean {
  return lengte >= DREMPEL_BYTES && /^(text\/|application\/(json|xml|javascript))/.test(contentType);
}
