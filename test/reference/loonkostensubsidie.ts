/**
 * Reference: the loonkostensubsidie rule as it was on decimal.js (before the integer money core), kept to prove
 * the exact integer implementation equal on random inputs (test/shared/rules/loonkostensubsidie-referentie.test.ts).
 * Not used by the product.
 */
import Decimal from 'decimal.js';
import { DomeinFout, ongeldig } from '../../shared/errors';
import { opCenten, bedragTekst } from '../../shared/geld';
import { basisParameters, Parameters } from '../../shared/parameters';
import type { Bron } from '../../shared/bron';
import { waardeOp } from '../../shared/parameters/reeks';
import { datum, leesIsoDatum, Datum, UREN_IN_EEN_WEEK } from '../../shared/time/datum';
import { Resultaat, stap } from '../../shared/uitleg';
import { minimumloonReferentie as minimumloon } from './wml';

interface LoonkostensubsidieInvoer {
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
  const eersteJanuari = datum(`${jaar}-01-01`);
  try {
    return {
      eersteJanuari,
      minimumloon: minimumloon({ peildatum: eersteJanuari, leeftijd, periode: 'maand' }, parameters),
      vakantiebijslag: waardeOp(parameters.vakantiebijslag, eersteJanuari),
      figuren: waardeOp(parameters.loonkostensubsidie, eersteJanuari).waarde,
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
export function loonkostensubsidieReferentie(
  invoer: LoonkostensubsidieInvoer,
  parameters: Parameters = basisParameters,
): Resultaat<Decimal> {
  valideer(invoer);
  const { loonwaarde, urenPerWeek, voltijdUren } = invoer;
  const jan = figurenVanEersteJanuari(invoer.peildatum, invoer.leeftijd, parameters);
  const { normUren, maximum, forfait, werkgeverslasten } = jan.figuren;

  const uren = voltijdUren !== undefined && voltijdUren < urenPerWeek ? voltijdUren : urenPerWeek;
  const wmlMetVakantiebijslag = opCenten(jan.minimumloon.waarde.times(jan.vakantiebijslag.waarde.plus(1)).times(uren).div(normUren));
  const fractie = loonwaarde === null ? forfait : Decimal.min(new Decimal(1).minus(loonwaarde), maximum);
  const subsidie = opCenten(wmlMetVakantiebijslag.times(fractie));
  const vergoeding = opCenten(subsidie.times(werkgeverslasten));
  const totaal = subsidie.plus(vergoeding);

  const fractieStap =
    loonwaarde === null
      ? stap('Subsidiefractie: loonwaarde niet vastgesteld, dus het forfait', forfait, LID_5)
      : new Decimal(1).minus(loonwaarde).gt(maximum)
        ? stap('Subsidiefractie: 1 − loonwaarde is meer dan het maximum, dus het maximum', maximum, LID_4_EN_BELEID)
        : stap('Subsidiefractie: 1 − loonwaarde', fractie, LID_4_EN_BELEID);
  return {
    waarde: totaal,
    stappen: [
      stap('Minimumloon van 1 januari van het jaar van de peildatum (de subsidie wordt per 1 januari aangepast)', jan.eersteJanuari, LID_7),
      ...jan.minimumloon.stappen,
      stap('Vakantiebijslag (fractie van het loon)', jan.vakantiebijslag.waarde, jan.vakantiebijslag.artikel),
      stap('Normale werkweek waarnaar de subsidie naar rato gaat (uren)', normUren, LID_4),
      stap('Vergoeding werkgeverslasten (fractie van de subsidie)', werkgeverslasten, REGELING),
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
