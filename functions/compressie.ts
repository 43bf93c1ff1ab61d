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
 * Brotli at quality 4 compresses JSON and scripts nearly as well as gzip's best in a fraction of brotli's default
 * (11) time; answers are compressed per request, so speed matters more than the last percent.
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
