/**
 * Reference: the BUIG overview rule as it was on decimal.js (before the integer money core), kept verbatim to prove the
 * exact integer implementation (shared/rules/buig-saldo.ts) equal on random inputs
 * (test/shared/rules/buig-saldo-referentie.test.ts); its vangnet is the reference vangnet (./vangnetuitkering.ts).
 * Not used by the product.
 */
import Decimal from 'decimal.js';
import { DomeinFout } from '../../shared/errors';
import { basisParameters, Parameters } from '../../shared/parameters';
import { BUDGETSOORTEN, Budgetsoort } from '../../shared/schemas/grootboek';
import { Resultaat, Stap, stap } from '../../shared/uitleg';
import type { Budget, BuigInvoer, BuigJaar, BuigOverzicht } from '../../shared/rules/buig-saldo';
import { vangnetuitkeringReferentie } from './vangnetuitkering';
import type { Bronnen } from '../../shared/bron';
import { bedragTekst } from '../../shared/geld';

const BRON_BUIG: Bronnen = { regeling: 'Pw', artikel: '69 lid 1 en 4, art. 71' };
const BRON_GEMEENTE: Bronnen = { regeling: 'Pw', artikel: '8c', toelichting: 'financiering blijft per gemeente' };
const LABEL_SOORT: Record<Budgetsoort, string> = { voorlopig: 'voorlopig', nader_voorlopig: 'nader voorlopig', definitief: 'definitief' };

function laatste(budgetten: readonly Budget[], soort: Budgetsoort): Budget | undefined {
  let uit: Budget | undefined;
  for (const b of budgetten) if (b.soort === soort && (uit === undefined || b.publicatiedatum > uit.publicatiedatum)) uit = b;
  return uit;
}

/**
 * The budget of a soort (or the most final one) for a year.
 * @example kiesBudget([{ soort: 'voorlopig', bedrag: new Decimal(1e7), publicatiedatum: '2025-09-30' }]).soort // 'voorlopig'
 */
function kiesBudget(budgetten: readonly Budget[], soort?: Budgetsoort): Budget | undefined {
  if (soort !== undefined) return laatste(budgetten, soort);
  for (const s of [...BUDGETSOORTEN].reverse()) {
    const b = laatste(budgetten, s);
    if (b) return b;
  }
  return undefined;
}

function tekort(j: BuigJaar): Decimal | undefined {
  const def = laatste(j.budgetten, 'definitief');
  return def ? j.bijstand.plus(j.lks).minus(def.bedrag) : undefined;
}

/**
 * Budget, netto lasten, saldo and vangnet of a gemeente's BUIG for a year, with the steps.
 * @example
 * buigOverzichtReferentie({ gemeente: 'Gorinchem', jaar: 2025, bijstand: new Decimal('10800000'), lks: new Decimal('700000'),
 *   budgetten: [{ soort: 'definitief', bedrag: new Decimal('10000000'), publicatiedatum: '2025-09-30' }] }).waarde.saldo.toFixed(2) // '-1500000.00'
 */
