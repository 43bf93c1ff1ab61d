/**
 * Bijstandsnorm per month, including vakantietoeslag, and a percentage of it (the minima limit of 120 %).
 *
 * Participatiewet art. 21: "Voor belanghebbenden van 21 jaar of ouder doch jonger dan de pensioengerechtigde
 * leeftijd is de norm per kalendermaand, indien het betreft: a. een alleenstaande of een alleenstaande ouder
 * zonder kostendelende medebewoners …; b. gehuwden …"; art. 22 the same from the pensioengerechtigde leeftijd;
 * art. 19 lid 3: "In de algemene bijstand is een vakantietoeslag begrepen". The norms here are the statutory
 * amounts (incl. vakantietoeslag, FACTS.md §6); the percentage (for example 1.2 for the 120 % minima limit of
 * the gemeentelijk minimabeleid, Avres Jaarplan 2020) is applied to it and the result rounded to cents, half up.
 *
 * The amounts are exact integers of cents (../breuk.ts); steps are built only when asked, and the step on a norm is
 * made once per figure and shared.
 */
import Decimal from 'decimal.js';
import {
  Breuk,
  centen,
  centenAlsTekst,
  centenHalfNaarBoven,
  decimaleTekst,
  decimalAlsBreuk,
  getalAlsBreuk,
  maal,
  maalOpCenten,
} from '../breuk';
import { resultaatAlsDecimal } from '../geld';
import { ongeldig } from '../errors';
import { basisParameters, Leefvorm, LEEFVORMEN, Parameters } from '../parameters';
import { ReeksWaarde, waardeOp } from '../parameters/reeks';
import { leesIsoDatum, Datum } from '../time/datum';
import { figuurStap, Resultaat, Stap, stap, GEEN_STAPPEN, StapOpties, gedeeldeFiguurStap } from '../uitleg';
import type { Bron } from '../bron';

export interface BijstandsnormInvoer {
  leefvorm: Leefvorm;
  peildatum: Datum;
  /** Fraction of the norm: 1 for the norm itself, 1.2 for 120 %. */
  percentage: number;
}

const ARTIKEL: Record<Leefvorm, { omschrijving: string; artikel: Bron }> = {
  alleenstaande: { omschrijving: 'alleenstaande, 21 jaar tot de AOW-leeftijd', artikel: { regeling: 'Pw', artikel: '21', onder: 'a' } },
  alleenstaande_ouder: {
    omschrijving: 'alleenstaande ouder, 21 jaar tot de AOW-leeftijd',
    artikel: { regeling: 'Pw', artikel: '21', onder: 'a' },
  },
  gehuwden: { omschrijving: 'gehuwden, beiden 21 jaar tot de AOW-leeftijd', artikel: { regeling: 'Pw', artikel: '21', onder: 'b' } },
  alleenstaande_aow: { omschrijving: 'alleenstaande vanaf de AOW-leeftijd', artikel: { regeling: 'Pw', artikel: '22', onder: 'a' } },
  gehuwden_aow: { omschrijving: 'gehuwden, beiden vanaf de AOW-leeftijd', artikel: { regeling: 'Pw', artikel: '22', onder: 'b' } },
};

const VAKANTIETOESLAG: Bron = { regeling: 'Pw', artikel: '19', lid: '3' };
const OPGEGEVEN = { omschrijving: 'opgegeven (gemeentelijk minimabeleid, bijvoorbeeld 120%)' };

const LABEL = {
  percentage: 'Percentage van de norm (fractie)',
  bedrag: 'Norm × percentage, afgerond op centen (half naar boven)',
} as const;

type Normen = ReeksWaarde<Readonly<Record<Leefvorm, Decimal>>>;

/** The norm of one leefvorm in one figure: exact cents (a published norm is whole cents) and its step. */
interface Norm {
  centen: Breuk;
  /** Shared between results, hence frozen. */
  stap: Stap;
}

