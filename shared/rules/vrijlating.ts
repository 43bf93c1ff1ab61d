/**
 * Vrijlating of inkomsten uit arbeid per month (the part of the net earnings that is not deducted from bijstand).
 *
 * Participatiewet art. 31 lid 2 onder n: not counted as means are "inkomsten uit arbeid tot 25 procent van deze
 * inkomsten, met een maximum van € … per maand, voor zover hij algemene bijstand ontvangt, waarbij voor een
 * persoon die de pensioengerechtigde leeftijd nog niet heeft bereikt geldt dat die inkomsten gedurende ten
 * hoogste zes maanden niet tot de middelen worden gerekend en dat dit naar het oordeel van het college moet
 * bijdragen aan zijn arbeidsinschakeling"; lid 5: onderdeel n does not apply "op de persoon die jonger is dan
 * 27 jaar". The amounts are net (lid 3). Figures: parameters/vrijlating.ts (FACTS.md §5).
 *
 * The college's judgment (arbeidsinschakeling) is assumed positive; the other vrijlatingen (onderdelen r, y, z,
 * aa) are not part of this function. `maandNummer` counts the months of vrijlating already granted plus this one.
 */
import Decimal from 'decimal.js';
import { ongeldig } from '../errors';
import { opCenten, bedragTekst } from '../geld';
import { basisParameters, Parameters } from '../parameters';
import { waardeOp } from '../parameters/reeks';
import type { Datum } from '../time/datum';
import { Resultaat, stap } from '../uitleg';
import type { Bron } from '../bron';

export interface VrijlatingInvoer {
  /** Net earnings from work in the month (€). */
  nettoInkomstenArbeid: number;
  peildatum: Datum;
  /** Age in whole years in the month. */
  leeftijd: number;
  /** Which month of the vrijlating this is: 1 for the first. */
  maandNummer: number;
}

const ONDERDEEL_N: Bron = { regeling: 'Pw', artikel: '31', lid: '2', onder: 'n' };
const GEEN = new Decimal(0);

/**
 * The monthly vrijlating under Pw art. 31 lid 2 onder n, rounded to cents.
 * @example vrijlating({ nettoInkomstenArbeid: 800, peildatum: '2026-01-01', leeftijd: 30, maandNummer: 1 }).waarde.toFixed(2) // '200.00'
 * @example vrijlating({ nettoInkomstenArbeid: 2000, peildatum: '2026-01-01', leeftijd: 30, maandNummer: 1 }).waarde.toFixed(2) // '285.00'
 */
export function vrijlating(invoer: VrijlatingInvoer, parameters: Parameters = basisParameters): Resultaat<Decimal> {
  const { nettoInkomstenArbeid, peildatum, leeftijd, maandNummer } = invoer;
  if (!(typeof nettoInkomstenArbeid === 'number' && Number.isFinite(nettoInkomstenArbeid) && nettoInkomstenArbeid >= 0)) {
    ongeldig(`netto_inkomsten_arbeid moet een bedrag van 0 of meer zijn, niet ${String(nettoInkomstenArbeid)}`, {
      field: 'nettoInkomstenArbeid',
    });
  }
  if (!(Number.isInteger(leeftijd) && leeftijd >= 0))
    ongeldig(`leeftijd moet een geheel aantal jaren zijn, niet ${String(leeftijd)}`, { field: 'leeftijd' });
  if (!(Number.isInteger(maandNummer) && maandNummer >= 1)) {
    ongeldig(`maand_nummer moet een geheel getal van 1 of meer zijn (1 = eerste maand), niet ${String(maandNummer)}`, {
      field: 'maandNummer',
    });
  }

  const f = waardeOp(parameters.vrijlating, peildatum).waarde;
  if (leeftijd < f.minimumleeftijd) {
    return {
      waarde: GEEN,
      stappen: [
        stap(`Jonger dan ${f.minimumleeftijd} jaar: deze vrijlating geldt niet, dus niets vrijgelaten`, bedragTekst(GEEN), {
          regeling: 'Pw',
          artikel: '31',
          lid: '5',
        }),
      ],
    };
  }
  const beperktInDeTijd = leeftijd < f.pensioengerechtigdeLeeftijd;
  if (beperktInDeTijd && maandNummer > f.maanden) {
    return {
      waarde: GEEN,
      stappen: [
        stap(
          `Maand ${maandNummer} valt na de ${f.maanden} maanden vrijlating (onder de AOW-leeftijd), dus niets vrijgelaten`,
          bedragTekst(GEEN),
          ONDERDEEL_N,
        ),
      ],
    };
  }

  const deel = f.percentage.times(nettoInkomstenArbeid);
  const vrij = opCenten(Decimal.min(deel, f.maximum));
  return {
    waarde: vrij,
    stappen: [
      stap(
        beperktInDeTijd
          ? `Maand ${maandNummer} van hoogstens ${f.maanden}`
          : `AOW-leeftijd (${f.pensioengerechtigdeLeeftijd}) bereikt: geen beperking tot ${f.maanden} maanden`,
        maandNummer,
        beperktInDeTijd ? ONDERDEEL_N : [ONDERDEEL_N, { regeling: 'AOW', artikel: '7a' }],
      ),
      stap('Netto inkomsten uit arbeid in de maand', new Decimal(nettoInkomstenArbeid), { regeling: 'Pw', artikel: '31', lid: '3' }),
      stap(`Deel van de inkomsten dat vrij kan blijven (fractie ${f.percentage.toFixed()})`, deel, ONDERDEEL_N),
      stap('Maximum per maand', bedragTekst(f.maximum), ONDERDEEL_N),
      stap('Vrijlating per maand: het laagste van beide, afgerond op centen (half naar boven)', bedragTekst(vrij), ONDERDEEL_N),
    ],
  };
}
