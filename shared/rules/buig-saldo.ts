/**
 * BUIG per gemeente: budget, netto lasten, saldo and vangnetuitkering for a year.
 *
 * Pw art. 69 lid 1: the Minister provides yearly one uitkering for "(a) algemene bijstand …" and "(b) de kosten
 * van de loonkostensubsidies, die op grond van artikel 10d worden verstrekt". Pw art. 8c: the GR may take over
 * the colleges' tasks, except paragraphs 7.1 and 7.3 (financing): the budget, its saldo and the vangnet stay per
 * gemeente. The cycle (FACTS §4): a voorlopig budget before the year (art. 69 lid 4), in practice a nader
 * voorlopig one in spring, the definitief budget around 1 October of the year (art. 71). Vangnet: Pw art. 74,
 * computed by `vangnetuitkering` on the definitief budget, with the three-year condition from the stored years.
 *
 * Readings chosen: netto lasten are the ledger lines of soort bijstand and lks whose periode falls in the year
 * (lines of soort overig are not BUIG spend); refunds are negative lines and lower the lasten. Saldo = budget −
 * netto lasten (positive: overschot; negative: tekort). Without a budgetsoort the most final budget known is
 * used (definitief, else nader voorlopig, else voorlopig); when one soort was published more than once, the
 * latest publication counts. The tekort of a prior year is its netto lasten − its definitief budget (an
 * overschot counts negative, FACTS §8.12).
 *
 * The amounts are exact (../breuk.ts): the registry's Decimals read as exact Saldo values, summed without
 * rounding; a step shows an amount rounded to cents half up, as decimal.js's `toFixed(2)` did (no statute
 * prescribes a rounding of these totals). Steps are built only when asked.
 */
import Decimal from 'decimal.js';
import { decimalAlsSaldo, heleCentenAlsTekst, Saldo, saldoAlsBedragTekst, saldoAlsGetal, som, verschil } from '../breuk';
import { centenAlsDecimal, saldoAlsDecimal } from '../geld';
import { DomeinFout } from '../errors';
import { basisParameters, Parameters } from '../parameters';
import { BUDGETSOORTEN, Budgetsoort, Gemeente } from '../schemas/grootboek';
import type { Datum } from '../time/datum';
import { GEEN_STAPPEN, Resultaat, Stap, stap, StapOpties } from '../uitleg';
import { vangnetuitkeringInCenten } from './vangnetuitkering';
import type { Bronnen } from '../bron';

export interface Budget {
  soort: Budgetsoort;
  bedrag: Decimal;
  publicatiedatum: Datum;
}

export interface BuigJaar {
  jaar: number;
  budgetten: readonly Budget[];
  /** Sum of the year's ledger lines of soort bijstand. */
  bijstand: Decimal;
  /** Sum of the year's ledger lines of soort lks. */
  lks: Decimal;
}

export interface BuigInvoer extends BuigJaar {
  gemeente: Gemeente;
  /** Absent: the most final budget known. */
  budgetsoort?: Budgetsoort;
  /** The two years before, when stored; for the three-year condition of the vangnet. */
  vorigeJaren?: readonly BuigJaar[];
}

export interface BuigOverzicht {
  gemeente: Gemeente;
  jaar: number;
  budgetsoort: Budgetsoort;
  budget: Decimal;
  publicatiedatum: Datum;
  bijstand: Decimal;
  lks: Decimal;
  nettoLasten: Decimal;
  /** Budget − netto lasten. */
  saldo: Decimal;
  /** Null when there is no definitief budget or the vangnet rules for the year are not known. */
  vangnet: Decimal | null;
  /** Why the vangnet is null or preliminary, in Dutch; absent when it was computed with the three-year condition. */
  vangnetToelichting?: string;
}

const BRON_BUIG: Bronnen = { regeling: 'Pw', artikel: '69 lid 1 en 4, art. 71' };
const BRON_GEMEENTE: Bronnen = { regeling: 'Pw', artikel: '8c', toelichting: 'financiering blijft per gemeente' };
const BRON_BIJSTAND: Bronnen = { regeling: 'Pw', artikel: '69', lid: '1', onder: 'a' };
const BRON_LKS: Bronnen = { regeling: 'Pw', artikel: '69', lid: '1', onder: 'b' };
const BRON_NETTO_LASTEN: Bronnen = { regeling: 'Pw', artikel: '69', lid: '1' };
const BRON_VANGNET: Bronnen = { regeling: 'Pw', artikel: '74' };
const BRON_TEKORT: Bronnen = [{ regeling: 'Pw', artikel: '74' }, { omschrijving: 'driejaarsvoorwaarde' }];
const LABEL_SOORT: Record<Budgetsoort, string> = { voorlopig: 'voorlopig', nader_voorlopig: 'nader voorlopig', definitief: 'definitief' };

