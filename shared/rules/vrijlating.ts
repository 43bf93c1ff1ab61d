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
 *
 * The amounts are exact integers of cents (../breuk.ts): the deel of the earnings is exact, the lowest of it and
 * the maximum is rounded to cents half up (no statute prescribes a mode; FACTS §2.3). Steps are built only when
 * asked, from labels and sources that are constants, and the figures of a peildatum are read once per parameter set.
 */
import Decimal from 'decimal.js';
import {
  Breuk,
  centen,
  centenAlsTekst,
  decimaleTekst,
  decimalAlsBreuk,
  getalAlsBreuk,
  getalAlsTekst,
  maal,
  maalOpCenten,
  maalOpCentenOnbegrensd,
  heleCentenAlsTekst,
} from '../breuk';
import { ongeldig } from '../errors';
import { bedragTekst, resultaatAlsDecimal } from '../geld';
import { procentNl } from '../parameters/notatie';
import { basisParameters, Parameters } from '../parameters';
import { waardeOp } from '../parameters/reeks';
import { leesIsoDatum, Datum } from '../time/datum';
import { figuurStap, Resultaat, Stap, stap, GEEN_STAPPEN, StapOpties, gedeeldeFiguurStap } from '../uitleg';
import type { BijverdienFiguren, Pensioenleeftijd, VrijlatingFiguren } from '../parameters/figuren';
import type { Reeks, ReeksWaarde } from '../parameters/reeks';
import type { Bron, Bronnen } from '../bron';

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
const LID_3: Bron = { regeling: 'Pw', artikel: '31', lid: '3' };
const LID_5: Bron = { regeling: 'Pw', artikel: '31', lid: '5' };
const ART_34A: Bron = { regeling: 'Pw', artikel: '34a' };
const AOW: Bron = { regeling: 'AOW', artikel: '7a' };
const ONDERDEEL_N_EN_AOW: Bronnen = [ONDERDEEL_N, AOW];
const ART_34A_EN_AOW: Bronnen = [ART_34A, AOW];
const REGIME_34A = 'Pw art. 34a (Participatiewet in balans, vanaf 1 januari 2027)';

const LABEL = {
  regime: `Regime op de peildatum: ${REGIME_34A}`,
  netto: 'Netto inkomsten uit arbeid in de maand',
  maximum: 'Maximum per maand',
  laagste: 'Vrijlating per maand: het laagste van beide, afgerond op centen (half naar boven)',
  afgerond: 'Vrijlating per maand, afgerond op centen (half naar boven)',
} as const;

const NIETS = bedragTekst(new Decimal(0));

/** Steps that differ only by the month number are made once per month number up to this one (months of a life). */
const BEWAARDE_MAANDEN = 1200;

/** A step of one month number, shared between calls on the same figures. */
function perMaand(bewaard: Stap[], maandNummer: number, maak: (maandNummer: number) => Stap): Stap {
  if (maandNummer > BEWAARDE_MAANDEN) return maak(maandNummer);
  let s = bewaard[maandNummer];
  if (s === undefined) {
    s = Object.freeze(maak(maandNummer));
    bewaard[maandNummer] = s;
  }
  return s;
}

/** The pensioengerechtigde leeftijd on the peildatum, and the step for someone of exactly its whole years. */
interface AowOpDatum {
  figuur: ReeksWaarde<Pensioenleeftijd>;
  jaren: number;
  /** The age as text: `67`, or `67 jaar en 3 maanden`. */
  tekst: string;
  /** With months in the age, someone of its whole years is taken not to have reached it, and this step says so. */
  twijfel?: Stap;
}

function aowOpDatum(figuur: ReeksWaarde<Pensioenleeftijd>): AowOpDatum {
  const { jaren, maanden } = figuur.waarde;
  if (maanden === 0) return { figuur, jaren, tekst: String(jaren) };
  const tekst = `${jaren} jaar en ${maanden} maanden`;
  const twijfel = gedeeldeFiguurStap(
    `Leeftijd ${jaren} in hele jaren: aangenomen dat de pensioengerechtigde leeftijd (${tekst}) nog niet is bereikt`,
    jaren,
    figuur,
  );
  return { figuur, jaren, tekst, twijfel };
}

