/**
 * Vangnetuitkering: the part of a gemeente's tekort on the BUIG (gebundelde uitkering) that the Rijk compensates.
 *
 * Participatiewet art. 74 with the Besluit Participatiewet; conditions as published by the Toetsingscommissie
 * vangnetuitkering Participatiewet ("Voorwaarden 2025", FACTS.md §4): a tekort of more than 7,5 % of the
 * definitief toegekende gebundelde uitkering, and a tekort cumulated over three years (this year and the two
 * before) of more than 7,5 % of this year's budget; compensated is "50 % van het tekort tussen 7,5 % en 12,5 %,
 * 100 % boven 12,5 %".
 *
 * Readings: in the three-year test overschotten offset tekorten (FACTS.md §8.12), so a prior year's overschot is
 * a negative amount; the three-year test applies only when the two prior years are given. Not modelled: the
 * deduction of unrechtmatige bestedingen above the BADO norm, the council statement on tekortreductie, and the
 * uitgebreid vangnet from 2025 (threshold 5 %, Stb. 2025, 222), whose compensation percentages inside the 5 % and
 * 2,5 % bands are NOT VERIFIED and therefore not invented here. The vangnet is per gemeente, never per Avres
 * (Pw art. 8c). The result is rounded to cents, half up, once at the end.
 *
 * The amounts are exact integers (../breuk.ts: a cell's double read as its decimal text, bigint where a budget
 * times a percentage passes 2^53); steps are built only when asked, their labels made once per year's conditions.
 */
import Decimal from 'decimal.js';
import {
  Breuk,
  Centen,
  decimalAlsBreuk,
  getalAlsBreuk,
  getalAlsSaldo,
  groterDan,
  heleCentenAlsTekst,
  heleCentenHalfNaarBoven,
  maal,
  Saldo,
  saldoTekst,
  som,
  verschil,
} from '../breuk';
import { resultaatAlsDecimal } from '../geld';
import { DomeinFout, ongeldig } from '../errors';
import { basisParameters, Parameters } from '../parameters';
import { bekendTotVan, nieuwsteWaarde, Reeks, ReeksWaarde, waardeOp } from '../parameters/reeks';
import type { VangnetFiguren } from '../parameters/figuren';
import { maak } from '../time/datum';
import { Resultaat, Stap, stap, GEEN_STAPPEN, StapOpties, gedeeldeFiguurStap } from '../uitleg';
import type { Bronnen } from '../bron';
import { procentNl } from '../parameters/notatie';

export interface VangnetInvoer {
  /** Definitief toegekende gebundelde uitkering of the year (€). */
  definitiefBudget: number;
  /** Netto lasten bijstand and loonkostensubsidie of the year (€). */
  nettoLasten: number;
  /** Tekorten of the two preceding years (€), an overschot as a negative amount; exactly two values. */
  tekortenVorigeTweeJaren?: number[];
  /** The budget year, for the conditions of that year; absent: the latest year whose conditions are known. */
  jaar?: number;
}

const BRON: Bronnen = [{ regeling: 'Pw', artikel: '74' }, { omschrijving: 'Toetsingscommissie vangnetuitkering, voorwaarden' }];

const LABEL = {
  zonderJaar: 'Geen jaar opgegeven, dus het laatste begrotingsjaar waarvan de voorwaarden bekend zijn',
  tekort: 'Tekort: netto lasten − definitief budget',
  driejaars: 'Tekort over drie jaar: dit jaar plus de twee voorgaande jaren (een overschot telt negatief)',
  uitkering: 'Vangnetuitkering, afgerond op centen (half naar boven)',
} as const;

const GEEN_CENTEN = heleCentenAlsTekst(0);

function bedrag(waarde: unknown, naam: string, plaats: { field: 'definitiefBudget' | 'nettoLasten' }, minimum: number): Breuk {
  if (!(typeof waarde === 'number' && Number.isFinite(waarde) && waarde >= minimum)) {
    ongeldig(`${naam} moet een bedrag van ${minimum === 0 ? '0 of meer' : 'meer dan 0'} zijn, niet ${String(waarde)}`, {
      ...plaats,
    });
  }
  return getalAlsBreuk(waarde);
}

/** The conditions of one budget year, exact, with the labels and steps that rest on them, made once. */
interface Voorwaarden {
  jaar: number;
  drempel: Breuk;
  bovengrens: Breuk;
  vergoedingTussen: Breuk;
  vergoedingBoven: Breuk;
  /** The first step: which year's conditions (frozen, shared between results). */
  jaarStap: Stap;
  label: { drempel: string; tussen: string; vergoedingTussen: string; boven: string; vergoedingBoven: string };
  /** The closing steps of a tekort too small for the vangnet, this year or over three years. */
  geenStap: Stap;
  geenDriejaarsStap: Stap;
}