const LABEL = {
  gemeente: 'Gemeente (het BUIG-budget hoort bij de gemeente, niet bij Avres)',
  bijstand: 'Lasten bijstand volgens het grootboek',
  lks: 'Lasten loonkostensubsidie volgens het grootboek',
  nettoLasten: 'Netto lasten',
  saldo: 'Saldo: budget − netto lasten (negatief is een tekort)',
} as const;

/** The most final soort first. */
const VAN_DEFINITIEF = Object.freeze([...BUDGETSOORTEN].reverse());

/** The step of a gemeente, made once per gemeente and shared between results (frozen). */
const gemeenteStappen = new Map<Gemeente, Stap>();

function gemeenteStap(gemeente: Gemeente): Stap {
  let s = gemeenteStappen.get(gemeente);
  if (s === undefined) {
    s = Object.freeze(stap(LABEL.gemeente, gemeente, BRON_GEMEENTE));
    gemeenteStappen.set(gemeente, s);
  }
  return s;
}

/** The label of a prior year's tekort, made once per year. */
const tekortLabels = new Map<number, string>();

function tekortLabel(jaar: number): string {
  let l = tekortLabels.get(jaar);
  if (l === undefined) {
    l = `Tekort ${jaar} (netto lasten − definitief budget; negatief is een overschot)`;
    tekortLabels.set(jaar, l);
  }
  return l;
}

function laatste(budgetten: readonly Budget[], soort: Budgetsoort): Budget | undefined {
  let uit: Budget | undefined;
  for (const b of budgetten) if (b.soort === soort && (uit === undefined || b.publicatiedatum > uit.publicatiedatum)) uit = b;
  return uit;
}

/**
 * The budget of a soort (or the most final one) for a year.
 * @example kiesBudget([{ soort: 'voorlopig', bedrag: new Decimal(1e7), publicatiedatum: '2025-09-30' }]).soort // 'voorlopig'
 */
export function kiesBudget(budgetten: readonly Budget[], soort?: Budgetsoort): Budget | undefined {
  if (soort !== undefined) return laatste(budgetten, soort);
  for (const s of VAN_DEFINITIEF) {
    const b = laatste(budgetten, s);
    if (b) return b;
  }
  return undefined;
}

/** The netto lasten of a year, exactly: bijstand plus lks. */
function nettoLastenVan(j: BuigJaar): Saldo {
  return som(decimalAlsSaldo(j.bijstand), decimalAlsSaldo(j.lks));
}

function tekort(j: BuigJaar): Saldo | undefined {
  const def = laatste(j.budgetten, 'definitief');
  return def ? verschil(nettoLastenVan(j), decimalAlsSaldo(def.bedrag)) : undefined;
}

/**
 * Budget, netto lasten, saldo and vangnet of a gemeente's BUIG for a year, exactly; the steps only when `stappen`
 * is not false.
 * @example
 * buigOverzicht({ gemeente: 'Gorinchem', jaar: 2025, bijstand: new Decimal('10800000'), lks: new Decimal('700000'),
 *   budgetten: [{ soort: 'definitief', bedrag: new Decimal('10000000'), publicatiedatum: '2025-09-30' }] }).waarde.saldo.toFixed(2) // '-1500000.00'
 * @example
 * buigOverzicht({ gemeente: 'Gorinchem', jaar: 2025, bijstand: new Decimal('1'), lks: new Decimal('0'),
 *   budgetten: [{ soort: 'voorlopig', bedrag: new Decimal('3'), publicatiedatum: '2024-09-30' }] }, basisParameters, { stappen: false }).stappen // []
 */
