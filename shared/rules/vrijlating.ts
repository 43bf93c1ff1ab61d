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
 * From 2027-01-01 (the first value of `bijverdienregels`, FACTS §10.4) art. 34a applies instead: 15 % for at most
 * 12 consecutive months below the pensioengerechtigde leeftijd, with no exclusion under 27; 15 % without the month
 * limit for someone medisch urenbeperkt; at or above that age 25 %, at most € 226 per month. The regime is chosen
 * by the peildatum and named in the steps.
 *
 * The college's judgment (arbeidsinschakeling) is assumed positive; the other vrijlatingen (onderdelen r, y, z,
 * aa) are not part of this function. `maandNummer` counts the months of vrijlating already granted plus this one
 * (under art. 34a: the consecutive months). The pensioengerechtigde leeftijd is a figure by date (AOW art. 7a: 67
 * and 3 months from 2028); with the age in whole years, someone of 67 in a year whose age is 67 and some months
 * is taken not to have reached it, and a step says so.
 */
import Decimal from 'decimal.js';
import { ongeldig } from '../errors';
import { opCenten, bedragTekst } from '../geld';
import { procentNl } from '../parameters/notatie';
import { basisParameters, Parameters } from '../parameters';
import { waardeOp } from '../parameters/reeks';
import { leesIsoDatum, Datum } from '../time/datum';
import { figuurStap, Resultaat, Stap, stap } from '../uitleg';
import type { Pensioenleeftijd } from '../parameters/figuren';
import type { ReeksWaarde } from '../parameters/reeks';
import type { Bron } from '../bron';

export interface VrijlatingInvoer {
  /** Net earnings from work in the month (€). */
  nettoInkomstenArbeid: number;
  peildatum: Datum;
  /** Age in whole years in the month. */
  leeftijd: number;
  /** Which month of the vrijlating this is: 1 for the first. */
  maandNummer: number;
  /** Medisch urenbeperkt (art. 34a, from 2027): 15 % without the month limit. Absent: no. */
  medischUrenbeperkt?: boolean;
}

const ONDERDEEL_N: Bron = { regeling: 'Pw', artikel: '31', lid: '2', onder: 'n' };
const GEEN = new Decimal(0);
const ART_34A: Bron = { regeling: 'Pw', artikel: '34a' };
const AOW: Bron = { regeling: 'AOW', artikel: '7a' };
const REGIME_34A = 'Pw art. 34a (Participatiewet in balans, vanaf 1 januari 2027)';

/** Whether someone of `leeftijd` whole years has reached the pensioengerechtigde leeftijd, and how to say it. */
function aowBereikt(leeftijd: number, aow: ReeksWaarde<Pensioenleeftijd>): { bereikt: boolean; tekst: string; twijfel?: Stap } {
  const { jaren, maanden } = aow.waarde;
  const tekst = maanden === 0 ? String(jaren) : `${jaren} jaar en ${maanden} maanden`;
  if (leeftijd !== jaren || maanden === 0) return { bereikt: leeftijd >= jaren, tekst };
  return {
    bereikt: false,
    tekst,
    twijfel: figuurStap(
      `Leeftijd ${leeftijd} in hele jaren: aangenomen dat de pensioengerechtigde leeftijd (${tekst}) nog niet is bereikt`,
      leeftijd,
      aow,
    ),
  };
}

/**
 * The monthly vrijlating: Pw art. 31 lid 2 onder n before 2027, art. 34a from 2027-01-01; rounded to cents.
 * @example vrijlating({ nettoInkomstenArbeid: 800, peildatum: '2026-01-01', leeftijd: 30, maandNummer: 1 }).waarde.toFixed(2) // '200.00'
 * @example vrijlating({ nettoInkomstenArbeid: 2000, peildatum: '2026-01-01', leeftijd: 30, maandNummer: 1 }).waarde.toFixed(2) // '285.00'
 * @example vrijlating({ nettoInkomstenArbeid: 800, peildatum: '2027-03-01', leeftijd: 24, maandNummer: 1 }).waarde.toFixed(2) // '120.00'
 */
export function vrijlating(invoer: VrijlatingInvoer, parameters: Parameters = basisParameters): Resultaat<Decimal> {
  const { nettoInkomstenArbeid, leeftijd, maandNummer } = invoer;
  if (!(typeof nettoInkomstenArbeid === 'number' && Number.isFinite(nettoInkomstenArbeid) && nettoInkomstenArbeid >= 0)) {
    ongeldig(`netto_inkomsten_arbeid moet een bedrag van 0 of meer zijn, niet ${String(nettoInkomstenArbeid)}`, {
      field: 'nettoInkomstenArbeid',
    });
  }
  const peildatum = leesIsoDatum(invoer.peildatum, 'peildatum', { field: 'peildatum' });
  if (!(Number.isInteger(leeftijd) && leeftijd >= 0))
    ongeldig(`leeftijd moet een geheel aantal jaren zijn, niet ${String(leeftijd)}`, { field: 'leeftijd' });
  if (!(Number.isInteger(maandNummer) && maandNummer >= 1)) {
    ongeldig(`maand_nummer moet een geheel getal van 1 of meer zijn (1 = eerste maand), niet ${String(maandNummer)}`, {
      field: 'maandNummer',
    });
  }
  const nieuw = parameters.bijverdienregels.waarden[0];
  return nieuw !== undefined && peildatum >= nieuw.geldigVanaf
    ? vrijlatingArt34a(invoer, peildatum, parameters)
    : vrijlatingOnderdeelN(invoer, peildatum, parameters);
}

