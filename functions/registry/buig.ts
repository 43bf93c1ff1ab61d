/**
 * BUIG budgets and funded places per gemeente and year. A stored publication is never changed: a correction is
 * a new publication (later date), and the rules take the latest one.
 */
import Decimal from 'decimal.js';
import { DomeinFout } from '../../shared/errors';
import { buigOverzicht, type Budget, type BuigJaar, type BuigOverzicht } from '../../shared/rules/buig-saldo';
import type { BudgetInvoer, Budgetsoort, Gemeente, GefinancierdePlekkenInvoer } from '../../shared/schemas/grootboek';
import type { Datum } from '../../shared/time/datum';
import type { Resultaat, StapOpties } from '../../shared/uitleg';
import type { Db, Querier } from './db';
import { effectieveSet } from './parameters';
import { nettoLastenPerJaar } from './grootboek';
import { schrijfLogboek } from './logboek';
import { bedragTekst } from '../../shared/geld';

interface BudgetRij {
  gemeente: Gemeente;
  jaar: number;
  soort: Budgetsoort;
  bedrag: string;
  publicatiedatum: Datum;
}

export interface OpgeslagenBudget {
  gemeente: Gemeente;
  jaar: number;
  soort: Budgetsoort;
  bedrag: string;
  publicatiedatum: Datum;
}

const alsBudget = (r: BudgetRij): OpgeslagenBudget => ({ ...r, bedrag: bedragTekst(new Decimal(r.bedrag)) });

/** Stores a budget publication; the same one again is accepted (idempotent), a different amount for it is 409. */
export async function legBudgetVast(
  db: Db,
  b: BudgetInvoer,
  meta: { actor: string; traceId: string },
): Promise<{ budget: OpgeslagenBudget; nieuw: boolean }> {
  const bedrag = bedragTekst(new Decimal(String(b.bedrag)));
  return db.transaction(async (tx) => {
    const ingevoegd = await tx.query<BudgetRij>(
      `INSERT INTO buig_budgetten (gemeente, jaar, soort, bedrag, publicatiedatum, vastgelegd_door) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (gemeente, jaar, soort, publicatiedatum) DO NOTHING
       RETURNING gemeente, jaar, soort, bedrag::text AS bedrag, publicatiedatum`,
      [b.gemeente, b.jaar, b.soort, bedrag, b.publicatiedatum, meta.actor],
    );
    if (ingevoegd.length > 0) {
      await schrijfLogboek(tx, { traceId: meta.traceId, operatie: 'buig.budget.vastleggen', actor: meta.actor, gemeente: b.gemeente });
      return { budget: alsBudget(ingevoegd[0]!), nieuw: true };
    }
    const [bestaand] = await tx.query<BudgetRij>(
      'SELECT gemeente, jaar, soort, bedrag::text AS bedrag, publicatiedatum FROM buig_budgetten WHERE gemeente = $1 AND jaar = $2 AND soort = $3 AND publicatiedatum = $4',
      [b.gemeente, b.jaar, b.soort, b.publicatiedatum],
    );
    if (new Decimal(bestaand!.bedrag).eq(bedrag)) return { budget: alsBudget(bestaand!), nieuw: false };
    throw new DomeinFout(
      'BUDGET_BESTAAT',
      `Er staat al een ${b.soort.replace('_', ' ')} budget ${b.jaar} voor ${b.gemeente} bekendgemaakt op ${b.publicatiedatum}, met een ander bedrag (${bedragTekst(new Decimal(bestaand!.bedrag))}). Een correctie is een nieuwe bekendmaking: geef de datum van die bekendmaking.`,
      { field: 'publicatiedatum' },
    );
  });
}

export async function budgetten(q: Querier, gemeenten: readonly Gemeente[], jaren?: readonly number[]): Promise<OpgeslagenBudget[]> {
  const rijen = await q.query<BudgetRij>(
    `SELECT gemeente, jaar, soort, bedrag::text AS bedrag, publicatiedatum FROM buig_budgetten
     WHERE gemeente = ANY($1::text[]) AND ($2::int[] IS NULL OR jaar = ANY($2::int[]))
     ORDER BY gemeente, jaar, publicatiedatum, soort`,
    [[...gemeenten], jaren ? [...jaren] : null],
  );
  return rijen.map(alsBudget);
}