export function buigOverzicht(
  invoer: BuigInvoer,
  parameters: Parameters = basisParameters,
  opties: StapOpties = {},
): Resultaat<BuigOverzicht> {
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
  const metStappen = opties.stappen !== false;
  const bijstand = decimalAlsSaldo(invoer.bijstand);
  const lks = decimalAlsSaldo(invoer.lks);
  const budgetBedrag = decimalAlsSaldo(budget.bedrag);
  const nettoLasten = som(bijstand, lks);
  const saldo = verschil(budgetBedrag, nettoLasten);
  const stappen: Stap[] = metStappen
    ? [
        gemeenteStap(gemeente),
        stap(
          `Budget ${jaar}, ${LABEL_SOORT[budget.soort]}, bekendgemaakt ${budget.publicatiedatum}`,
          saldoAlsBedragTekst(budgetBedrag),
          BRON_BUIG,
        ),
        stap(LABEL.bijstand, saldoAlsBedragTekst(bijstand), BRON_BIJSTAND),
        stap(LABEL.lks, saldoAlsBedragTekst(lks), BRON_LKS),
        stap(LABEL.nettoLasten, saldoAlsBedragTekst(nettoLasten), BRON_NETTO_LASTEN),
        stap(LABEL.saldo, saldoAlsBedragTekst(saldo), BRON_BUIG),
      ]
    : GEEN_STAPPEN;

  let vangnet: Decimal | null = null;
  let vangnetToelichting: string | undefined;
  const definitief = laatste(invoer.budgetten, 'definitief');
  if (!definitief) {
    vangnetToelichting = `Geen vangnetuitkering berekend: het definitieve budget ${jaar} is nog niet vastgelegd (de vangnetuitkering gaat uit van het definitief toegekende budget).`;
  } else {
    const eerEerder = invoer.vorigeJaren?.find((v) => v.jaar === jaar - 2);
    const eerder = invoer.vorigeJaren?.find((v) => v.jaar === jaar - 1);
    const tekorten = [eerEerder && tekort(eerEerder), eerder && tekort(eerder)];
    const [tekortEerEerder, tekortEerder] = tekorten;
    const volledig = tekortEerEerder !== undefined && tekortEerder !== undefined;
    if (!volledig) {
      const ontbreekt = [jaar - 2, jaar - 1].filter((_, i) => tekorten[i] === undefined);
      vangnetToelichting = `Voorlopig: de driejaarsvoorwaarde is niet getoetst, want van ${ontbreekt.join(' en ')} staat geen definitief budget in het register.`;
    }
    try {
      const r = vangnetuitkeringInCenten(
        {
          definitiefBudget: definitief.bedrag.toNumber(),
          nettoLasten: saldoAlsGetal(nettoLasten),
          ...(volledig ? { tekortenVorigeTweeJaren: [saldoAlsGetal(tekortEerEerder), saldoAlsGetal(tekortEerder)] } : {}),
          jaar,
        },
        parameters,
        opties,
      );
      vangnet = centenAlsDecimal(r.waarde);
      if (metStappen) {
        if (volledig) {
          stappen.push(
            stap(tekortLabel(jaar - 2), saldoAlsBedragTekst(tekortEerEerder), BRON_TEKORT),
            stap(tekortLabel(jaar - 1), saldoAlsBedragTekst(tekortEerder), BRON_TEKORT),
          );
        }
        stappen.push(...r.stappen);
        if (vangnetToelichting) stappen.push(stap(vangnetToelichting, heleCentenAlsTekst(r.waarde), BRON_VANGNET));
      }
    } catch (e) {
      if (!(e instanceof DomeinFout && e.code === 'BUITEN_PARAMETERBEREIK')) throw e;
      vangnetToelichting = `Geen vangnetuitkering berekend: ${e.message}`;
    }
  }
  if (metStappen && vangnet === null && vangnetToelichting) stappen.push(stap(vangnetToelichting, '', BRON_VANGNET));

  return {
    waarde: {
      gemeente,
      jaar,
      budgetsoort: budget.soort,
      budget: budget.bedrag,
      publicatiedatum: budget.publicatiedatum,
      bijstand: invoer.bijstand,
      lks: invoer.lks,
      nettoLasten: saldoAlsDecimal(nettoLasten),
      saldo: saldoAlsDecimal(saldo),
      vangnet,
      ...(vangnetToelichting ? { vangnetToelichting } : {}),
    },
    stappen,
  };
}
