/**
 * The benchmarks' HTTP client in a process of its own, as every real client is (Excel's webview, a script): its
 * decoding of an answer and the garbage that leaves do not run on the server's heap. (Not a benchmark itself: run.ts
 * runs only *.bench.ts.) The parent gives it a request once (`laad`), then asks for one timed round trip at a time;
 * the time runs from sending the request to the answer's JSON parsed, as fetch does it (br or gzip accepted).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

interface Laad {
  soort: 'laad';
  url: string;
  token: string;
  body: string;
  aantal: number;
}
type Opdracht = Laad | { soort: 'meet' };
/** A round trip's times (ms from sending the request): the answer's headers, and the answer read with its JSON parsed. */
export interface Rondgang {
  kop: number;
  ms: number;
}
type Antwoord = Rondgang | { fout: string };

export interface HttpKlant {
  /** The request every following `meet` sends, and how many results its answer must have. */
  laad(url: string, token: string, body: string, aantal: number): Promise<void>;
  /** One round trip: request sent, answer read and its JSON parsed; and when its headers came (a streamed answer's first bytes). */
  meet(): Promise<Rondgang>;
  sluit(): void;
}

/** Starts the client process (the compiled benchmark's sibling `http-klant.js`). */
export function startHttpKlant(): HttpKlant {
  const kind: ChildProcess = fork(join(__dirname, 'http-klant.js'), [], { stdio: 'inherit' });
  // One question at a time: the open one is answered by the next message, or fails when the process does.
  let open: { ok: (a: Antwoord) => void; fout: (e: Error) => void } | undefined;
  const beeindig = (e: Error) => {
    open?.fout(e);
    open = undefined;
  };
  kind.on('message', (a) => {
    open?.ok(a as Antwoord);
    open = undefined;
  });
  kind.on('error', beeindig);
  kind.on('exit', (code) => beeindig(new Error(`de HTTP-client van de benchmark stopte (code ${code})`)));
  const vraag = (o: Opdracht): Promise<Antwoord> =>
    new Promise((ok, fout) => {
      open = { ok, fout };
      kind.send(o);
    });
  const rondgang = async (o: Opdracht): Promise<Rondgang> => {
    const a = await vraag(o);
    if ('fout' in a) throw new Error(a.fout);
    return a;
  };
  return {
    laad: async (url, token, body, aantal) => void (await rondgang({ soort: 'laad', url, token, body, aantal })),
    meet: () => rondgang({ soort: 'meet' }),
    sluit: () => void kind.kill(),
  };
}

/** The child's side. */
function alsKind(): void {
  let verzoek: Laad | undefined;
  const eenKeer = async (): Promise<Rondgang> => {
    const v = verzoek!;
    const t = performance.now();
    const r = await fetch(`${v.url}/evaluate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${v.token}`, 'Content-Type': 'application/json', 'Accept-Encoding': 'br, gzip' },
      body: v.body,
    });
    const kop = performance.now() - t;
    const j = (await r.json()) as { results?: unknown[] };
    const ms = performance.now() - t;
    if (j.results?.length !== v.aantal) throw new Error(`onvolledig antwoord (HTTP ${r.status})`);
    return { kop, ms };
  };
  process.on('message', (o: Opdracht) => {
    const klaar = o.soort === 'laad' ? ((verzoek = o), eenKeer()) : eenKeer();
    klaar.then(
      (r) => process.send!(r),
      (e: Error) => process.send!({ fout: e.message }),
    );
  });
}

if (require.main === module) alsKind();