/**
 * For each (gemeente, jaar) asked: the year and the two before it, with budgets and ledger lasten, for the BUIG rule.
 * One read of the budgets and one of the ledger for all of them.
 */
async function buigJarenVan(q: Querier, vragen: readonly { gemeente: Gemeente; jaar: number }[]): Promise<BuigJaar[][]> {
  const gemeenten = [...new Set(vragen.map((v) => v.gemeente))];
  const jaren = [...new Set(vragen.flatMap((v) => [v.jaar - 2, v.jaar - 1, v.jaar]))];
  const [alle, lasten] = [await budgetten(q, gemeenten, jaren), await nettoLastenPerJaar(q, gemeenten, jaren)];
  return vragen.map(({ gemeente, jaar }) =>
    [jaar - 2, jaar - 1, jaar].map((j) => ({
      jaar: j,
      budgetten: alle
        .filter((b) => b.gemeente === gemeente && b.jaar === j)
        .map((b): Budget => ({ soort: b.soort, bedrag: new Decimal(b.bedrag), publicatiedatum: b.publicatiedatum })),
      ...lasten.get(gemeente)!.get(j)!,
    })),
  );
}

/** The year and the two before it, with budgets and ledger lasten, for the BUIG rule. */
export async function buigJaren(q: Querier, gemeente: Gemeente, jaar: number): Promise<BuigJaar[]> {
  return (await buigJarenVan(q, [{ gemeente, jaar }]))[0]!;
}

export async function legGefinancierdePlekkenVast(
  db: Db,
  p: GefinancierdePlekkenInvoer,
  meta: { actor: string; traceId: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO gefinancierde_plekken (gemeente, jaar, plekken, bron, vastgelegd_door) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (gemeente, jaar) DO UPDATE SET plekken = EXCLUDED.plekken, bron = EXCLUDED.bron, vastgelegd_door = EXCLUDED.vastgelegd_door, vastgelegd_op = now()`,
      [p.gemeente, p.jaar, p.plekken, p.bron, meta.actor],
    );
    await schrijfLogboek(tx, { traceId: meta.traceId, operatie: 'buig.gefinancierde_plekken', actor: meta.actor, gemeente: p.gemeente });
  });
}

export async function gefinancierdePlekken(q: Querier, jaar: number): Promise<Partial<Record<Gemeente, number>>> {
  const rijen = await q.query<{ gemeente: Gemeente; plekken: string }>(
    'SELECT gemeente, plekken::text AS plekken FROM gefinancierde_plekken WHERE jaar = $1',
    [jaar],
  );
  return Object.fromEntries(rijen.map((r) => [r.gemeente, Number(r.plekken)]));
}

/** One question for a BUIG overview. */
export interface BuigVraag {
  gemeente: Gemeente;
  jaar: number;
  budgetsoort?: Budgetsoort | undefined;
}

/**
 * The BUIG overviews of many gemeenten and years at once (one evaluate batch), each the rule's result or its domain
 * error (NIET_GEVONDEN: no budget stored): one read of the budgets and one of the ledger, however many questions.
 */
export async function buigOverzichtenUitRegister(
  q: Querier,
  vragen: readonly BuigVraag[],
  opties: StapOpties = {},
): Promise<(Resultaat<BuigOverzicht> | DomeinFout)[]> {
  if (vragen.length === 0) return [];
  const jaren = await buigJarenVan(q, vragen);
  const { parameters } = await effectieveSet(q);
  return vragen.map(({ gemeente, budgetsoort }, i) => {
    const [eerEerder, eerder, dit] = jaren[i]!;
    try {
      return buigOverzicht(
        { gemeente, ...dit!, ...(budgetsoort ? { budgetsoort } : {}), vorigeJaren: [eerEerder!, eerder!] },
        parameters,
        opties,
      );
    } catch (e) {
      if (e instanceof DomeinFout) return e;
      throw e;
    }
  });
}

/** The BUIG overview of one gemeente and year from the registry: budgets, ledger lasten, stored prior years. */
export async function buigUitRegister(
  q: Querier,
  gemeente: Gemeente,
  jaar: number,
  budgetsoort?: Budgetsoort,
): Promise<Resultaat<BuigOverzicht>> {
  const [r] = await buigOverzichtenUitRegister(q, [{ gemeente, jaar, budgetsoort }]);
  if (r instanceof DomeinFout) throw r;
  return r!;
}