const normenPerFiguur = new WeakMap<Normen, Map<Leefvorm, Norm>>();

/** The norm of a leefvorm, read once per figure (figures are immutable). */
function normVan(normen: Normen, leefvorm: Leefvorm): Norm {
  let perLeefvorm = normenPerFiguur.get(normen);
  if (perLeefvorm === undefined) {
    perLeefvorm = new Map();
    normenPerFiguur.set(normen, perLeefvorm);
  }
  let norm = perLeefvorm.get(leefvorm);
  if (norm === undefined) {
    const exact = maal(decimalAlsBreuk(normen.waarde[leefvorm]), centen(100));
    const { omschrijving, artikel } = ARTIKEL[leefvorm];
    const tekst = centenAlsTekst(centenHalfNaarBoven(exact));
    const label = `Bijstandsnorm per maand inclusief vakantietoeslag (${omschrijving})`;
    norm = { centen: exact, stap: gedeeldeFiguurStap(label, tekst, normen, [artikel, VAKANTIETOESLAG]) };
    perLeefvorm.set(leefvorm, norm);
  }
  return norm;
}

/**
 * The bijstandsnorm for a leefvorm on a date, times a percentage, in whole cents rounded half up; the steps only
 * when `stappen` is not false.
 * @example bijstandsnormInCenten({ leefvorm: 'alleenstaande', peildatum: '2026-01-01', percentage: 1.2 }).waarde // 168180
 * @example bijstandsnormInCenten({ leefvorm: 'gehuwden', peildatum: '2026-01-01', percentage: 1 }, basisParameters, { stappen: false }) // { waarde: 200213, stappen: [] }
 */
export function bijstandsnormInCenten(
  invoer: BijstandsnormInvoer,
  parameters: Parameters = basisParameters,
  opties: StapOpties = {},
): Resultaat<number> {
  const { leefvorm, percentage } = invoer;
  if (!LEEFVORMEN.includes(leefvorm) || ARTIKEL[leefvorm] === undefined) {
    ongeldig(`leefvorm "${String(leefvorm)}" is onbekend; kies uit: ${LEEFVORMEN.join(', ')}`, { field: 'leefvorm' });
  }
  const peildatum = leesIsoDatum(invoer.peildatum, 'peildatum', { field: 'peildatum' });
  if (!(typeof percentage === 'number' && Number.isFinite(percentage) && percentage >= 0)) {
    ongeldig(`percentage moet een getal van 0 of meer zijn (120% = 1,2), niet ${String(percentage)}`, { field: 'percentage' });
  }

  const normen = waardeOp(parameters.bijstandsnormen, peildatum);
  const norm = normVan(normen, leefvorm);
  const metStappen = opties.stappen !== false;
  if (percentage === 1) return { waarde: centenHalfNaarBoven(norm.centen), stappen: metStappen ? [norm.stap] : GEEN_STAPPEN };

  const bedrag = maalOpCenten(norm.centen, percentage);
  if (!metStappen) return { waarde: bedrag, stappen: GEEN_STAPPEN };
  return {
    waarde: bedrag,
    stappen: [
      norm.stap,
      stap(LABEL.percentage, decimaleTekst(getalAlsBreuk(percentage)), OPGEGEVEN),
      figuurStap(LABEL.bedrag, centenAlsTekst(bedrag), normen, ARTIKEL[leefvorm].artikel),
    ],
  };
}

/**
 * The bijstandsnorm for a leefvorm on a date, times a percentage, as a Decimal of euros, with its steps.
 * @example bijstandsnorm({ leefvorm: 'alleenstaande', peildatum: '2026-01-01', percentage: 1.2 }).waarde.toFixed(2) // '1681.80'
 */
export function bijstandsnorm(invoer: BijstandsnormInvoer, parameters: Parameters = basisParameters): Resultaat<Decimal> {
  return resultaatAlsDecimal(bijstandsnormInCenten(invoer, parameters));
}
