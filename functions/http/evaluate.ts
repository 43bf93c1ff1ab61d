/**
 * POST /api/evaluate: the batch contract (DOMAIN.md), one result per call in order; a bad call never fails the
 * others. More than MAX_AANROEPEN_PER_BATCH calls → 413. WACHTLIJSTPOSITIE reads the registry within the
 * caller's gemeenten; a `scenario` argument reads the stored scenario; BUIG_SALDO reads budgets and ledger (finance roles);
 * those reads are answered set-wise per batch (evaluatieregister.ts), at most `config.maxRegisterlezingen` of them (413 beyond).
 */
import { createHash } from 'node:crypto';
import { batchAntwoordJson, evalueerBatch } from '../../shared/catalogue/evalueer';
import { basisParameters } from '../../shared/parameters';
import { batchVerzoekSchema, MAX_AANROEPEN_PER_BATCH } from '../../shared/schemas/evaluate';
import { ApiFout } from './api-fout';
import { valideer, zonderBsnInFout } from './fouten';
import { aangemeld, leesJson, wie } from './verzoek';
import { evaluatieregister } from './evaluatieregister';
import { teVeel } from './registerbundel';
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
  const { register, teller, logWeigeringen } = evaluatieregister(o, g, wie(g, v));
  const results = await evalueerBatch(verzoek.calls, { vandaag: o.vandaag(), register }, { stappen: verzoek.steps });
  if (teVeel(teller)) {
    throw new ApiFout(
      413,
      'TE_GROOT',
      `te veel registeraanroepen in één batch: ${teller.aantal} verschillende (WACHTLIJSTPOSITIE, BUIG_SALDO, scenario's); hoogstens ${teller.max}. Splits de batch.`,
      { field: 'calls' },
    );
  }
  await logWeigeringen();
  return { status: 200, json: batchAntwoordJson(results.map(zonderBsnInFout)), headers: { 'X-Avres-Parameters': PARAMETERVERSIE } };
};