function vrijlatingOnderdeelN(invoer: VrijlatingInvoer, peildatum: Datum, parameters: Parameters): Resultaat<Decimal> {
  const { nettoInkomstenArbeid, leeftijd, maandNummer } = invoer;
  const figuren = waardeOp(parameters.vrijlating, peildatum);
  const f = figuren.waarde;
  if (leeftijd < f.minimumleeftijd) {
    return {
      waarde: GEEN,
      stappen: [
        figuurStap(`Jonger dan ${f.minimumleeftijd} jaar: deze vrijlating geldt niet, dus niets vrijgelaten`, bedragTekst(GEEN), figuren, {
          regeling: 'Pw',
          artikel: '31',
          lid: '5',
        }),
      ],
    };
  }
  const aowFiguur = waardeOp(parameters.pensioengerechtigdeLeeftijd, peildatum);
  const aow = aowBereikt(leeftijd, aowFiguur);
  const twijfel = aow.twijfel ? [aow.twijfel] : [];
  if (!aow.bereikt && maandNummer > f.maanden) {
    return {
      waarde: GEEN,
      stappen: [
        ...twijfel,
        figuurStap(
          `Maand ${maandNummer} valt na de ${f.maanden} maanden vrijlating (onder de AOW-leeftijd), dus niets vrijgelaten`,
          bedragTekst(GEEN),
          [figuren, aowFiguur],
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
      ...twijfel,
      figuurStap(
        aow.bereikt
          ? `AOW-leeftijd (${aow.tekst}) bereikt: geen beperking tot ${f.maanden} maanden`
          : `Maand ${maandNummer} van hoogstens ${f.maanden}`,
        maandNummer,
        [figuren, aowFiguur],
        aow.bereikt ? [ONDERDEEL_N, AOW] : ONDERDEEL_N,
      ),
      stap('Netto inkomsten uit arbeid in de maand', new Decimal(nettoInkomstenArbeid), { regeling: 'Pw', artikel: '31', lid: '3' }),
      figuurStap(`Deel van de inkomsten dat vrij kan blijven (fractie ${f.percentage.toFixed()})`, deel, figuren, ONDERDEEL_N),
      figuurStap('Maximum per maand', bedragTekst(f.maximum), figuren, ONDERDEEL_N),
      figuurStap(
        'Vrijlating per maand: het laagste van beide, afgerond op centen (half naar boven)',
        bedragTekst(vrij),
        figuren,
        ONDERDEEL_N,
      ),
    ],
  };
}

function vrijlatingArt34a(invoer: VrijlatingInvoer, peildatum: Datum, parameters: Parameters): Resultaat<Decimal> {
  const { nettoInkomstenArbeid, leeftijd, maandNummer, medischUrenbeperkt = false } = invoer;
  const figuren = waardeOp(parameters.bijverdienregels, peildatum);
  const f = figuren.waarde;
  const aowFiguur = waardeOp(parameters.pensioengerechtigdeLeeftijd, peildatum);
  const aow = aowBereikt(leeftijd, aowFiguur);
  const stappen: Stap[] = [
    figuurStap(`Regime op de peildatum: ${REGIME_34A}`, figuren.geldigVanaf, figuren),
    ...(aow.twijfel ? [aow.twijfel] : []),
  ];
  const inkomsten = new Decimal(nettoInkomstenArbeid);
  let percentage: Decimal;
  let maximum: Decimal | undefined;
  if (aow.bereikt) {
    stappen.push(
      figuurStap(
        `AOW-leeftijd (${aow.tekst}) bereikt: ${procentNl(f.percentageAow)}, hoogstens ${bedragTekst(f.maximumAow)} per maand`,
        maandNummer,
        [figuren, aowFiguur],
        [ART_34A, AOW],
      ),
    );
    percentage = f.percentageAow;
    maximum = f.maximumAow;
  } else if (medischUrenbeperkt) {
    stappen.push(figuurStap(`Medisch urenbeperkt: ${procentNl(f.percentageMedisch)}, zonder beperking in maanden`, maandNummer, figuren));
    percentage = f.percentageMedisch;
  } else if (maandNummer > f.maanden) {
    stappen.push(
      figuurStap(
        `Maand ${maandNummer} valt na de ${f.maanden} aaneengesloten maanden vrijlating (onder de AOW-leeftijd), dus niets vrijgelaten`,
        bedragTekst(GEEN),
        [figuren, aowFiguur],
      ),
    );
    return { waarde: GEEN, stappen };
  } else {
    stappen.push(
      figuurStap(`Maand ${maandNummer} van hoogstens ${f.maanden} aaneengesloten maanden (geen uitsluiting onder 27 jaar)`, maandNummer, [
        figuren,
        aowFiguur,
      ]),
    );
    percentage = f.percentage;
  }
  const deel = percentage.times(inkomsten);
  const vrij = opCenten(maximum === undefined ? deel : Decimal.min(deel, maximum));
  stappen.push(
    stap('Netto inkomsten uit arbeid in de maand', inkomsten, { regeling: 'Pw', artikel: '31', lid: '3' }),
    figuurStap(`Deel van de inkomsten dat vrij kan blijven (fractie ${percentage.toFixed()})`, deel, figuren),
    ...(maximum === undefined ? [] : [figuurStap('Maximum per maand', bedragTekst(maximum), figuren)]),
    figuurStap(
      maximum === undefined
        ? 'Vrijlating per maand, afgerond op centen (half naar boven)'
        : 'Vrijlating per maand: het laagste van beide, afgerond op centen (half naar boven)',
      bedragTekst(vrij),
      figuren,
    ),
  );
  return { waarde: vrij, stappen };
}
