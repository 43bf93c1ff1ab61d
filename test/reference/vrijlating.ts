/**
 * Reference: the vrijlating rule as it was on decimal.js (before the integer money core), kept to prove the exact
 * integer implementation equal on random inputs (test/shared/rules/vrijlating-referentie.test.ts). Not used by the
 * product.
 */
import Decimal from 'decimal.js';
import { ongeldig } from '../../shared/errors';
import { opCenten, bedragTekst } from '../../shared/geld';
import { procentNl } from '../../shared/parameters/notatie';
import { basisParameters, Parameters } from '../../shared/parameters';
import { waardeOp } from '../../shared/parameters/reeks';
import { leesIsoDatum, Datum } from '../../shared/time/datum';
import { figuurStap, Resultaat, Stap, stap } from '../../shared/uitleg';
import type { Pensioenleeftijd } from '../../shared/parameters/figuren';
import type { ReeksWaarde } from '../../shared/parameters/reeks';
import type { Bron } from '../../shared/bron';

interface VrijlatingInvoer {
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

/** The monthly vrijlating as the decimal.js rule computed it. */
export function vrijlatingReferentie(invoer: VrijlatingInvoer, parameters: Parameters = basisParameters): Resultaat<Decimal> {
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
