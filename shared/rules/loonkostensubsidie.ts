/**
 * Loonkostensubsidie (LKS) per month, including the vergoeding for werkgeverslasten.
 *
 * Participatiewet art. 10d lid 4: "De hoogte van de loonkostensubsidie … is het verschil tussen het wettelijk
 * minimumloon vermeerderd met de aanspraak op vakantiebijslag op grond van artikel 15 [WML] en de loonwaarde van
 * die persoon vermeerderd met de … vakantiebijslag, maar is ten hoogste 70 procent van het totale bedrag van het
 * wettelijk minimumloon en de aanspraak op vakantiebijslag …, vermeerderd met een bij ministeriële regeling
 * vastgestelde vergoeding voor werkgeverslasten. De loonkostensubsidie wordt naar evenredigheid verminderd of
 * vermeerderd, indien de overeengekomen arbeidsduur korter of langer is dan 36 uren per week", the hours counting
 * up to a normal full-time week in the sector. Lid 5: without a determined loonwaarde, 50 %. Lid 7: the amount is
 * re-set "met ingang van 1 januari" following the minimum wage. Regeling loonkostensubsidie Participatiewet 2021
 * art. 1: werkgeverslasten "23,5 procent van de loonkosten waarover loonkostensubsidie wordt verstrekt".
 * Beleidsregels beschut werk Avres 2025 art. 7 lid 1: LKS "op basis van loonwaarde met een maximum van 70% van
 * het wettelijk minimumloon plus werkgeverslasten".
 *
 * Readings (DOMAIN.md, FACTS.md §2.3 and §8): the base is the referentiemaandloon in force on 1 January of the
 * peildatum's year (reading 4), below 21 the youth amount; the 70 % cap applies to the subsidy before the
 * werkgeverslasten, which are 23,5 % of the capped subsidy; each intermediate amount is rounded to cents, half up
 * (WML plus vakantiebijslag for the hours, then the subsidy, then the werkgeverslasten), which reproduces the
 * public examples. Without `voltijdUren` the hours are not capped.
 *
 * The amounts are exact integers of cents (../breuk.ts); steps are built only when asked, and then only when read,
 * from labels and sources that are constants; the figures of a year's 1 January are read once per parameter set.
 */
import Decimal from 'decimal.js';
import type { Bron } from '../bron';
import {
  Breuk,
  breukMaalOpCenten,
  centen,
  centenAlsTekst,
  decimalAlsBreuk,
  eenMinGroterDan,
  eenMinMaalOpCenten,
  eenPlus,
  eenMinAlsTekst,
  maal,
  maalOpCenten,
} from '../breuk';
import { resultaatAlsDecimal } from '../geld';
import { DomeinFout, ongeldig } from '../errors';
import { basisParameters, Parameters } from '../parameters';
import { waardeOp } from '../parameters/reeks';
import { Datum, jaarVan, maak, UREN_IN_EEN_WEEK } from '../time/datum';
import { Resultaat, Stap, stap, GEEN_STAPPEN, StapOpties, gedeeldeFiguurStap, UitgesteldResultaat } from '../uitleg';
import { minimumloonInCenten } from './wml';

export interface LoonkostensubsidieInvoer {
  /** Fraction of the minimum wage (0.45 = 45 %); null when not determined (lid 5 forfait). */
  loonwaarde: number | null;
  urenPerWeek: number;
  peildatum: Datum;
  /** The sector's full-time week; hours above it do not count. Absent: no cap. */
  voltijdUren?: number;
  /** Age in whole years; below 21 the youth minimum wage is the base. */
  leeftijd?: number;
}

