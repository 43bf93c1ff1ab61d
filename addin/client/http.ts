/**
 * One HTTP request to the AVRES API with a deadline, the bearer token and Dutch errors. Used by the
 * batching client and the task panes; works with the browser's fetch and Node's.
 */
import { AvresFout } from './fout';

export type TokenBron = () => Promise<string | undefined> | string | undefined;

export interface HttpOpties {
  /** Base URL of the API, without a trailing slash: `https://localhost:3000/api`. */
  api: string;
  fetch?: typeof fetch;
  token?: TokenBron;
  /** Every request settles (answer or error) within this many milliseconds. */
  timeoutMs?: number;
}

export interface Antwoord<T> {
  body: T;
  headers: Headers;
  status: number;
}

export const STANDAARD_TIMEOUT_MS = 30_000;

function seconden(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} seconden` : `${(ms / 1000).toFixed(1).replace('.', ',')} seconden`;
}

function foutUitBody(status: number, body: unknown): AvresFout {
  const fout = (body as { error?: { code?: unknown; message?: unknown; argument?: unknown; field?: unknown } } | null)?.error;
  if (fout && typeof fout.message === 'string') {
    return new AvresFout(
      typeof fout.code === 'string' ? fout.code : 'INTERNE_FOUT',
      fout.message,
      typeof fout.argument === 'number' ? fout.argument : undefined,
      typeof fout.field === 'string' ? fout.field : undefined,
    );
  }
  if (status === 401 || status === 403) {
    return new AvresFout(
      'NIET_AANGEMELD',
      `de AVRES-server weigert de aanvraag (HTTP ${status}): meld u opnieuw aan of vraag de beheerder om toegang`,
    );
  }
  if (status === 404) return new AvresFout('NIET_GEVONDEN', 'niet gevonden op de AVRES-server (HTTP 404)');
  return new AvresFout(
    'INTERNE_FOUT',
    `de AVRES-server gaf een fout (HTTP ${status}); probeer het later opnieuw of meld het aan de beheerder`,
  );
}

/** TLS verification codes of Node's fetch: the server answered, but with a certificate that is not trusted. */
const CERTIFICAATFOUT = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/;

function verbindingsfout(api: string, e: unknown): AvresFout {
  const code = String((e as { cause?: { code?: unknown } } | null)?.cause?.code ?? '');
  if (CERTIFICAATFOUT.test(code)) {
    return new AvresFout(
      'GEEN_VERBINDING',
      `het certificaat van de AVRES-server (${api}) wordt niet vertrouwd (${code}); vertrouw het ontwikkelcertificaat of gebruik de http-URL`,
    );
  }
  return new AvresFout(
    'GEEN_VERBINDING',
    `de AVRES-server (${api}) is niet bereikbaar; controleer of de server draait en of u verbinding hebt`,
  );
}

/**
 * Sends one request and parses the JSON answer; rejects with an AvresFout, always within `timeoutMs`.
 * Any HTTP status outside 200–299 is an error carrying the API's Dutch message when it sent one.
 */
export async function verzoek<T>(
  o: HttpOpties,
  methode: string,
  pad: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<Antwoord<T>> {
  const timeoutMs = o.timeoutMs ?? STANDAARD_TIMEOUT_MS;
  const doFetch = o.fetch ?? fetch;
  const afbreken = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      afbreken.abort();
      reject(
        new AvresFout(
          'TIME_OUT',
          `de AVRES-server gaf binnen ${seconden(timeoutMs)} geen antwoord; controleer de verbinding en bereken opnieuw (Ctrl+Alt+F9)`,
        ),
      );
    }, timeoutMs);
  });
  const uitvoeren = async (): Promise<Antwoord<T>> => {
    const token = o.token ? await o.token() : undefined;
    const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    let res: Response;
    try {
      res = await doFetch(`${o.api}${pad}`, {
        method: methode,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: afbreken.signal,
      });
    } catch (e) {
      throw verbindingsfout(o.api, e);
    }
    const tekst = await res.text();
    let json: unknown = null;
    if (tekst) {
      try {
        json = JSON.parse(tekst);
      } catch {
        if (res.ok) throw new AvresFout('INTERNE_FOUT', 'de AVRES-server gaf een antwoord dat geen JSON is; meld het aan de beheerder');
      }
    }
    if (!res.ok) throw foutUitBody(res.status, json);
    return { body: json as T, headers: res.headers, status: res.status };
  };
  try {
    return await Promise.race([uitvoeren(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