/**
 * Per figure of the series (immutable), per year it is used for (one figure may hold for several) and per way the
 * year was chosen: read once, not per call.
 */
const voorwaardenPerFiguur = new WeakMap<ReeksWaarde<VangnetFiguren>, Map<number, Voorwaarden>>();

function voorwaardenUit(regels: ReeksWaarde<VangnetFiguren>, jaar: number, jaarGegeven: boolean): Voorwaarden {
  let perJaar = voorwaardenPerFiguur.get(regels);
  if (perJaar === undefined) {
    perJaar = new Map();
    voorwaardenPerFiguur.set(regels, perJaar);
  }
  // A number, not text: a key built per call would be a string allocated and hashed per call.
  const sleutel = jaar * 2 + (jaarGegeven ? 1 : 0);
  let v = perJaar.get(sleutel);
  if (v === undefined) {
    const f = regels.waarde;
    const [drempel, bovengrens, tussen, boven] = [f.drempel, f.bovengrens, f.vergoedingTussen, f.vergoedingBoven].map(procentNl);
    v = {
      jaar,
      drempel: decimalAlsBreuk(f.drempel),
      bovengrens: decimalAlsBreuk(f.bovengrens),
      vergoedingTussen: decimalAlsBreuk(f.vergoedingTussen),
      vergoedingBoven: decimalAlsBreuk(f.vergoedingBoven),
      jaarStap: jaarGegeven
        ? gedeeldeFiguurStap(`Voorwaarden vangnetuitkering van begrotingsjaar ${jaar}, geldig vanaf ${regels.geldigVanaf}`, jaar, regels)
        : gedeeldeFiguurStap(LABEL.zonderJaar, jaar, regels),
      label: {
        drempel: `Eigen risico: ${drempel} van het definitief budget`,
        tussen: `Deel van het tekort tussen ${drempel} en ${bovengrens} van het budget`,
        vergoedingTussen: `Vergoed: ${tussen} daarvan`,
        boven: `Deel van het tekort boven ${bovengrens} van het budget`,
        vergoedingBoven: `Vergoed: ${boven} daarvan`,
      },
      geenStap: Object.freeze(stap(`Het tekort is niet hoger dan ${drempel} van het budget: geen vangnetuitkering`, GEEN_CENTEN, BRON)),
      geenDriejaarsStap: Object.freeze(
        stap(
          `Het tekort over drie jaar is niet hoger dan ${drempel} van het budget van dit jaar: geen vangnetuitkering`,
          GEEN_CENTEN,
          BRON,
        ),
      ),
    };
    perJaar.set(sleutel, v);
  }
  return v;
}

/** Without a year: the latest known year of a series, found once per series. */
const laatsteBekendeJaar = new WeakMap<Reeks<VangnetFiguren>, { regels: ReeksWaarde<VangnetFiguren>; jaar: number }>();

/** The conditions of a budget year, or of the latest known year; a year without known conditions is refused. */
function voorwaardenVan(jaar: number | undefined, parameters: Parameters): Voorwaarden {
  if (jaar === undefined) {
    let laatste = laatsteBekendeJaar.get(parameters.vangnet);
    if (laatste === undefined) {
      const bekendTot = bekendTotVan(parameters.vangnet);
      const regels = bekendTot === undefined ? nieuwsteWaarde(parameters.vangnet) : waardeOp(parameters.vangnet, bekendTot);
      laatste = { regels, jaar: Number((bekendTot ?? regels.geldigVanaf).slice(0, 4)) };
      laatsteBekendeJaar.set(parameters.vangnet, laatste);
    }
    return voorwaardenUit(laatste.regels, laatste.jaar, false);
  }
  if (!(Number.isInteger(jaar) && jaar >= 2015 && jaar <= 2100)) {
    ongeldig(`jaar moet een begrotingsjaar van 2015 tot en met 2100 zijn, niet ${String(jaar)}`, { field: 'jaar' });
  }
  try {
    return voorwaardenUit(waardeOp(parameters.vangnet, maak(jaar, 1, 1)), jaar, true);
  } catch (e) {
    if (!(e instanceof DomeinFout && e.code === 'BUITEN_PARAMETERBEREIK')) throw e;
    const eerste = parameters.vangnet.waarden[0]?.geldigVanaf.slice(0, 4);
    const laatste = bekendTotVan(parameters.vangnet)?.slice(0, 4);
    throw new DomeinFout(
      'BUITEN_PARAMETERBEREIK',
      `De voorwaarden van de vangnetuitkering voor begrotingsjaar ${jaar} zijn niet bekend; bekend zijn ${eerste ?? '?'} tot en met ${laatste ?? '?'}. ` +
        'Een beheerder legt de voorwaarden van een nieuw jaar vast, of reken met een raming-scenario (het argument scenario).',
      { field: 'jaar' },
    );
  }
}

