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
 * Speed: this rule runs per cell in large workbooks. The figures of a (parameters, peildatum, leeftijd) are looked
 * up and validated once and cached, and so is what depends on the hours alone (WML plus vakantiebijslag, and the
 * forfait and maximum outcomes); the hot path does a few Decimal operations and no date arithmetic.
 * Parameters objects are treated as immutable.
 */
import Decimal from 'decimal.js';
import { DomeinFout, ongeldig } from '../errors';
import { opCenten } from '../geld';
import { basisParameters, LksFiguren, Parameters } from '../parameters';
import { waardeOp } from '../parameters/reeks';
import { leesIsoDatum, Datum, UREN_IN_EEN_WEEK } from '../time/datum';
import { Resultaat, Stap, stap } from '../uitleg';
import { minimumloon } from './wml';

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

const EEN = new Decimal(1);

const LID_4 = 'Pw art. 10d lid 4';
const LID_5 = 'Pw art. 10d lid 5';
const LID_7 = 'Pw art. 10d lid 7';
const REGELING = 'Regeling LKS Pw 2021 art. 1';
const BELEID = 'Beleidsregels beschut werk Avres 2025 art. 7 lid 1';
const LID_4_EN_BELEID = `${LID_4}; ${BELEID}`;

const LABEL_UREN = 'Uren per week die meetellen (hoogstens de volledige werkweek)';
const LABEL_WMLVB = 'Minimumloon plus vakantiebijslag naar rato van de uren per week, afgerond op centen';
const LABEL_FRACTIE = 'Subsidiefractie: 1 − loonwaarde';
const LABEL_FRACTIE_MAXIMUM = 'Subsidiefractie: 1 − loonwaarde is meer dan het maximum, dus het maximum';
const LABEL_SUBSIDIE = 'Loonkostensubsidie zonder werkgeverslasten, afgerond op centen';
const LABEL_WERKGEVERSLASTEN = 'Vergoeding werkgeverslasten over de subsidie, afgerond op centen';
const LABEL_TOTAAL = 'Loonkostensubsidie per maand inclusief werkgeverslasten';

/** The last steps of an LKS: the subsidy fraction, the subsidy, the werkgeverslasten and the total. */
interface Uitkomst {
  totaal: Decimal;
  stappen: readonly Stap[];
}

/** What depends on (parameters, peildatum, leeftijd, hours) but not on the loonwaarde. */
interface UrenGegevens {
  wmlMetVakantiebijslag: Decimal;
  stappen: readonly Stap[];
  forfait?: Uitkomst;
  maximum?: Uitkomst;
}

/** What depends on (parameters, peildatum, leeftijd) only. */
interface VasteGegevens {
  /** Minimum wage plus vakantiebijslag for the norm week, not rounded. */
  basisMetVakantiebijslag: Decimal;
  figuren: LksFiguren;
  stappen: readonly Stap[];
  maximumStap: Stap;
  forfaitStap: Stap;
  perUren: Map<number, UrenGegevens>;
}

/** Distinct (peildatum, leeftijd) pairs cached per parameters; beyond this they are looked up each time. */
const MAX_PEILDATA_IN_CACHE = 4096;
/** Distinct hour values cached per (parameters, peildatum, leeftijd); beyond this they are computed each time. */
const MAX_UREN_IN_CACHE = 256;
/** Distinct loonwaarden whose fraction 1 − loonwaarde is kept; beyond this it is computed each time. */
const MAX_LOONWAARDEN_IN_CACHE = 1024;

/** 1 − loonwaarde and its step, by loonwaarde: the same few loonwaarden recur across a workbook. */
const fracties = new Map<number, { fractie: Decimal; stap: Stap }>();

const cache = new WeakMap<Parameters, Map<string, VasteGegevens>>();

function bevroren(s: Stap): Stap {
  return Object.freeze(s);
}

/**
 * Plain text of an amount that already has at most two decimals, always with two: Decimal's `toFixed(2)`
 * rounds again and costs ten times as much, which matters on this path.
 */
function centenTekst(bedrag: Decimal): string {
  const tekst = bedrag.toFixed();
  const punt = tekst.indexOf('.');
  if (punt < 0) return `${tekst}.00`;
  return tekst.length - punt === 2 ? `${tekst}0` : tekst;
}

