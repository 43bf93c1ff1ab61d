/**
 * The batching client behind the custom functions, the recalc tool and the benchmark.
 *
 * Excel calls a custom function once per cell, all at once when a sheet recalculates. This client
 * gathers the calls of one burst into `POST /api/evaluate` (split above MAX_AANROEPEN_PER_BATCH),
 * sends identical calls once, remembers answers per function, arguments and parameter version, asks for the
 * explanation steps only where a caller wants them (cells need values: `"steps": false` saves megabytes), and
 * settles every call within the timeout: a failed or hanging request rejects its calls with a Dutch
 * message instead of leaving cells #BUSY!.
 */
import { MAX_AANROEPEN_PER_BATCH, AanroepResultaat, BatchAntwoord } from '../../shared/schemas/evaluate';
import type { WireStap } from '../../shared/schemas/stap';
import { AvresFout } from './fout';
import { HttpOpties, verzoek } from './http';

/** A cell value or a range, as the batch contract takes it. */
export type ArgumentWaarde = number | string | boolean | null | (number | string | boolean | null)[][];

export interface Uitkomst {
  value: number | string | (string | number)[][];
  /** The explanation, when asked for with `{ stappen: true }`. */
  steps?: WireStap[];
}

export interface AanroepOpties {
  /** Also fetch the steps (the explanation pane); cells need the value only. */
  stappen?: boolean;
}

/** Response header in which the API names the version of its parameter set; a new version empties the cache. */
export const PARAMETERVERSIE_HEADER = 'x-avres-parameters';

export interface BatchingClientOpties extends HttpOpties {
  /** How long to wait for more calls of the same calculation burst before sending (ms). */
  wachttijdMs?: number;
  /** Calls per request at most; defaults to the API's limit. */
  maxPerBatch?: number;
  /** Today's date (ISO); part of the cache key, as some functions count to today. */
  vandaag?: () => string;
  /**
   * Called when the API reports a parameter version other than the one seen before (a beheerder's value was
   * approved): the cache is already empty, and the add-in recalculates its cells so they show the new figures.
   */
  opNieuweVersie?: (versie: string) => void;
}

export interface ClientStatistiek {
  /** Calls asked of the client. */
  aanroepen: number;
  /** Calls answered from the cache or joined to an identical call already under way. */
  uitCache: number;
  /** Distinct calls sent to the API. */
  verzonden: number;
  /** HTTP requests made. */
  verzoeken: number;
}

export interface BatchingClient {
  evalueer(functie: string, args: readonly ArgumentWaarde[], opties?: AanroepOpties): Promise<Uitkomst>;
  statistiek(): ClientStatistiek;
  /** The parameter version the API last reported, if any. */
  parameterVersie(): string | undefined;
  /** Asks the API for its parameter version (an empty batch), so a change is noticed without a cell asking. */
  controleerVersie(): Promise<void>;
  leegCache(): void;
}

interface Wachtend {
  sleutel: string;
  functie: string;
  args: ArgumentWaarde[];
  stappen: boolean;
  resolve(u: Uitkomst): void;
  reject(e: AvresFout): void;
}

type Bewaard = { uitkomst: Uitkomst } | { fout: AvresFout };

const vandaagIso = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Omitted optional arguments: trailing empties are dropped, so `F(1;)` and `F(1)` are one call. */
function normaliseer(args: readonly ArgumentWaarde[]): ArgumentWaarde[] {
  const uit = args.map((a) => (a === undefined ? null : a));
  while (uit.length > 0 && (uit[uit.length - 1] === null || uit[uit.length - 1] === '')) uit.pop();
  return uit;
}

/**
 * Creates a client; calls made within `wachttijdMs` of each other travel in one request.
 * @example const client = createBatchingClient({ api: 'https://localhost:3000/api' });
 *          await client.evalueer('LOONKOSTENSUBSIDIE', [0.6, 36, '2026-01-01']) // { value: 1224.11, steps }
 */
