/**
 * Reference: the bijstandsnorm rule as it was on decimal.js (before the integer money core), kept verbatim to prove the
 * exact integer implementation (shared/rules/bijstandsnorm.ts) equal on random inputs
 * (test/shared/rules/bijstandsnorm-referentie.test.ts). Not used by the product.
 */
import Decimal from 'decimal.js';
import { ongeldig } from '../../shared/errors';
import { opCenten, bedragTekst } from '../../shared/geld';
import { basisParameters, Leefvorm, LEEFVORMEN, Parameters } from '../../shared/parameters';
import { waardeOp } from '../../shared/parameters/reeks';
import { leesIsoDatum, Datum } from '../../shared/time/datum';
import { figuurStap, Resultaat, Stap, stap } from '../../shared/uitleg';
import type { Bron } from '../../shared/bron';

interface BijstandsnormInvoer {
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

/**
 * The bijstandsnorm for a leefvorm on a date, times a percentage, rounded to cents.
 * @example bijstandsnorm({ leefvorm: 'alleenstaande', peildatum: '2026-01-01', percentage: 1.2 }).waarde.toFixed(2) // '1681.80'
 */
export function bijstandsnormReferentie(invoer: BijstandsnormInvoer, parameters: Parameters = basisParameters): Resultaat<Decimal> {
  const { leefvorm, percentage } = invoer;
  const soort = ARTIKEL[leefvorm];
  if (!LEEFVORMEN.includes(leefvorm) || soort === undefined) {
    ongeldig(`leefvorm "${String(leefvorm)}" is onbekend; kies uit: ${LEEFVORMEN.join(', ')}`, { field: 'leefvorm' });
  }
  const peildatum = leesIsoDatum(invoer.peildatum, 'peildatum', { field: 'peildatum' });
  if (!(typeof percentage === 'number' && Number.isFinite(percentage) && percentage >= 0)) {
    ongeldig(`percentage moet een getal van 0 of meer zijn (120% = 1,2), niet ${String(percentage)}`, { field: 'percentage' });
  }

  const normen = waardeOp(parameters.bijstandsnormen, peildatum);
  const norm = normen.waarde[leefvorm];
  const stappen: Stap[] = [
    figuurStap(`Bijstandsnorm per maand inclusief vakantietoeslag (${soort.omschrijving})`, bedragTekst(norm), normen, [
      soort.artikel,
      { regeling: 'Pw', artikel: '19', lid: '3' },
    ]),
  ];
  if (percentage === 1) return { waarde: norm, stappen };

  const bedrag = opCenten(norm.times(percentage));
  stappen.push(
    stap('Percentage van de norm (fractie)', new Decimal(percentage), {
      omschrijving: 'opgegeven (gemeentelijk minimabeleid, bijvoorbeeld 120%)',
    }),
    figuurStap('Norm × percentage, afgerond op centen (half naar boven)', bedragTekst(bedrag), normen, soort.artikel),
  );
  return { waarde: bedrag, stappen };
}
