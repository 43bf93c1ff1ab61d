/**
 * POST /api/evaluate: the batch contract (DOMAIN.md), one result per call in order; a bad call never fails the
 * others. More than MAX_AANROEPEN_PER_BATCH calls → 413. WACHTLIJSTPOSITIE reads the registry within the
 * caller's gemeenten; a `scenario` argument reads the stored scenario; BUIG_SALDO reads budgets and ledger (finance roles);
 * those reads are answered set-wise per batch (evaluatieregister.ts), at most `config.maxRegisterlezingen` of them (413 beyond).
 * A result that read registry data names it (`depends`), and the answer carries those subjects' versions (`register`),
 * read before computing: a change during the batch shows as a newer version later, so a cached answer is never stale.
 * A batch in which no call reads the registry streams its answer, run by run as it is evaluated (AntwoordSchrijver:
 * each step inside the first result that has it, the labels last); a batch that reads the registry is answered
 * whole, since it can still be refused (413) once evaluated.
 */
import type { EvaluatieContext, RegisterToegang } from '../../shared/catalogue';
import { AntwoordSchrijver, batchAntwoordJson, evalueerBatch, leestRegister } from '../../shared/catalogue/evalueer';
import { StapTabel } from '../../shared/catalogue/staptabel';
import { batchVerzoekSchema, MAX_AANROEPEN_PER_BATCH, snelBatchVerzoek } from '../../shared/schemas/evaluate';
import { ApiFout } from './api-fout';
import { valideer, zonderBsnInFout } from './fouten';
import { aangemeld, leesJson, wie } from './verzoek';
import { evaluatieregister } from './evaluatieregister';
import { teVeel } from './registerbundel';
import { effectieveSet } from '../registry/parameters';
import { leesRegisterversies, Registerversies, scenarioOnderwerp } from '../registry/registerversies';
import type { Handler } from './types';

/** The registry access of one call: the batch's set-wise access, recording which registry subjects the call read. */
function metSpoor(register: RegisterToegang, leest: (onderwerp: string) => void): RegisterToegang {
  return {
    wachtlijstpositie(gemeente, casusnummer, peildatum) {
      leest(`wachtlijst:${gemeente}`);
      return register.wachtlijstpositie(gemeente, casusnummer, peildatum);
    },
    scenario(naam) {
      leest(scenarioOnderwerp(naam));
      return register.scenario(naam);
    },
    buigSaldo(gemeente, jaar, budgetsoort) {
      leest(`buig:${gemeente}`);
      return register.buigSaldo(gemeente, jaar, budgetsoort);
    },
  };
}

/**
 * Calls per run of a streamed answer: a run of 1,000 LKS calls with steps is ~4 ms of evaluating and ~130 KB of
 * text, enough for the compressor to work on while the next run is evaluated, few enough turns of the event loop.
 */
const PER_STUK = 1000;

export const evaluate: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'evalueren');
  const body = await leesJson(v);
  const calls = (body as { calls?: unknown } | null)?.calls;
  if (Array.isArray(calls) && calls.length > MAX_AANROEPEN_PER_BATCH) {
    throw new ApiFout(
      413,
      'TE_GROOT',
      `te veel aanroepen in één batch: ${calls.length}; hoogstens ${MAX_AANROEPEN_PER_BATCH}. Splits de batch.`,
      { field: 'calls' },
    );
  }
  const verzoek = snelBatchVerzoek(body) ?? valideer(batchVerzoekSchema, body);
  // The figures this batch computes with: the baseline plus the approved register values. Their version goes out in
  // X-Avres-Parameters, and the add-in recomputes its cells when it changes.
  const set = await effectieveSet(o.db);
  const vandaag = o.vandaag();
  // With "stepTable": true the steps are numbered into the answer's table as each rule gives them.
  const opties = { stappen: verzoek.steps, stapTabel: verzoek.stepTable ? new StapTabel() : undefined };
  const gedeeld: EvaluatieContext = { vandaag, stappen: verzoek.steps, parameters: set.parameters };
  const leest = verzoek.calls.map(leestRegister);
  if (!leest.includes(true)) {
    // No call reads the registry: nothing can refuse the batch once it is valid, so the answer streams, PER_STUK
    // calls at a time: each run of results is compressed and sent while the next is evaluated.
    const aanroepen = verzoek.calls;
    const schrijver = new AntwoordSchrijver(opties.stapTabel);
    return {
      status: 200,
      json: (async function* () {
        for (let i = 0; i < aanroepen.length; i += PER_STUK) {
          const results = await evalueerBatch(aanroepen.slice(i, i + PER_STUK), gedeeld, opties);
          yield schrijver.resultaten(results.map(zonderBsnInFout));
        }
        yield schrijver.slot();
      })(),
      headers: { 'X-Avres-Parameters': set.versie },
    };
  }
  // Some calls read the registry: the whole batch is evaluated first, its reads answered set-wise, and refused
  // (413) when it asks too many. Only those calls get an access of their own, recording what they read; the rest
  // share one context without any (a call misjudged would fail loudly, never answer without its depends).
  // The subjects' versions are read before computing, so a change during the batch shows as a newer version.
  const versies = await leesRegisterversies(o.db);
  const { register, teller, logWeigeringen } = evaluatieregister(o, g, wie(g, v), set, { stappen: verzoek.steps });
  const gelezen = new Array<string[] | undefined>(verzoek.calls.length);
  const ctx = (i: number): EvaluatieContext => {
    if (!leest[i]) return gedeeld;
    const onderwerpen: string[] = (gelezen[i] = []);
    return { ...gedeeld, register: metSpoor(register, (s) => onderwerpen.push(s)) };
  };
  const results = await evalueerBatch(verzoek.calls, ctx, opties);
  if (teVeel(teller)) {
    throw new ApiFout(
      413,
      'TE_GROOT',
      `te veel registeraanroepen in één batch: ${teller.aantal} verschillende (WACHTLIJSTPOSITIE, BUIG_SALDO, scenario's); hoogstens ${teller.max}. Splits de batch.`,
      { field: 'calls' },
    );
  }
  await logWeigeringen();
  const gebruikt: Registerversies = {};
  const metAfhankelijkheden = results.map((r, i) => {
    const onderwerpen = gelezen[i];
    if (onderwerpen === undefined || onderwerpen.length === 0) return zonderBsnInFout(r);
    for (const s of onderwerpen) gebruikt[s] = versies[s] ?? 0;
    return { ...zonderBsnInFout(r), depends: [...new Set(onderwerpen)] };
  });
  return {
    status: 200,
    json: batchAntwoordJson(metAfhankelijkheden, Object.keys(gebruikt).length > 0 ? gebruikt : undefined, opties),
    headers: { 'X-Avres-Parameters': set.versie },
  };
};