/** Whether someone of `leeftijd` whole years has reached the pensioengerechtigde leeftijd (its whole years and months). */
function aowBereikt(leeftijd: number, aow: AowOpDatum): boolean {
  return leeftijd > aow.jaren || (leeftijd === aow.jaren && aow.twijfel === undefined);
}

/** A fraction of the net earnings, exact, with the label of its step. */
interface Deel {
  fractie: Breuk;
  /** The fraction in cents per euro, for the rounding to cents. */
  centenPerEuro: Breuk;
  label: string;
}

function deelVan(percentage: Decimal): Deel {
  const fractie = decimalAlsBreuk(percentage);
  return {
    fractie,
    centenPerEuro: maal(fractie, centen(100)),
    label: `Deel van de inkomsten dat vrij kan blijven (fractie ${percentage.toFixed()})`,
  };
}

/** The figures of Pw art. 31 lid 2 onder n on one peildatum, exact, with the steps that rest on them alone. */
interface OnderdeelN {
  regime: 'n';
  figuren: ReeksWaarde<VrijlatingFiguren>;
  deel: Deel;
  /** The monthly maximum rounded to cents, as the rounding of the lowest of both rounds it. */
  maximumCenten: number;
  jongerStap: Stap;
  maximumStap: Stap;
  /** Where the pensioengerechtigde leeftijd is read once someone is old enough for the vrijlating. */
  pensioenleeftijd: Reeks<Pensioenleeftijd>;
  peildatum: Datum;
  vanafMinimumleeftijd?: OnderdeelNVanafMinimumleeftijd;
}

/**
 * What onderdeel n needs from the minimumleeftijd on: the pensioengerechtigde leeftijd, read only then (below it the
 * rule ends without it, and a figure read must show in a step), and the steps on both.
 */
interface OnderdeelNVanafMinimumleeftijd {
  aow: AowOpDatum;
  naLaatsteMaand: (maandNummer: number) => Stap;
  maand: (maandNummer: number) => Stap;
  aowMaand: (maandNummer: number) => Stap;
  bewaard: { naLaatsteMaand: Stap[]; maand: Stap[]; aowMaand: Stap[] };
}

function onderdeelNOp(peildatum: Datum, parameters: Parameters): OnderdeelN {
  const figuren = waardeOp(parameters.vrijlating, peildatum);
  const f = figuren.waarde;
  return {
    regime: 'n',
    figuren,
    deel: deelVan(f.percentage),
    maximumCenten: maalOpCenten(maal(decimalAlsBreuk(f.maximum), centen(100)), 1),
    jongerStap: gedeeldeFiguurStap(
      `Jonger dan ${f.minimumleeftijd} jaar: deze vrijlating geldt niet, dus niets vrijgelaten`,
      NIETS,
      figuren,
      LID_5,
    ),
    maximumStap: gedeeldeFiguurStap(LABEL.maximum, bedragTekst(f.maximum), figuren, ONDERDEEL_N),
    pensioenleeftijd: parameters.pensioengerechtigdeLeeftijd,
    peildatum,
  };
}

