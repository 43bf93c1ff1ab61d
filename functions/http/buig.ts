/**
 * /api/buig: BUIG budgets per gemeente and year (voorlopig, nader voorlopig, definitief, with their publication
 * date), the overview with netto lasten from the ledger, saldo and vangnet, and the places the Rijk funds.
 */
import { z } from 'zod';
import { buigOverzicht, BuigOverzicht } from '../../shared/rules/buig-saldo';
import {
  alsStapJson,
  BUDGETSOORTEN,
  Budgetsoort,
  budgetSchema,
  gefinancierdePlekkenSchema,
  Gemeente,
} from '../../shared/schemas/grootboek';
import { gemeenteSchema } from '../../shared/schemas/casus';
import { DomeinFout } from '../../shared/errors';
import type { Resultaat } from '../../shared/uitleg';
import type { Querier } from '../registry/db';
import { budgetten, buigJaren, legBudgetVast, legGefinancierdePlekkenVast } from '../registry/buig';
import { valideer } from './fouten';
import { gevraagdeGemeenten, queryObject } from './financien';
import { aangemeld, leesJson } from './verzoek';
import type { Handler } from './types';

const overzichtSchema = z.object({
  jaar: budgetSchema.shape.jaar,
  gemeente: gemeenteSchema.optional(),
  budgetsoort: z.enum(BUDGETSOORTEN, { message: `onbekende budgetsoort; kies uit: ${BUDGETSOORTEN.join(', ')}` }).optional(),
});

/** The BUIG overview of one gemeente and year from the registry: budgets, ledger lasten, stored prior years. */
export async function buigUitRegister(
  q: Querier,
  gemeente: Gemeente,
  jaar: number,
  budgetsoort?: Budgetsoort,
): Promise<Resultaat<BuigOverzicht>> {
  const [eerEerder, eerder, dit] = await buigJaren(q, gemeente, jaar);
  return buigOverzicht({ gemeente, ...dit!, ...(budgetsoort ? { budgetsoort } : {}), vorigeJaren: [eerEerder!, eerder!] });
}

export const alsJson = (b: BuigOverzicht) => ({
  gemeente: b.gemeente,
  jaar: b.jaar,
  budgetsoort: b.budgetsoort,
  budget: b.budget.toFixed(2),
  publicatiedatum: b.publicatiedatum,
  bijstand: b.bijstand.toFixed(2),
  lks: b.lks.toFixed(2),
  nettoLasten: b.nettoLasten.toFixed(2),
  saldo: b.saldo.toFixed(2),
  vangnet: b.vangnet === null ? null : b.vangnet.toFixed(2),
  ...(b.vangnetToelichting ? { vangnetToelichting: b.vangnetToelichting } : {}),
});

export const overzicht: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'financien_lezen');
  const verzoek = valideer(overzichtSchema, queryObject(v, ['jaar']));
  const gemeenten = gevraagdeGemeenten(g, verzoek.gemeente);
  // One after the other: a transaction is one connection, and pg runs one query at a time on it.
  const regels = await o.db.transaction(async (tx) => {
    const uit = [];
    for (const gemeente of gemeenten) {
      try {
        const r = await buigUitRegister(tx, gemeente, verzoek.jaar, verzoek.budgetsoort);
        uit.push({ ...alsJson(r.waarde), stappen: r.stappen.map(alsStapJson) });
      } catch (e) {
        if (e instanceof DomeinFout && e.code === 'NIET_GEVONDEN') uit.push({ gemeente, jaar: verzoek.jaar, fout: e.message });
        else throw e;
      }
    }
    return uit;
  });
  return { status: 200, body: { jaar: verzoek.jaar, gemeenten: regels } };
};

export const lijstBudgetten: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'financien_lezen');
  const verzoek = valideer(overzichtSchema.pick({ jaar: true, gemeente: true }).partial(), queryObject(v, ['jaar']));
  const lijst = await budgetten(o.db, gevraagdeGemeenten(g, verzoek.gemeente), verzoek.jaar !== undefined ? [verzoek.jaar] : undefined);
  return { status: 200, body: { budgetten: lijst } };
};

export const budgetVastleggen: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'budget_schrijven');
  const b = valideer(budgetSchema, await leesJson(v));
  gevraagdeGemeenten(g, b.gemeente);
  const { budget, nieuw } = await legBudgetVast(o.db, b, { actor: g.id, traceId: v.traceId });
  return { status: nieuw ? 201 : 200, body: budget };
};

export const plekkenVastleggen: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'budget_schrijven');
  const p = valideer(gefinancierdePlekkenSchema, await leesJson(v));
  gevraagdeGemeenten(g, p.gemeente);
  await legGefinancierdePlekkenVast(o.db, p, { actor: g.id, traceId: v.traceId });
  return { status: 200, body: p };
};