const LID_4: Bron = { regeling: 'Pw', artikel: '10d', lid: '4' };
const LID_5: Bron = { regeling: 'Pw', artikel: '10d', lid: '5' };
const LID_7: Bron = { regeling: 'Pw', artikel: '10d', lid: '7' };
const REGELING: Bron = { regeling: 'Regeling LKS Pw 2021', artikel: '1' };
/** The rule as a whole, the source of a step that rests on its result (the reconciliation, a scenario's LKS costs). */
export const LKS_REGEL: Bron = { regeling: 'Pw', artikel: '10d', lid: '4, 5 en 7' };
const LID_4_EN_BELEID = [LID_4, { regeling: 'Beleidsregels beschut werk Avres 2025', artikel: '7', lid: '1' }] as const;

const LABEL = {
  eersteJanuari: 'Minimumloon van 1 januari van het jaar van de peildatum (de subsidie wordt per 1 januari aangepast)',
  vakantiebijslag: 'Vakantiebijslag (fractie van het loon)',
  normUren: 'Normale werkweek waarnaar de subsidie naar rato gaat (uren)',
  werkgeverslasten: 'Vergoeding werkgeverslasten (fractie van de subsidie)',
  uren: 'Uren per week die meetellen (hoogstens de volledige werkweek)',
  wmlMetVakantiebijslag: 'Minimumloon plus vakantiebijslag naar rato van de uren per week, afgerond op centen',
  forfait: 'Subsidiefractie: loonwaarde niet vastgesteld, dus het forfait',
  maximum: 'Subsidiefractie: 1 − loonwaarde is meer dan het maximum, dus het maximum',
  fractie: 'Subsidiefractie: 1 − loonwaarde',
  subsidie: 'Loonkostensubsidie zonder werkgeverslasten, afgerond op centen',
  vergoeding: 'Vergoeding werkgeverslasten over de subsidie, afgerond op centen',
  totaal: 'Loonkostensubsidie per maand inclusief werkgeverslasten',
} as const;

function valideer({ loonwaarde, urenPerWeek, voltijdUren }: LoonkostensubsidieInvoer): void {
  if (loonwaarde !== null && !(typeof loonwaarde === 'number' && loonwaarde >= 0 && loonwaarde <= 1)) {
    ongeldig(
      `loonwaarde moet tussen 0 en 1 liggen (45% = 0,45), niet ${String(loonwaarde)}; laat de loonwaarde leeg voor het forfait van Pw art. 10d lid 5`,
      { field: 'loonwaarde' },
    );
  }
  if (!(typeof urenPerWeek === 'number' && urenPerWeek >= 0 && urenPerWeek <= UREN_IN_EEN_WEEK)) {
    ongeldig(`uren_per_week moet tussen 0 en ${UREN_IN_EEN_WEEK} liggen, niet ${String(urenPerWeek)}`, { field: 'urenPerWeek' });
  }
  if (voltijdUren !== undefined && !(typeof voltijdUren === 'number' && voltijdUren > 0 && voltijdUren <= UREN_IN_EEN_WEEK)) {
    ongeldig(`voltijd_uren moet groter dan 0 en hoogstens ${UREN_IN_EEN_WEEK} zijn, niet ${String(voltijdUren)}`, { field: 'voltijdUren' });
  }
}

/** The figures of 1 January of one year for one age under one parameter set, exact, with their steps. */
interface FigurenVanHetJaar {
  /** WML plus vakantiebijslag per normal week hour, in cents: minimumloon × (1 + vakantiebijslag) / normUren. */
  wmlMetVakantiebijslagPerUur: Breuk;
  maximum: Breuk;
  forfait: Breuk;
  werkgeverslasten: Breuk;
  /** The subsidy-fraction steps that rest on a figure (the cap, the forfait), made once a year. */
  maximumStap: Stap;
  forfaitStap: Stap;
  /** The steps of the figures, the same for every call in the year. */
  stappen: readonly Stap[];
}

