/**
 * The registry reads of one evaluate batch, answered set-wise. The batch engine starts every call before it awaits
 * any (shared/catalogue/evalueer.ts), so each call only queues its question here; once the batch has queued them all,
 * one registry read per function answers every question (WACHTLIJSTPOSITIE, BUIG_SALDO). The same question twice is
 * read once. Past `max` distinct reads the batch is refused (413) without reading anything.
 */
export interface Teller {
  readonly max: number;
  aantal: number;
}

/** True when the batch asked for more registry reads than allowed. */
export const teVeel = (t: Teller): boolean => t.aantal > t.max;

/** An error for every question of a batch refused as too large; the handler answers 413 instead of any result. */
class TeVeelVragen extends Error {}

/**
 * A function that queues one question and resolves with its answer once `beantwoord` has answered all questions
 * queued in the same turn; `beantwoord` returns an answer or an error per question, in order.
 */
export function bundel<V, R>(
  sleutel: (vraag: V) => string,
  beantwoord: (vragen: V[]) => Promise<(R | Error)[]>,
  teller: Teller,
): (vraag: V) => Promise<R> {
  let wachtend = new Map<string, { vraag: V; ok(r: R): void; fout(e: unknown): void }>();
  const gevraagd = new Map<string, Promise<R>>();
  const verwerk = async (partij: typeof wachtend): Promise<void> => {
    const open = [...partij.values()];
    if (teVeel(teller)) return open.forEach((w) => w.fout(new TeVeelVragen()));
    try {
      const antwoorden = await beantwoord(open.map((w) => w.vraag));
      open.forEach((w, i) => {
        const a = antwoorden[i];
        if (a instanceof Error) w.fout(a);
        else w.ok(a as R);
      });
    } catch (e) {
      open.forEach((w) => w.fout(e));
    }
  };
  return (vraag) => {
    const k = sleutel(vraag);
    const al = gevraagd.get(k);
    if (al) return al;
    teller.aantal++;
    if (wachtend.size === 0)
      setImmediate(() => {
        const partij = wachtend;
        wachtend = new Map();
        void verwerk(partij);
      });
    let ok!: (r: R) => void;
    let fout!: (e: unknown) => void;
    const antwoord = new Promise<R>((a, b) => ((ok = a), (fout = b)));
    wachtend.set(k, { vraag, ok, fout });
    gevraagd.set(k, antwoord);
    return antwoord;
  };
}
