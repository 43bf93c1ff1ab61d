/**
 * /api/buig: BUIG budgets per gemeente and year (voorlopig, nader voorlopig, definitief, with their publication
 * date), the overview with netto lasten from the ledger, saldo and vangnet, and the places the Rijk funds.
 */
import { z } from 'zod';
import type { BuigOverzicht } from '../../shared/rules/buig-saldo';
import { BUDGETSOORTEN, budgetSchema, gefinancierdePlekkenSchema } from '../../shared/schemas/grootboek';
import { gemeenteSchema } from '../../shared/schemas/casus';
import { alsWireStap } from '../../shared/schemas/stap';
import { DomeinFout } from '../../shared/errors';
import { budgetten, buigUitRegister, legBudgetVast, legGefinancierdePlekkenVast } from '../registry/buig';
import { valideer } from './fouten';
import { gevraagdeGemeenten, queryObject } from './financien';
import { aangemeld, leesJson } from './verzoek';
import type { Handler } from './types';
import { bedragTekst } from '../../shared/geld';

const overzichtSchema = z.object({
  jaar: budgetSchema.shape.jaar,
  gemeente: gemeenteSchema.optional(),
  budgetsoort: z.enum(BUDGETSOORTEN, { message: `onbekende budgetsoort; kies uit: ${BUDGETSOORTEN.join(', ')}` }).optional(),
});

export const alsJson = (b: BuigOverzicht) => ({
  gemeente: b.gemeente,
  jaar: b.jaar,
  budgetsoort: b.budgetsoort,
  budget: bedragTekst(b.budget),
  publicatiedatum: b.publicatiedatum,
  bijstand: bedragTekst(b.bijstand),
  lks: bedragTekst(b.lks),
  nettoLasten: bedragTekst(b.nettoLasten),
  saldo: bedragTekst(b.saldo),
  vangnet: b.vangnet === null ? null : bedragTekst(b.vangnet),
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
        uit.push({ ...alsJson(r.waarde), stappen: r.stappen.map(alsWireStap) });
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