/** The figures of 1 January of the peildatum's year (lid 7), with errors that say why that date is asked. */
function figurenVanEersteJanuari(jaar: number, leeftijd: number | undefined, parameters: Parameters): FigurenVanHetJaar {
  const eersteJanuari = maak(jaar, 1, 1);
  try {
    const loon = minimumloonInCenten({ peildatum: eersteJanuari, leeftijd, periode: 'maand' }, parameters);
    const vakantiebijslag = waardeOp(parameters.vakantiebijslag, eersteJanuari);
    const lks = waardeOp(parameters.loonkostensubsidie, eersteJanuari);
    const { normUren, maximum, forfait, werkgeverslasten } = lks.waarde;
    const minimumloonCenten = centen(loon.waarde);
    return {
      wmlMetVakantiebijslagPerUur: maal(maal(minimumloonCenten, eenPlus(decimalAlsBreuk(vakantiebijslag.waarde))), {
        teller: 1,
        noemer: normUren,
      }),
      maximum: decimalAlsBreuk(maximum),
      forfait: decimalAlsBreuk(forfait),
      werkgeverslasten: decimalAlsBreuk(werkgeverslasten),
      maximumStap: gedeeldeFiguurStap(LABEL.maximum, maximum.toFixed(), lks, LID_4_EN_BELEID),
      forfaitStap: gedeeldeFiguurStap(LABEL.forfait, forfait.toFixed(), lks, LID_5),
      // The steps are frozen, the list is not: spreading a frozen array takes a slow path in V8 (the rule with steps
      // ran 1.7x as long on 100,000 random calls).
      stappen: [
        Object.freeze(stap(LABEL.eersteJanuari, eersteJanuari, LID_7)),
        ...loon.stappen.map((s) => Object.freeze(s)),
        gedeeldeFiguurStap(LABEL.vakantiebijslag, vakantiebijslag.waarde, vakantiebijslag),
        gedeeldeFiguurStap(LABEL.normUren, normUren, lks, LID_4),
        gedeeldeFiguurStap(LABEL.werkgeverslasten, werkgeverslasten, lks, REGELING),
      ],
    };
  } catch (e) {
    if (!(e instanceof DomeinFout)) throw e;
    if (e.code === 'BUITEN_PARAMETERBEREIK') {
      throw new DomeinFout(
        e.code,
        `De loonkostensubsidie in ${jaar} volgt het minimumloon van 1 januari ${jaar} (Pw art. 10d lid 7). ${e.message}`,
        { field: 'peildatum' },
      );
    }
    // The peildatum is valid and the period fixed, so what minimumloon refuses is the leeftijd.
    throw new DomeinFout(e.code, e.message, { field: 'leeftijd' });
  }
}

/** Per parameter set (immutable), per year and age: the figures are read once, not per call. */
const OUDSTE_BEWAARDE_LEEFTIJD = 150;
const figurenPerParameters = new WeakMap<Parameters, Map<number, FigurenVanHetJaar>>();

function figurenVan(peildatum: Datum, leeftijd: number | undefined, parameters: Parameters): FigurenVanHetJaar {
  const jaar = jaarVan(peildatum);
  const bewaard = leeftijd === undefined || (Number.isInteger(leeftijd) && leeftijd >= 0 && leeftijd <= OUDSTE_BEWAARDE_LEEFTIJD);
  if (!bewaard) return figurenVanEersteJanuari(jaar, leeftijd, parameters);
  let perJaar = figurenPerParameters.get(parameters);
  if (perJaar === undefined) {
    perJaar = new Map();
    figurenPerParameters.set(parameters, perJaar);
  }
  // A number, not text: a key built per call would be a string allocated and hashed per call.
  const sleutel = jaar * (OUDSTE_BEWAARDE_LEEFTIJD + 2) + (leeftijd === undefined ? OUDSTE_BEWAARDE_LEEFTIJD + 1 : leeftijd);
  let figuren = perJaar.get(sleutel);
  if (figuren === undefined) {
    figuren = figurenVanEersteJanuari(jaar, leeftijd, parameters);
    perJaar.set(sleutel, figuren);
  }
  return figuren;
}