export function createBatchingClient(o: BatchingClientOpties): BatchingClient {
  const wachttijdMs = o.wachttijdMs ?? 20;
  const maxPerBatch = Math.min(o.maxPerBatch ?? MAX_AANROEPEN_PER_BATCH, MAX_AANROEPEN_PER_BATCH);
  const vandaag = o.vandaag ?? vandaagIso;
  const cache = new Map<string, Bewaard>();
  const onderweg = new Map<string, Promise<Uitkomst>>();
  let wachtrij: Wachtend[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let versie: string | undefined;
  const stat: ClientStatistiek = { aanroepen: 0, uitCache: 0, verzonden: 0, verzoeken: 0 };

  const sleutelVan = (functie: string, args: ArgumentWaarde[], stappen: boolean): string =>
    JSON.stringify([versie ?? '', vandaag(), functie, args, stappen]);

  function noteerVersie(headers: Headers): void {
    const nieuw = headers.get(PARAMETERVERSIE_HEADER) ?? undefined;
    if (nieuw !== undefined && nieuw !== versie) {
      const vorige = versie;
      versie = nieuw;
      if (vorige !== undefined) {
        cache.clear();
        o.opNieuweVersie?.(nieuw);
      }
    }
  }

  function afhandelen(w: Wachtend, r: AanroepResultaat | undefined): void {
    if (r === undefined) {
      w.reject(new AvresFout('INTERNE_FOUT', 'de AVRES-server gaf minder antwoorden dan aanroepen; meld het aan de beheerder'));
    } else if ('error' in r) {
      const fout = new AvresFout(r.error.code, r.error.message, r.error.argument);
      if (fout.blijvend) cache.set(w.sleutel, { fout });
      w.reject(fout);
    } else {
      const uitkomst: Uitkomst = r.steps ? { value: r.value, steps: r.steps } : { value: r.value };
      cache.set(w.sleutel, { uitkomst });
      w.resolve(uitkomst);
    }
  }

  async function verstuur(deel: Wachtend[], stappen: boolean): Promise<void> {
    stat.verzoeken++;
    stat.verzonden += deel.length;
    try {
      const calls = deel.map((w) => ({ function: w.functie, args: w.args }));
      const antwoord = await verzoek<BatchAntwoord>(o, 'POST', '/evaluate', { calls, steps: stappen });
      noteerVersie(antwoord.headers);
      const results = antwoord.body?.results;
      if (!Array.isArray(results))
        throw new AvresFout('INTERNE_FOUT', 'de AVRES-server gaf een onverwacht antwoord (geen results); meld het aan de beheerder');
      deel.forEach((w, i) => afhandelen(w, results[i]));
    } catch (e) {
      const fout =
        e instanceof AvresFout
          ? e
          : new AvresFout('INTERNE_FOUT', 'er ging iets mis bij het ophalen van de uitkomsten; probeer het opnieuw');
      for (const w of deel) w.reject(fout);
    } finally {
      for (const w of deel) onderweg.delete(w.sleutel);
    }
  }

  function spoel(): void {
    clearTimeout(timer);
    timer = undefined;
    const alles = wachtrij;
    wachtrij = [];
    for (const stappen of [false, true]) {
      const groep = alles.filter((w) => w.stappen === stappen);
      for (let i = 0; i < groep.length; i += maxPerBatch) void verstuur(groep.slice(i, i + maxPerBatch), stappen);
    }
  }

  return {
    evalueer(functie, ruweArgs, opties = {}) {
      const stappen = opties.stappen === true;
      stat.aanroepen++;
      const naam = functie.trim().toUpperCase();
      const args = normaliseer(ruweArgs);
      const sleutel = sleutelVan(naam, args, stappen);
      const bewaard = cache.get(sleutel);
      if (bewaard) {
        stat.uitCache++;
        return 'uitkomst' in bewaard ? Promise.resolve(bewaard.uitkomst) : Promise.reject(bewaard.fout);
      }
      const lopend = onderweg.get(sleutel);
      if (lopend) {
        stat.uitCache++;
        return lopend;
      }
      const belofte = new Promise<Uitkomst>((resolve, reject) => {
        wachtrij.push({ sleutel, functie: naam, args, stappen, resolve, reject });
      });
      onderweg.set(sleutel, belofte);
      if (wachtrij.length >= maxPerBatch) spoel();
      else if (timer === undefined) timer = setTimeout(spoel, wachttijdMs);
      return belofte;
    },
    statistiek: () => ({ ...stat }),
    parameterVersie: () => versie,
    async controleerVersie() {
      noteerVersie((await verzoek<BatchAntwoord>(o, 'POST', '/evaluate', { calls: [], steps: false })).headers);
    },
    leegCache: () => cache.clear(),
  };
}
