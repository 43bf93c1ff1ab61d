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
 */
import Decimal from 'decimal.js';
import { DomeinFout, ongeldig } from '../errors';
import { opCenten, bedragTekst } from '../geld';
import { basisParameters, Parameters } from '../parameters';
import type { Bron } from '../bron';
import { waardeOp } from '../parameters/reeks';
import { leesIsoDatum, Datum, UREN_IN_EEN_WEEK } from '../time/datum';
import { figuurStap, Resultaat, stap } from '../uitleg';
import { maakGeheugen } from './loonkostensubsidie-geheugen';
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

const LID_4: Bron = { regeling: 'Pw', artikel: '10d', lid: '4' };
const LID_5: Bron = { regeling: 'Pw', artikel: '10d', lid: '5' };
const LID_7: Bron = { regeling: 'Pw', artikel: '10d', lid: '7' };
const REGELING: Bron = { regeling: 'Regeling LKS Pw 2021', artikel: '1' };
const LID_4_EN_BELEID = [LID_4, { regeling: 'Beleidsregels beschut werk Avres 2025', artikel: '7', lid: '1' }] as const;

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

/** The figures of 1 January of the peildatum's year (lid 7), with errors that say why that date is asked. */
function figurenVanEersteJanuari(peildatumTekst: Datum, leeftijd: number | undefined, parameters: Parameters) {
  const peildatum = leesIsoDatum(peildatumTekst, 'peildatum', { field: 'peildatum' });
  const jaar = peildatum.slice(0, 4);
  const eersteJanuari = `${jaar}-01-01`;
  try {
    return {
      eersteJanuari,
      minimumloon: minimumloon({ peildatum: eersteJanuari, leeftijd, periode: 'maand' }, parameters),
      vakantiebijslag: waardeOp(parameters.vakantiebijslag, eersteJanuari),
      lks: waardeOp(parameters.loonkostensubsidie, eersteJanuari),
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

/** The formula of Pw art. 10d lid 4, 5 and 7 with its steps. */
function loonkostensubsidie(invoer: LoonkostensubsidieInvoer, parameters: Parameters): Resultaat<Decimal> {
  valideer(invoer);
  const { loonwaarde, urenPerWeek, voltijdUren } = invoer;
  const jan = figurenVanEersteJanuari(invoer.peildatum, invoer.leeftijd, parameters);
  const { normUren, maximum, forfait, werkgeverslasten } = jan.lks.waarde;

  const uren = voltijdUren !== undefined && voltijdUren < urenPerWeek ? voltijdUren : urenPerWeek;
  const wmlMetVakantiebijslag = opCenten(jan.minimumloon.waarde.times(jan.vakantiebijslag.waarde.plus(1)).times(uren).div(normUren));
  const fractie = loonwaarde === null ? forfait : Decimal.min(new Decimal(1).minus(loonwaarde), maximum);
  const subsidie = opCenten(wmlMetVakantiebijslag.times(fractie));
  const vergoeding = opCenten(subsidie.times(werkgeverslasten));
  const totaal = subsidie.plus(vergoeding);

  const fractieStap =
    loonwaarde === null
      ? figuurStap('Subsidiefractie: loonwaarde niet vastgesteld, dus het forfait', forfait, jan.lks, LID_5)
      : new Decimal(1).minus(loonwaarde).gt(maximum)
        ? figuurStap('Subsidiefractie: 1 − loonwaarde is meer dan het maximum, dus het maximum', maximum, jan.lks, LID_4_EN_BELEID)
        : stap('Subsidiefractie: 1 − loonwaarde', fractie, LID_4_EN_BELEID);
  return {
    waarde: totaal,
    stappen: [
      stap('Minimumloon van 1 januari van het jaar van de peildatum (de subsidie wordt per 1 januari aangepast)', jan.eersteJanuari, LID_7),
      ...jan.minimumloon.stappen,
      figuurStap('Vakantiebijslag (fractie van het loon)', jan.vakantiebijslag.waarde, jan.vakantiebijslag),
      figuurStap('Normale werkweek waarnaar de subsidie naar rato gaat (uren)', normUren, jan.lks, LID_4),
      figuurStap('Vergoeding werkgeverslasten (fractie van de subsidie)', werkgeverslasten, jan.lks, REGELING),
      stap('Uren per week die meetellen (hoogstens de volledige werkweek)', uren, LID_4),
      stap(
        'Minimumloon plus vakantiebijslag naar rato van de uren per week, afgerond op centen',
        bedragTekst(wmlMetVakantiebijslag),
        LID_4,
      ),
      fractieStap,
      stap('Loonkostensubsidie zonder werkgeverslasten, afgerond op centen', bedragTekst(subsidie), LID_4),
      stap('Vergoeding werkgeverslasten over de subsidie, afgerond op centen', bedragTekst(vergoeding), REGELING),
      stap('Loonkostensubsidie per maand inclusief werkgeverslasten', bedragTekst(totaal), LID_4_EN_BELEID),
    ],
  };
}

const geheugen = maakGeheugen<Decimal>();

/**
 * LKS per month including werkgeverslasten, with the steps that produce it (shared between equal calls: do not
 * change them).
 * @example berekenLoonkostensubsidie({ loonwaarde: 0.6, urenPerWeek: 36, peildatum: '2026-01-01' }).waarde.toFixed(2) // '1224.11'
 * @example berekenLoonkostensubsidie({ loonwaarde: null, urenPerWeek: 36, peildatum: '2026-03-01' }).waarde.toFixed(2) // '1530.14'
 */
export function berekenLoonkostensubsidie(invoer: LoonkostensubsidieInvoer, parameters: Parameters = basisParameters): Resultaat<Decimal> {
  const { loonwaarde, urenPerWeek, peildatum, voltijdUren, leeftijd } = invoer;
  const sleutel = `${loonwaarde}|${urenPerWeek}|${peildatum}|${voltijdUren}|${leeftijd}`;
  return geheugen.onthoud(parameters, sleutel, () => loonkostensubsidie(invoer, parameters));
}
