/**
 * POST /api/evaluate: the batch contract (DOMAIN.md), one result per call in order; a bad call never fails the
 * others. More than MAX_AANROEPEN_PER_BATCH calls → 413. WACHTLIJSTPOSITIE reads the registry within the
 * caller's gemeenten; a `scenario` argument reads the stored scenario; BUIG_SALDO reads budgets and ledger (finance roles).
 */
import { createHash } from 'node:crypto';
import type { RegisterToegang } from '../../shared/catalogue';
import { batchAntwoordJson, evalueerBatch } from '../../shared/catalogue/evalueer';
import { basisParameters } from '../../shared/parameters';
import { DomeinFout } from '../../shared/errors';
import { batchVerzoekSchema, MAX_AANROEPEN_PER_BATCH } from '../../shared/schemas/evaluate';
import { ApiFout } from './api-fout';
import { valideer, zonderBsnInFout } from './fouten';
import { aangemeld, leesJson, wie } from './verzoek';
import { positieUitRegister } from '../registry/wachtlijsten';
import { parametersVanScenario } from '../registry/scenarios';
import { buigUitRegister } from '../registry/buig';
import { mag } from '../auth/tokens';
import { binnenBereik, geenToegangTot } from '../auth/bereik';
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
  const register: RegisterToegang = {
    async wachtlijstpositie(gemeente, casusnummer, peildatum) {
      if (!binnenBereik(g.gemeenten, gemeente))
        throw new DomeinFout('NIET_BESCHIKBAAR', geenToegangTot(g.gemeenten, [gemeente]), { argument: 1 });
      try {
        return await positieUitRegister(o.db, gemeente, casusnummer, peildatum, w);
      } catch (e) {
        if (e instanceof DomeinFout && e.code === 'NIET_GEVONDEN') throw new DomeinFout('NIET_GEVONDEN', e.message, { argument: 2 });
        throw e;
      }
    },
    // The catalogue puts a refusal on the scenario argument of the function called.
    async scenario(naam) {
      return (await parametersVanScenario(o.db, naam)).parameters;
    },
    async buigSaldo(gemeente, jaar, budgetsoort) {
      if (!mag(g, 'financien_lezen')) {
        throw new DomeinFout('NIET_BESCHIKBAAR', 'BUIG_SALDO is alleen voor de rollen financien, controller en beleid', { argument: 1 });
      }
      if (!binnenBereik(g.gemeenten, gemeente))
        throw new DomeinFout('NIET_BESCHIKBAAR', geenToegangTot(g.gemeenten, [gemeente]), { argument: 1 });
      const r = await buigUitRegister(o.db, gemeente, jaar, budgetsoort);
      return { waarde: r.waarde.saldo, stappen: r.stappen };
    },
  };
  const results = await evalueerBatch(verzoek.calls, { vandaag: o.vandaag(), register }, { stappen: verzoek.steps });
  return { status: 200, json: batchAntwoordJson(results.map(zonderBsnInFout)), headers: { 'X-Avres-Parameters': PARAMETERVERSIE } };
};
