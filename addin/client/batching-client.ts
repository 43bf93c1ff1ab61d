/**
 * The batching client behind the custom functions, the recalc tool and the benchmark.
 *
 * Excel calls a custom function once per cell, all at once when a sheet recalculates. This client
 * gathers the calls of one burst into `POST /api/evaluate` (split above MAX_AANROEPEN_PER_BATCH),
 * sends identical calls once, remembers answers per function, arguments and parameter version, asks for the
 * explanation steps only where a caller wants them (cells need values: `"steps": false` saves megabytes), and
 * settles every call within the timeout: a failed or hanging request rejects its calls with a Dutch
 * message instead of leaving cells #BUSY!.
 *
 * Never a stale cell: an answer that read registry data (a waiting list, BUIG figures, a scenario) names those
 * subjects and their versions. Such an answer is given from the cache only after `GET /api/registerversies`
 * (once per burst) confirms its versions; a changed subject drops exactly the answers that read it. Pure answers
 * stay cached until the parameter version changes.
 */
import type { AanroepResultaat, BatchAntwoord } from '../../shared/schemas/evaluate';
import { MAX_AANROEPEN_PER_BATCH } from '../../shared/schemas/batchgrens';
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

/** What a refresh found: the versions now in force and how many cached answers it dropped. */
export interface Verversing {
  parameterVersie: string | undefined;
  /** Cached answers dropped because a subject they read changed (or the parameter version did). */
  vervallen: number;
}

export interface BatchingClient {
  evalueer(functie: string, args: readonly ArgumentWaarde[], opties?: AanroepOpties): Promise<Uitkomst>;
  statistiek(): ClientStatistiek;
  /** The parameter version the API last reported, if any. */
  parameterVersie(): string | undefined;
  /** When the API last computed answers for this client, if ever. */
  laatstBerekend(): Date | undefined;
  /** Asks the API for the current versions and drops the cached answers that changed (the refresh control). */
  ververs(): Promise<Verversing>;
  /** Asks the API for its parameter version (an empty batch), so a change is noticed without a cell asking. */
  controleerVersie(): Promise<void>;
  leegCache(): void;
}

/** The registry subjects an answer read, with the version each had when it was computed. */
type Afhankelijkheden = Record<string, number>;

interface Registerstand {
  parameters: string;
  register: Record<string, number>;
}

interface Wachtend {
  sleutel: string;
  functie: string;
  args: ArgumentWaarde[];
  stappen: boolean;
  resolve(u: Uitkomst): void;
  reject(e: AvresFout): void;
}

type Bewaard = ({ uitkomst: Uitkomst } | { fout: AvresFout }) & { afhankelijk?: Afhankelijkheden };