function bepaalVasteGegevens(peildatumTekst: Datum, leeftijd: number | undefined, parameters: Parameters): VasteGegevens {
  const peildatum = leesIsoDatum(peildatumTekst, 'peildatum', { field: 'peildatum' });
  const jaar = peildatum.slice(0, 4);
  const eersteJanuari = `${jaar}-01-01`;
  try {
    const basis = minimumloon({ peildatum: eersteJanuari, leeftijd, periode: 'maand' }, parameters);
    const vakantiebijslag = waardeOp(parameters.vakantiebijslag, eersteJanuari);
    const figuren = waardeOp(parameters.loonkostensubsidie, eersteJanuari).waarde;
    return {
      basisMetVakantiebijslag: basis.waarde.times(EEN.plus(vakantiebijslag.waarde)),
      figuren,
      stappen: Object.freeze([
        bevroren(
          stap('Minimumloon van 1 januari van het jaar van de peildatum (de subsidie wordt per 1 januari aangepast)', eersteJanuari, LID_7),
        ),
        ...basis.stappen.map(bevroren),
        bevroren(stap('Vakantiebijslag (fractie van het loon)', vakantiebijslag.waarde, vakantiebijslag.artikel)),
        bevroren(stap('Normale werkweek waarnaar de subsidie naar rato gaat (uren)', figuren.normUren, LID_4)),
        bevroren(stap('Vergoeding werkgeverslasten (fractie van de subsidie)', figuren.werkgeverslasten, REGELING)),
      ]),
      maximumStap: bevroren(stap(LABEL_FRACTIE_MAXIMUM, figuren.maximum, LID_4_EN_BELEID)),
      forfaitStap: bevroren(stap('Subsidiefractie: loonwaarde niet vastgesteld, dus het forfait', figuren.forfait, LID_5)),
      perUren: new Map(),
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

function vasteGegevens(peildatum: Datum, leeftijd: number | undefined, parameters: Parameters): VasteGegevens {
  let perParameters = cache.get(parameters);
  if (perParameters === undefined) {
    perParameters = new Map();
    cache.set(parameters, perParameters);
  }
  const sleutel = leeftijd === undefined ? peildatum : `${peildatum}|${leeftijd}`;
  let gegevens = perParameters.get(sleutel);
  if (gegevens === undefined) {
    gegevens = bepaalVasteGegevens(peildatum, leeftijd, parameters);
    if (perParameters.size < MAX_PEILDATA_IN_CACHE) perParameters.set(sleutel, gegevens);
  }
  return gegevens;
}

function bepaalUrenGegevens(vast: VasteGegevens, uren: number): UrenGegevens {
  const { normUren } = vast.figuren;
  const wml = opCenten(uren === normUren ? vast.basisMetVakantiebijslag : vast.basisMetVakantiebijslag.times(uren).div(normUren));
  return {
    wmlMetVakantiebijslag: wml,
    stappen: Object.freeze([
      bevroren({ label: LABEL_UREN, waarde: String(uren), bron: LID_4 }),
      bevroren({ label: LABEL_WMLVB, waarde: centenTekst(wml), bron: LID_4 }),
    ]),
  };
}

function urenGegevens(vast: VasteGegevens, uren: number): UrenGegevens {
  let gegevens = vast.perUren.get(uren);
  if (gegevens === undefined) {
    gegevens = bepaalUrenGegevens(vast, uren);
    if (vast.perUren.size < MAX_UREN_IN_CACHE) vast.perUren.set(uren, gegevens);
  }
  return gegevens;
}

function uitkomst(wml: Decimal, fractie: Decimal, fractieStap: Stap, werkgeverslastenFractie: Decimal): Uitkomst {
  const subsidie = opCenten(wml.times(fractie));
  const werkgeverslasten = opCenten(subsidie.times(werkgeverslastenFractie));
  const totaal = subsidie.plus(werkgeverslasten);
  return {
    totaal,
    stappen: [
      fractieStap,
      { label: LABEL_SUBSIDIE, waarde: centenTekst(subsidie), bron: LID_4 },
      { label: LABEL_WERKGEVERSLASTEN, waarde: centenTekst(werkgeverslasten), bron: REGELING },
      { label: LABEL_TOTAAL, waarde: centenTekst(totaal), bron: LID_4_EN_BELEID },
    ],
  };
}

/** The outcome that does not depend on the loonwaarde (forfait or maximum), computed once per hours. */
function vasteUitkomst(uur: UrenGegevens, soort: 'forfait' | 'maximum', vast: VasteGegevens): Uitkomst {
  let bekend = uur[soort];
  if (bekend === undefined) {
    const { figuren } = vast;
    const fractieStap = soort === 'forfait' ? vast.forfaitStap : vast.maximumStap;
    const berekend = uitkomst(uur.wmlMetVakantiebijslag, figuren[soort], fractieStap, figuren.werkgeverslasten);
    bekend = { totaal: berekend.totaal, stappen: Object.freeze(berekend.stappen.map(bevroren)) };
    uur[soort] = bekend;
  }
  return bekend;
}

function fractieVoor(loonwaarde: number): { fractie: Decimal; stap: Stap } {
  let bekend = fracties.get(loonwaarde);
  if (bekend === undefined) {
    const fractie = EEN.minus(loonwaarde);
    bekend = { fractie, stap: bevroren({ label: LABEL_FRACTIE, waarde: fractie.toFixed(), bron: LID_4_EN_BELEID }) };
    if (fracties.size < MAX_LOONWAARDEN_IN_CACHE) fracties.set(loonwaarde, bekend);
  }
  return bekend;
}

/**
 * LKS per month including werkgeverslasten, with the steps that produce it.
 * @example berekenLoonkostensubsidie({ loonwaarde: 0.6, urenPerWeek: 36, peildatum: '2026-01-01' }).waarde.toFixed(2) // '1224.11'
 * @example berekenLoonkostensubsidie({ loonwaarde: null, urenPerWeek: 36, peildatum: '2026-03-01' }).waarde.toFixed(2) // '1530.14'
 */
export function berekenLoonkostensubsidie(invoer: LoonkostensubsidieInvoer, parameters: Parameters = basisParameters): Resultaat<Decimal> {
  const { loonwaarde, urenPerWeek, voltijdUren } = invoer;
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
  const vast = vasteGegevens(invoer.peildatum, invoer.leeftijd, parameters);
  const uur = urenGegevens(vast, voltijdUren !== undefined && voltijdUren < urenPerWeek ? voltijdUren : urenPerWeek);

  let einde: Uitkomst;
  if (loonwaarde === null) {
    einde = vasteUitkomst(uur, 'forfait', vast);
  } else {
    const { fractie, stap: fractieStap } = fractieVoor(loonwaarde);
    einde = fractie.gt(vast.figuren.maximum)
      ? vasteUitkomst(uur, 'maximum', vast)
      : uitkomst(uur.wmlMetVakantiebijslag, fractie, fractieStap, vast.figuren.werkgeverslasten);
  }
  return { waarde: einde.totaal, stappen: [...vast.stappen, ...uur.stappen, ...einde.stappen] };
}
