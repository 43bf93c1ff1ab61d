/**
 * The one place that decides how an answer travels: brotli or gzip when the client accepts it and the body is
 * large enough to gain, else as is. The local server, the Functions host adapter and the static files use it.
 */
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';

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

export interface Verpakt {
  body: Buffer | string;
  /** Content-Encoding and Vary when compressed; Vary alone when the body could have been. */
  headers: Record<string, string>;
}

/** An API answer's body for this client: compressed off the main thread (zlib's pool) when worth it. */
export async function verpak(body: string, acceptEncoding: string | undefined): Promise<Verpakt> {
  const codering = Buffer.byteLength(body) < DREMPEL_BYTES ? undefined : kiesCodering(acceptEncoding);
  if (!codering) return { body, headers: { Vary: 'Accept-Encoding' } };
  const gecomprimeerd = codering === 'br' ? await brotliAsync(body, BROTLI) : await gzipAsync(body);
  return { body: gecomprimeerd, headers: { 'Content-Encoding': codering, Vary: 'Accept-Encoding' } };
}

/** A static file's bytes in one coding, at the best ratio (callers cache the result per file version). */
export function comprimeerStatisch(inhoud: Buffer, codering: Codering): Buffer {
  return codering === 'br' ? brotliCompressSync(inhoud, BROTLI_STATISCH) : gzipSync(inhoud, { level: constants.Z_BEST_COMPRESSION });
}

/** Whether a static body of this size and type is worth compressing (text; images are compressed already). */
export function comprimeerbaar(contentType: string, lengte: number): boolean {
  return lengte >= DREMPEL_BYTES && /^(text\/|application\/(json|xml|javascript))/.test(contentType);
}