const actueel = (a: Afhankelijkheden, register: Record<string, number>): boolean =>
  Object.entries(a).every(([onderwerp, versie]) => (register[onderwerp] ?? 0) === versie);

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
  /** Cache hits that read registry data, answered once the burst's version check confirms them. */
  let teBevestigen: Wachtend[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let versie: string | undefined;
  let berekend: Date | undefined;
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

  /** Drops the cached answers that read a subject whose version differs from `register`; returns how many. */
  function laatVervallen(register: Record<string, number>, alleOnderwerpen: boolean): number {
    let vervallen = 0;
    for (const [sleutel, b] of cache) {
      if (!b.afhankelijk) continue;
      const bekend = alleOnderwerpen ? b.afhankelijk : Object.fromEntries(Object.entries(b.afhankelijk).filter(([s]) => s in register));
      if (!actueel(bekend, register)) {
        cache.delete(sleutel);
        vervallen++;
      }
    }
    return vervallen;
  }

  function afhandelen(w: Wachtend, r: AanroepResultaat | undefined, register: Record<string, number>): void {
    if (r === undefined) {
      w.reject(new AvresFout('INTERNE_FOUT', 'de AVRES-server gaf minder antwoorden dan aanroepen; meld het aan de beheerder'));
      return;
    }
    const afhankelijk = r.depends && Object.fromEntries(r.depends.map((s) => [s, register[s] ?? 0]));
    const extra = afhankelijk ? { afhankelijk } : {};
    if ('error' in r) {
      const fout = new AvresFout(r.error.code, r.error.message, r.error.argument);
      if (fout.blijvend) cache.set(w.sleutel, { fout, ...extra });
      w.reject(fout);
    } else {
      const uitkomst: Uitkomst = r.steps ? { value: r.value, steps: r.steps } : { value: r.value };
      cache.set(w.sleutel, { uitkomst, ...extra });
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
      const register = antwoord.body.register ?? {};
      laatVervallen(register, false);
      berekend = new Date();
      deel.forEach((w, i) => afhandelen(w, results[i], register));
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

  function verstuurAlles(alles: Wachtend[]): void {
    for (const stappen of [false, true]) {
      const groep = alles.filter((w) => w.stappen === stappen);
      for (let i = 0; i < groep.length; i += maxPerBatch) void verstuur(groep.slice(i, i + maxPerBatch), stappen);
    }
  }

  async function registerstand(): Promise<Registerstand> {
    const antwoord = await verzoek<Registerstand>(o, 'GET', '/registerversies');
    noteerVersie(antwoord.headers);
    return antwoord.body;
  }

  /** Answers the confirmed cache hits from the cache and sends the rest; a failed check sends them all. */
  async function bevestig(lijst: Wachtend[]): Promise<void> {
    let register: Record<string, number> | undefined;
    try {
      register = (await registerstand()).register;
      laatVervallen(register, true);
    } catch {
      register = undefined;
    }
    const opnieuw: Wachtend[] = [];
    for (const w of lijst) {
      const b = cache.get(w.sleutel);
      if (register && b) {
        onderweg.delete(w.sleutel);
        if ('uitkomst' in b) w.resolve(b.uitkomst);
        else w.reject(b.fout);
      } else {
        cache.delete(w.sleutel);
        stat.uitCache--;
        opnieuw.push(w);
      }
    }
    verstuurAlles(opnieuw);
  }

  function spoel(): void {
    clearTimeout(timer);
    timer = undefined;
    const alles = wachtrij;
    const bevestigen = teBevestigen;
    wachtrij = [];
    teBevestigen = [];
    verstuurAlles(alles);
    if (bevestigen.length > 0) void bevestig(bevestigen);
  }

  function wacht(w: Wachtend, lijst: Wachtend[]): Promise<Uitkomst> {
    const belofte = new Promise<Uitkomst>((resolve, reject) => lijst.push({ ...w, resolve, reject }));
    onderweg.set(w.sleutel, belofte);
    if (wachtrij.length >= maxPerBatch) spoel();
    else if (timer === undefined) timer = setTimeout(spoel, wachttijdMs);
    return belofte;
  }

  return {
    evalueer(functie, ruweArgs, opties = {}) {
      const stappen = opties.stappen === true;
      stat.aanroepen++;
      const naam = functie.trim().toUpperCase();
      const args = normaliseer(ruweArgs);
      const sleutel = sleutelVan(naam, args, stappen);
      const lopend = onderweg.get(sleutel);
      if (lopend) {
        stat.uitCache++;
        return lopend;
      }
      const aanroep: Wachtend = { sleutel, functie: naam, args, stappen, resolve: () => undefined, reject: () => undefined };
      const bewaard = cache.get(sleutel);
      if (bewaard) {
        stat.uitCache++;
        if (bewaard.afhankelijk) return wacht(aanroep, teBevestigen);
        return 'uitkomst' in bewaard ? Promise.resolve(bewaard.uitkomst) : Promise.reject(bewaard.fout);
      }
      return wacht(aanroep, wachtrij);
    },
    statistiek: () => ({ ...stat }),
    parameterVersie: () => versie,
    laatstBerekend: () => berekend,
    async ververs() {
      const voor = versie;
      const omvang = cache.size;
      const stand = await registerstand();
      const vervallen = versie !== voor && voor !== undefined ? omvang : laatVervallen(stand.register, true);
      return { parameterVersie: versie, vervallen };
    },
    async controleerVersie() {
      noteerVersie((await verzoek<BatchAntwoord>(o, 'POST', '/evaluate', { calls: [], steps: false })).headers);
    },
    leegCache: () => cache.clear(),
  };
}