function vanafMinimumleeftijd(n: OnderdeelN): OnderdeelNVanafMinimumleeftijd {
  if (n.vanafMinimumleeftijd !== undefined) return n.vanafMinimumleeftijd;
  const { figuren } = n;
  const f = figuren.waarde;
  const aow = aowOpDatum(waardeOp(n.pensioenleeftijd, n.peildatum));
  const metAow = [figuren, aow.figuur] as const;
  n.vanafMinimumleeftijd = {
    aow,
    naLaatsteMaand: (m) =>
      figuurStap(
        `Maand ${m} valt na de ${f.maanden} maanden vrijlating (onder de AOW-leeftijd), dus niets vrijgelaten`,
        NIETS,
        metAow,
        ONDERDEEL_N,
      ),
    maand: (m) => figuurStap(`Maand ${m} van hoogstens ${f.maanden}`, m, metAow, ONDERDEEL_N),
    aowMaand: (m) =>
      figuurStap(`AOW-leeftijd (${aow.tekst}) bereikt: geen beperking tot ${f.maanden} maanden`, m, metAow, ONDERDEEL_N_EN_AOW),
    bewaard: { naLaatsteMaand: [], maand: [], aowMaand: [] },
  };
  return n.vanafMinimumleeftijd;
}

/** The figures of Pw art. 34a on one peildatum, exact, with the steps that rest on them alone. */
interface Art34a {
  regime: '34a';
  figuren: ReeksWaarde<BijverdienFiguren>;
  aow: AowOpDatum;
  deel: Deel;
  deelMedisch: Deel;
  deelAow: Deel;
  maximumAowCenten: number;
  regimeStap: Stap;
  maximumAowStap: Stap;
  naLaatsteMaand: (maandNummer: number) => Stap;
  maand: (maandNummer: number) => Stap;
  medischMaand: (maandNummer: number) => Stap;
  aowMaand: (maandNummer: number) => Stap;
  bewaard: { naLaatsteMaand: Stap[]; maand: Stap[]; medischMaand: Stap[]; aowMaand: Stap[] };
}

function art34aOp(peildatum: Datum, parameters: Parameters): Art34a {
  const figuren = waardeOp(parameters.bijverdienregels, peildatum);
  const f = figuren.waarde;
  const aow = aowOpDatum(waardeOp(parameters.pensioengerechtigdeLeeftijd, peildatum));
  const metAow = [figuren, aow.figuur] as const;
  const aowLabel = `AOW-leeftijd (${aow.tekst}) bereikt: ${procentNl(f.percentageAow)}, hoogstens ${bedragTekst(f.maximumAow)} per maand`;
  const medischLabel = `Medisch urenbeperkt: ${procentNl(f.percentageMedisch)}, zonder beperking in maanden`;
  return {
    regime: '34a',
    figuren,
    aow,
    deel: deelVan(f.percentage),
    deelMedisch: deelVan(f.percentageMedisch),
    deelAow: deelVan(f.percentageAow),
    maximumAowCenten: maalOpCenten(maal(decimalAlsBreuk(f.maximumAow), centen(100)), 1),
    regimeStap: gedeeldeFiguurStap(LABEL.regime, figuren.geldigVanaf, figuren),
    maximumAowStap: gedeeldeFiguurStap(LABEL.maximum, bedragTekst(f.maximumAow), figuren),
    naLaatsteMaand: (n) =>
      figuurStap(
        `Maand ${n} valt na de ${f.maanden} aaneengesloten maanden vrijlating (onder de AOW-leeftijd), dus niets vrijgelaten`,
        NIETS,
        metAow,
      ),
    maand: (n) => figuurStap(`Maand ${n} van hoogstens ${f.maanden} aaneengesloten maanden (geen uitsluiting onder 27 jaar)`, n, metAow),
    medischMaand: (n) => figuurStap(medischLabel, n, figuren),
    aowMaand: (n) => figuurStap(aowLabel, n, metAow, ART_34A_EN_AOW),
    bewaard: { naLaatsteMaand: [], maand: [], medischMaand: [], aowMaand: [] },
  };
}

/** Per parameter set (immutable) and peildatum: the figures are read once, not per call; bounded like any memo. */
const MAX_BEWAARDE_DATA = 4096;
const figurenPerParameters = new WeakMap<Parameters, Map<Datum, OnderdeelN | Art34a>>();