export function buigOverzichtReferentie(invoer: BuigInvoer, parameters: Parameters = basisParameters): Resultaat<BuigOverzicht> {
  const { gemeente, jaar } = invoer;
  const budget = kiesBudget(invoer.budgetten, invoer.budgetsoort);
  if (!budget) {
    const wat = invoer.budgetsoort ? `${LABEL_SOORT[invoer.budgetsoort]} budget` : 'budget';
    throw new DomeinFout(
      'NIET_GEVONDEN',
      `Voor ${gemeente} is over ${jaar} nog geen ${wat} vastgelegd; leg het vast in het lint AVRES › Financiën, onderdeel BUIG per gemeente, bij Budget vastleggen zoals bekendgemaakt.`,
      { field: 'budgetsoort' },
    );
  }
  const nettoLasten = invoer.bijstand.plus(invoer.lks);
  const saldo = budget.bedrag.minus(nettoLasten);
  const stappen: Stap[] = [
    stap(`Gemeente (het BUIG-budget hoort bij de gemeente, niet bij Avres)`, gemeente, BRON_GEMEENTE),
    stap(`Budget ${jaar}, ${LABEL_SOORT[budget.soort]}, bekendgemaakt ${budget.publicatiedatum}`, bedragTekst(budget.bedrag), BRON_BUIG),
    stap('Lasten bijstand volgens het grootboek', bedragTekst(invoer.bijstand), { regeling: 'Pw', artikel: '69', lid: '1', onder: 'a' }),
    stap('Lasten loonkostensubsidie volgens het grootboek', bedragTekst(invoer.lks), {
      regeling: 'Pw',
      artikel: '69',
      lid: '1',
      onder: 'b',
    }),
    stap('Netto lasten', bedragTekst(nettoLasten), { regeling: 'Pw', artikel: '69', lid: '1' }),
    stap('Saldo: budget − netto lasten (negatief is een tekort)', bedragTekst(saldo), BRON_BUIG),
  ];

  let vangnet: Decimal | null = null;
  let vangnetToelichting: string | undefined;
  const definitief = laatste(invoer.budgetten, 'definitief');
  if (!definitief) {
    vangnetToelichting = `Geen vangnetuitkering berekend: het definitieve budget ${jaar} is nog niet vastgelegd (de vangnetuitkering gaat uit van het definitief toegekende budget).`;
  } else {
    const vorige = [jaar - 2, jaar - 1].map((j) => invoer.vorigeJaren?.find((v) => v.jaar === j));
    const tekorten = vorige.map((v) => (v ? tekort(v) : undefined));
    const volledig = tekorten.every((t) => t !== undefined);
    if (!volledig) {
      const ontbreekt = [jaar - 2, jaar - 1].filter((_, i) => tekorten[i] === undefined);
      vangnetToelichting = `Voorlopig: de driejaarsvoorwaarde is niet getoetst, want van ${ontbreekt.join(' en ')} staat geen definitief budget in het register.`;
    }
    try {
      const r = vangnetuitkeringReferentie(
        {
          definitiefBudget: definitief.bedrag.toNumber(),
          nettoLasten: nettoLasten.toNumber(),
          ...(volledig ? { tekortenVorigeTweeJaren: (tekorten as Decimal[]).map((t) => t.toNumber()) } : {}),
          jaar,
        },
        parameters,
      );
      vangnet = new Decimal(r.waarde);
      if (volledig) {
        stappen.push(
          ...(tekorten as Decimal[]).map((t, i) =>
            stap(`Tekort ${jaar - 2 + i} (netto lasten − definitief budget; negatief is een overschot)`, bedragTekst(t), [
              { regeling: 'Pw', artikel: '74' },
              { omschrijving: 'driejaarsvoorwaarde' },
            ]),
          ),
        );
      }
      stappen.push(...r.stappen);
      if (vangnetToelichting) stappen.push(stap(vangnetToelichting, bedragTekst(vangnet), { regeling: 'Pw', artikel: '74' }));
    } catch (e) {
      if (!(e instanceof DomeinFout && e.code === 'BUITEN_PARAMETERBEREIK')) throw e;
      vangnetToelichting = `Geen vangnetuitkering berekend: ${e.message}`;
    }
  }
  if (vangnet === null && vangnetToelichting) stappen.push(stap(vangnetToelichting, '', { regeling: 'Pw', artikel: '74' }));

  return {
    waarde: {
      gemeente,
      jaar,
      budgetsoort: budget.soort,
      budget: budget.bedrag,
      publicatiedatum: budget.publicatiedatum,
      bijstand: invoer.bijstand,
      lks: invoer.lks,
      nettoLasten,
      saldo,
      vangnet,
      ...(vangnetToelichting ? { vangnetToelichting } : {}),
    },
    stappen,
  };
}