/**
 * LKS per month including werkgeverslasten in whole cents: the formula of Pw art. 10d lid 4, 5 and 7, each
 * intermediate amount rounded to cents half up (FACTS §2.3); the steps only when `stappen` is not false.
 * @example loonkostensubsidieInCenten({ loonwaarde: 0.6, urenPerWeek: 36, peildatum: '2026-01-01' }).waarde // 122411
 * @example loonkostensubsidieInCenten({ loonwaarde: null, urenPerWeek: 36, peildatum: '2026-03-01' }, basisParameters, { stappen: false }).stappen // []
 */
export function loonkostensubsidieInCenten(
  invoer: LoonkostensubsidieInvoer,
  parameters: Parameters = basisParameters,
  opties: StapOpties = {},
): Resultaat<number> {
  valideer(invoer);
  const { loonwaarde, urenPerWeek, voltijdUren } = invoer;
  const jan = figurenVan(invoer.peildatum, invoer.leeftijd, parameters);

  const uren = voltijdUren !== undefined && voltijdUren < urenPerWeek ? voltijdUren : urenPerWeek;
  const wmlMetVakantiebijslag = maalOpCenten(jan.wmlMetVakantiebijslagPerUur, uren);
  const bovenMaximum = loonwaarde !== null && eenMinGroterDan(loonwaarde, jan.maximum);
  const subsidie =
    loonwaarde === null
      ? breukMaalOpCenten(wmlMetVakantiebijslag, jan.forfait)
      : bovenMaximum
        ? breukMaalOpCenten(wmlMetVakantiebijslag, jan.maximum)
        : eenMinMaalOpCenten(wmlMetVakantiebijslag, loonwaarde);
  const vergoeding = breukMaalOpCenten(subsidie, jan.werkgeverslasten);
  const totaal = subsidie + vergoeding;
  if (opties.stappen === false) return { waarde: totaal, stappen: GEEN_STAPPEN };
  return new LksUitleg(totaal, jan, uren, wmlMetVakantiebijslag, loonwaarde, bovenMaximum, subsidie, vergoeding);
}

/** An LKS result with its steps, which it writes when they are first read from the amounts it keeps. */
class LksUitleg extends UitgesteldResultaat<number> {
  constructor(
    totaal: number,
    private readonly jan: FigurenVanHetJaar,
    private readonly uren: number,
    private readonly wmlMetVakantiebijslag: number,
    private readonly loonwaarde: number | null,
    private readonly bovenMaximum: boolean,
    private readonly subsidie: number,
    private readonly vergoeding: number,
  ) {
    super(totaal);
  }

  protected schrijf(): Stap[] {
    const { jan, loonwaarde } = this;
    const fractieStap =
      loonwaarde === null
        ? jan.forfaitStap
        : this.bovenMaximum
          ? jan.maximumStap
          : stap(LABEL.fractie, eenMinAlsTekst(loonwaarde), LID_4_EN_BELEID);
    return [
      ...jan.stappen,
      stap(LABEL.uren, this.uren, LID_4),
      stap(LABEL.wmlMetVakantiebijslag, centenAlsTekst(this.wmlMetVakantiebijslag), LID_4),
      fractieStap,
      stap(LABEL.subsidie, centenAlsTekst(this.subsidie), LID_4),
      stap(LABEL.vergoeding, centenAlsTekst(this.vergoeding), REGELING),
      stap(LABEL.totaal, centenAlsTekst(this.waarde), LID_4_EN_BELEID),
    ];
  }
}

/**
 * LKS per month including werkgeverslasten as a Decimal of euros, with the steps that produce it.
 * @example berekenLoonkostensubsidie({ loonwaarde: 0.6, urenPerWeek: 36, peildatum: '2026-01-01' }).waarde.toFixed(2) // '1224.11'
 * @example berekenLoonkostensubsidie({ loonwaarde: null, urenPerWeek: 36, peildatum: '2026-03-01' }).waarde.toFixed(2) // '1530.14'
 */
export function berekenLoonkostensubsidie(invoer: LoonkostensubsidieInvoer, parameters: Parameters = basisParameters): Resultaat<Decimal> {
  return resultaatAlsDecimal(loonkostensubsidieInCenten(invoer, parameters));
}