function figurenOp(peildatum: Datum, parameters: Parameters): OnderdeelN | Art34a {
  let perDatum = figurenPerParameters.get(parameters);
  if (perDatum === undefined) {
    perDatum = new Map();
    figurenPerParameters.set(parameters, perDatum);
  }
  let figuren = perDatum.get(peildatum);
  if (figuren === undefined) {
    const nieuw = parameters.bijverdienregels.waarden[0];
    figuren = nieuw !== undefined && peildatum >= nieuw.geldigVanaf ? art34aOp(peildatum, parameters) : onderdeelNOp(peildatum, parameters);
    if (perDatum.size < MAX_BEWAARDE_DATA) perDatum.set(peildatum, figuren);
  }
  return figuren;
}

/** The checks of the input in the order the rule has always made them; the peildatum as read. */
function valideer(invoer: VrijlatingInvoer): Datum {
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
  return peildatum;
}

const nettoStap = (x: number): Stap => stap(LABEL.netto, getalAlsTekst(x), LID_3);

/** The exact deel of the earnings as decimal text, as its step shows it. */
const deelTekst = (deel: Deel, x: number): string => decimaleTekst(maal(deel.fractie, getalAlsBreuk(x)));

function vrijlatingOnderdeelN(invoer: VrijlatingInvoer, n: OnderdeelN, metStappen: boolean): Resultaat<number> {
  const { nettoInkomstenArbeid, leeftijd, maandNummer } = invoer;
  const f = n.figuren.waarde;
  if (leeftijd < f.minimumleeftijd) return { waarde: 0, stappen: metStappen ? [n.jongerStap] : GEEN_STAPPEN };
  const vanaf = vanafMinimumleeftijd(n);
  const { aow, bewaard } = vanaf;
  const bereikt = aowBereikt(leeftijd, aow);
  const twijfel = leeftijd === aow.jaren ? aow.twijfel : undefined;
  if (!bereikt && maandNummer > f.maanden) {
    if (!metStappen) return { waarde: 0, stappen: GEEN_STAPPEN };
    const na = perMaand(bewaard.naLaatsteMaand, maandNummer, vanaf.naLaatsteMaand);
    return { waarde: 0, stappen: twijfel ? [twijfel, na] : [na] };
  }
  const deel = maalOpCenten(n.deel.centenPerEuro, nettoInkomstenArbeid);
  const vrij = deel < n.maximumCenten ? deel : n.maximumCenten;
  if (!metStappen) return { waarde: vrij, stappen: GEEN_STAPPEN };
  const stappen: Stap[] = twijfel ? [twijfel] : [];
  stappen.push(
    bereikt ? perMaand(bewaard.aowMaand, maandNummer, vanaf.aowMaand) : perMaand(bewaard.maand, maandNummer, vanaf.maand),
    nettoStap(nettoInkomstenArbeid),
    figuurStap(n.deel.label, deelTekst(n.deel, nettoInkomstenArbeid), n.figuren, ONDERDEEL_N),
    n.maximumStap,
    figuurStap(LABEL.laagste, centenAlsTekst(vrij), n.figuren, ONDERDEEL_N),
  );
  return { waarde: vrij, stappen };
}