function valideerVorige(vorige: number[] | undefined): void {
  if (vorige === undefined) return;
  if (vorige.length !== 2) {
    ongeldig(
      `tekorten_vorige_twee_jaren moet precies twee bedragen bevatten (het tekort van elk van de twee voorgaande jaren, een overschot negatief), niet ${vorige.length}`,
      { field: 'tekortenVorigeTweeJaren' },
    );
  }
  for (const w of vorige) {
    if (!(typeof w === 'number' && Number.isFinite(w)))
      ongeldig(`tekorten_vorige_twee_jaren mag alleen bedragen bevatten, niet ${String(w)}`, { field: 'tekortenVorigeTweeJaren' });
  }
}

const HONDERD: Breuk = { teller: 100, noemer: 1 };
const NUL: Breuk = { teller: 0, noemer: 1 };

/**
 * The vangnetuitkering for one gemeente and one year in whole cents, rounded half up once at the end; the steps
 * only when `stappen` is not false.
 * @example vangnetuitkeringInCenten({ definitiefBudget: 10_000_000, nettoLasten: 11_500_000 }).waarde // 50000000
 * @example vangnetuitkeringInCenten({ definitiefBudget: 1e7, nettoLasten: 1e7 }, basisParameters, { stappen: false }).stappen // []
 */
export function vangnetuitkeringInCenten(
  invoer: VangnetInvoer,
  parameters: Parameters = basisParameters,
  opties: StapOpties = {},
): Resultaat<Centen> {
  const budget = bedrag(invoer.definitiefBudget, 'definitief_budget', { field: 'definitiefBudget' }, 0);
  if (budget.teller === 0)
    ongeldig('definitief_budget moet meer dan 0 zijn: zonder budget is er geen eigen risico te berekenen', { field: 'definitiefBudget' });
  const lasten = bedrag(invoer.nettoLasten, 'netto_lasten', { field: 'nettoLasten' }, 0);
  const vorige = invoer.tekortenVorigeTweeJaren;
  valideerVorige(vorige);
  const v = voorwaardenVan(invoer.jaar, parameters);
  const metStappen = opties.stappen !== false;

  const tekort = verschil(lasten, budget);
  const drempel = maal(budget, v.drempel);
  const stappen: Stap[] = metStappen
    ? [v.jaarStap, stap(LABEL.tekort, saldoTekst(tekort), BRON), stap(v.label.drempel, saldoTekst(drempel), BRON)]
    : GEEN_STAPPEN;
  if (!groterDan(tekort, drempel)) {
    if (metStappen) stappen.push(v.geenStap);
    return { waarde: 0, stappen };
  }

  if (vorige !== undefined) {
    const cumulatief: Saldo = som(som(tekort, getalAlsSaldo(vorige[0]!)), getalAlsSaldo(vorige[1]!));
    if (metStappen) stappen.push(stap(LABEL.driejaars, saldoTekst(cumulatief), BRON));
    if (!groterDan(cumulatief, drempel)) {
      if (metStappen) stappen.push(v.geenDriejaarsStap);
      return { waarde: 0, stappen };
    }
  }

  const bovengrens = maal(budget, v.bovengrens);
  const voorbijBovengrens = groterDan(tekort, bovengrens);
  const tussen = verschil(voorbijBovengrens ? bovengrens : tekort, drempel);
  const boven = voorbijBovengrens ? verschil(tekort, bovengrens) : NUL;
  const vergoedingTussen = maal(tussen, v.vergoedingTussen);
  const vergoedingBoven = maal(boven, v.vergoedingBoven);
  const uitkering = heleCentenHalfNaarBoven(maal(som(vergoedingTussen, vergoedingBoven), HONDERD));
  if (metStappen) {
    stappen.push(
      stap(v.label.tussen, saldoTekst(tussen), BRON),
      stap(v.label.vergoedingTussen, saldoTekst(vergoedingTussen), BRON),
      stap(v.label.boven, saldoTekst(boven), BRON),
      stap(v.label.vergoedingBoven, saldoTekst(vergoedingBoven), BRON),
      stap(LABEL.uitkering, heleCentenAlsTekst(uitkering), BRON),
    );
  }
  return { waarde: uitkering, stappen };
}

/**
 * The vangnetuitkering for one gemeente and one year as a Decimal of euros, with the steps.
 * @example vangnetuitkering({ definitiefBudget: 10_000_000, nettoLasten: 11_500_000 }).waarde.toFixed(2) // '500000.00'
 */
export function vangnetuitkering(invoer: VangnetInvoer, parameters: Parameters = basisParameters): Resultaat<Decimal> {
  return resultaatAlsDecimal(vangnetuitkeringInCenten(invoer, parameters));
}
