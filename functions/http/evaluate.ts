/**
 * POST /api/evaluate: the batch contract (DOMAIN.md), one result per call in order; a bad call never fails the
 * others. More than MAX_AANROEPEN_PER_BATCH calls → 413. WACHTLIJSTPOSITIE reads the registry within the
 * caller's gemeenten; a `scenario` argument reads the stored scenario; BUIG_SALDO reads budgets and ledger (finance roles).
 * A result that read registry data names it (`depends`), and the answer carries those subjects' versions (`register`),
 * read before computing: a change during the batch shows as a newer version later, so a cached answer is never stale.
 */
import { createHash } from 'node:crypto';
import type { EvaluatieContext, RegisterToegang } from '../../shared/catalogue';
import { batchAntwoordJson, evalueerBatch } from '../../shared/catalogue/evalueer';
import { basisParameters } from '../../shared/parameters';
import { DomeinFout } from '../../shared/errors';
import { Gemeente } from '../../shared/schemas/casus';
import { batchVerzoekSchema, MAX_AANROEPEN_PER_BATCH } from '../../shared/schemas/evaluate';
import { ApiFout } from './api-fout';
import { valideer, zonderBsnInFout } from './fouten';
import { aangemeld, leesJson, wie } from './verzoek';
import { positieUitRegister } from '../registry/wachtlijsten';
import { parametersVanScenario } from '../registry/scenarios';
import { buigUitRegister } from '../registry/buig';
import { leesRegisterversies, Registerversies, scenarioOnderwerp } from '../registry/registerversies';
import { mag } from '../auth/tokens';
import type { Handler } from './types';

/**
 * The version of the law's figures this server computes with: a digest of every parameter series. A new
 * half-year figure changes it, and the add-in empties its cache when it sees a new one (X-Avres-Parameters).
 */
export const PARAMETERVERSIE = createHash('sha256').update(JSON.stringify(basisParameters)).digest('hex').slice(0, 16);

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
  const verzoek = valideer(batchVerzoekSchema, body);
  const w = wie(g, v);
  const versies = await leesRegisterversies(o.db);
  const registerToegang = (leest: (onderwerp: string) => void): RegisterToegang => ({
    async wachtlijstpositie(gemeente, casusnummer, peildatum) {
      leest(`wachtlijst:${gemeente}`);
      try {
        return await positieUitRegister(o.db, gemeente as Gemeente, casusnummer, peildatum, w);
      } catch (e) {
        if (e instanceof DomeinFout && e.code === 'NIET_GEVONDEN') throw new DomeinFout('NIET_GEVONDEN', e.message, { argument: 2 });
        throw e;
      }
    },
    // The catalogue puts a refusal on the scenario argument of the function called.
    async scenario(naam) {
      leest(scenarioOnderwerp(naam));
      return (await parametersVanScenario(o.db, naam)).parameters;
    },
    async buigSaldo(gemeente, jaar, budgetsoort) {
      if (!mag(g, 'financien_lezen')) {
        throw new DomeinFout('NIET_BESCHIKBAAR', 'BUIG_SALDO is alleen voor de rollen financien, controller en beleid', { argument: 1 });
      }
      if (!g.gemeenten.includes(gemeente))
        throw new DomeinFout('NIET_BESCHIKBAAR', `u hebt geen toegang tot de gegevens van ${gemeente}`, { argument: 1 });
      leest(`buig:${gemeente}`);
      const r = await buigUitRegister(o.db, gemeente, jaar, budgetsoort);
      return { waarde: r.waarde.saldo, stappen: r.stappen };
    },
  });
  const gelezen: string[][] = verzoek.calls.map(() => []);
  // One date for the whole batch: every call of it counts to the same today.
  const vandaag = o.vandaag();
  const ctx = (i: number): EvaluatieContext => ({ vandaag, stappen: verzoek.steps, register: registerToegang((s) => gelezen[i]!.push(s)) });
  const results = await evalueerBatch(verzoek.calls, ctx, { stappen: verzoek.steps });
  const gebruikt: Registerversies = {};
  const metAfhankelijkheden = results.map((r, i) => {
    const onderwerpen = gelezen[i]!;
    if (onderwerpen.length === 0) return zonderBsnInFout(r);
    for (const s of onderwerpen) gebruikt[s] = versies[s] ?? 0;
    return { ...zonderBsnInFout(r), depends: [...new Set(onderwerpen)] };
  });
  return {
    status: 200,
    json: batchAntwoordJson(metAfhankelijkheden, Object.keys(gebruikt).length > 0 ? gebruikt : undefined, {
      stapTabel: verzoek.stepTable,
    }),
    headers: { 'X-Avres-Parameters': PARAMETERVERSIE },
  };
};