function vrijlatingArt34a(invoer: VrijlatingInvoer, a: Art34a, metStappen: boolean): Resultaat<number | bigint> {
  const { nettoInkomstenArbeid, leeftijd, maandNummer, medischUrenbeperkt = false } = invoer;
  const { aow, bewaard } = a;
  const bereikt = aowBereikt(leeftijd, aow);
  const twijfel = leeftijd === aow.jaren ? aow.twijfel : undefined;
  let deel: Deel;
  let vrij: number | bigint;
  let maandStap: Stap | undefined;
  if (bereikt) {
    deel = a.deelAow;
    const c = maalOpCenten(deel.centenPerEuro, nettoInkomstenArbeid);
    vrij = c < a.maximumAowCenten ? c : a.maximumAowCenten;
    if (metStappen) maandStap = perMaand(bewaard.aowMaand, maandNummer, a.aowMaand);
  } else if (medischUrenbeperkt) {
    deel = a.deelMedisch;
    vrij = maalOpCentenOnbegrensd(deel.centenPerEuro, nettoInkomstenArbeid);
    if (metStappen) maandStap = perMaand(bewaard.medischMaand, maandNummer, a.medischMaand);
  } else if (maandNummer > a.figuren.waarde.maanden) {
    if (!metStappen) return { waarde: 0, stappen: GEEN_STAPPEN };
    const na = perMaand(bewaard.naLaatsteMaand, maandNummer, a.naLaatsteMaand);
    return { waarde: 0, stappen: twijfel ? [a.regimeStap, twijfel, na] : [a.regimeStap, na] };
  } else {
    deel = a.deel;
    vrij = maalOpCentenOnbegrensd(deel.centenPerEuro, nettoInkomstenArbeid);
    if (metStappen) maandStap = perMaand(bewaard.maand, maandNummer, a.maand);
  }
  if (maandStap === undefined) return { waarde: vrij, stappen: GEEN_STAPPEN };
  const stappen: Stap[] = twijfel ? [a.regimeStap, twijfel] : [a.regimeStap];
  stappen.push(maandStap, nettoStap(nettoInkomstenArbeid), figuurStap(deel.label, deelTekst(deel, nettoInkomstenArbeid), a.figuren));
  if (bereikt) stappen.push(a.maximumAowStap, figuurStap(LABEL.laagste, centenAlsTekst(vrij as number), a.figuren));
  else stappen.push(figuurStap(LABEL.afgerond, heleCentenAlsTekst(vrij), a.figuren));
  return { waarde: vrij, stappen };
}

/**
 * The monthly vrijlating in whole cents (a bigint only past 2^53 cents, which only the uncapped 15 % of art. 34a
 * reaches): Pw art. 31 lid 2 onder n before 2027, art. 34a from 2027-01-01; the steps only when `stappen` is not false.
 * @example vrijlatingInCenten({ nettoInkomstenArbeid: 1001.02, peildatum: '2026-01-01', leeftijd: 30, maandNummer: 2 }).waarde // 25026
 * @example vrijlatingInCenten({ nettoInkomstenArbeid: 800, peildatum: '2027-03-01', leeftijd: 24, maandNummer: 1 }, basisParameters, { stappen: false }).stappen // []
 */
export function vrijlatingInCenten(
  invoer: VrijlatingInvoer,
  parameters: Parameters = basisParameters,
  opties: StapOpties = {},
): Resultaat<number | bigint> {
  const peildatum = valideer(invoer);
  const figuren = figurenOp(peildatum, parameters);
  const metStappen = opties.stappen !== false;
  return figuren.regime === 'n' ? vrijlatingOnderdeelN(invoer, figuren, metStappen) : vrijlatingArt34a(invoer, figuren, metStappen);
}

/**
 * The monthly vrijlating as a Decimal of euros, with the steps that produce it: Pw art. 31 lid 2 onder n before
 * 2027, art. 34a from 2027-01-01; rounded to cents.
 * @example vrijlating({ nettoInkomstenArbeid: 800, peildatum: '2026-01-01', leeftijd: 30, maandNummer: 1 }).waarde.toFixed(2) // '200.00'
 * @example vrijlating({ nettoInkomstenArbeid: 2000, peildatum: '2026-01-01', leeftijd: 30, maandNummer: 1 }).waarde.toFixed(2) // '285.00'
 * @example vrijlating({ nettoInkomstenArbeid: 800, peildatum: '2027-03-01', leeftijd: 24, maandNummer: 1 }).waarde.toFixed(2) // '120.00'
 */
export function vrijlating(invoer: VrijlatingInvoer, parameters: Parameters = basisParameters): Resultaat<Decimal> {
  return resultaatAlsDecimal(vrijlatingInCenten(invoer, parameters));
}
