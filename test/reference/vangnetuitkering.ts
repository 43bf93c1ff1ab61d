/**
 * Reference: the vangnetuitkering rule as it was on decimal.js (before the integer money core), kept to prove the
 * exact integer implementation equal on random inputs (test/shared/rules/vangnetuitkering-referentie.test.ts).
 * Not used by the product.
 */
import Decimal from 'decimal.js';
import { DomeinFout, ongeldig } from '../../shared/errors';
import { opCenten, bedragTekst } from '../../shared/geld';
import { basisParameters, Parameters } from '../../shared/parameters';
import { bekendTotVan, nieuwsteWaarde, ReeksWaarde, waardeOp } from '../../shared/parameters/reeks';
import type { VangnetFiguren } from '../../shared/parameters/figuren';
import { maak } from '../../shared/time/datum';
import { figuurStap, Resultaat, Stap, stap } from '../../shared/uitleg';
import type { Bronnen } from '../../shared/bron';
import { procentNl } from '../../shared/parameters/notatie';

interface VangnetInvoer {
  /** Definitief toegekende gebundelde uitkering of the year (€). */
  definitiefBudget: number;
  /** Netto lasten bijstand and loonkostensubsidie of the year (€). */
  nettoLasten: number;
  /** Tekorten of the two preceding years (€), an overschot as a negative amount; exactly two values. */
  tekortenVorigeTweeJaren?: number[];
  /** The budget year, for the conditions of that year; absent: the latest year whose conditions are known. */
  jaar?: number;
}

const GEEN = new Decimal(0);
const BRON: Bronnen = [{ regeling: 'Pw', artikel: '74' }, { omschrijving: 'Toetsingscommissie vangnetuitkering, voorwaarden' }];

function bedrag(waarde: unknown, naam: string, plaats: { field: 'definitiefBudget' | 'nettoLasten' }, minimum: number): Decimal {
  if (!(typeof waarde === 'number' && Number.isFinite(waarde) && waarde >= minimum)) {
    ongeldig(`${naam} moet een bedrag van ${minimum === 0 ? '0 of meer' : 'meer dan 0'} zijn, niet ${String(waarde)}`, {
      ...plaats,
    });
  }
  return new Decimal(waarde);
}

/** The conditions of a budget year, or of the latest known year; a year without known conditions is refused. */
function voorwaardenVan(jaar: number | undefined, parameters: Parameters): { regels: ReeksWaarde<VangnetFiguren>; jaar: number } {
  if (jaar === undefined) {
    const bekendTot = bekendTotVan(parameters.vangnet);
    const laatste = bekendTot === undefined ? nieuwsteWaarde(parameters.vangnet) : waardeOp(parameters.vangnet, bekendTot);
    return { regels: laatste, jaar: Number((bekendTot ?? laatste.geldigVanaf).slice(0, 4)) };
  }
  if (!(Number.isInteger(jaar) && jaar >= 2015 && jaar <= 2100)) {
    ongeldig(`jaar moet een begrotingsjaar van 2015 tot en met 2100 zijn, niet ${String(jaar)}`, { field: 'jaar' });
  }
  try {
    return { regels: waardeOp(parameters.vangnet, maak(jaar, 1, 1)), jaar };
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

/** The vangnetuitkering for one gemeente and one year, as it was on decimal.js. */
export function vangnetuitkeringReferentie(invoer: VangnetInvoer, parameters: Parameters = basisParameters): Resultaat<Decimal> {
  const budget = bedrag(invoer.definitiefBudget, 'definitief_budget', { field: 'definitiefBudget' }, 0);
  if (budget.isZero())
    ongeldig('definitief_budget moet meer dan 0 zijn: zonder budget is er geen eigen risico te berekenen', { field: 'definitiefBudget' });
  const lasten = bedrag(invoer.nettoLasten, 'netto_lasten', { field: 'nettoLasten' }, 0);
  const vorige = invoer.tekortenVorigeTweeJaren;
  if (vorige !== undefined) {
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

  const { regels, jaar } = voorwaardenVan(invoer.jaar, parameters);
  const f = regels.waarde;
  const stappen: Stap[] = [
    invoer.jaar === undefined
      ? figuurStap('Geen jaar opgegeven, dus het laatste begrotingsjaar waarvan de voorwaarden bekend zijn', jaar, regels)
      : figuurStap(`Voorwaarden vangnetuitkering van begrotingsjaar ${jaar}, geldig vanaf ${regels.geldigVanaf}`, jaar, regels),
  ];

  const tekort = lasten.minus(budget);
  const drempel = budget.times(f.drempel);
  stappen.push(
    stap('Tekort: netto lasten − definitief budget', tekort, BRON),
    stap(`Eigen risico: ${procentNl(f.drempel)} van het definitief budget`, drempel, BRON),
  );
  if (!tekort.gt(drempel)) {
    stappen.push(
      stap(`Het tekort is niet hoger dan ${procentNl(f.drempel)} van het budget: geen vangnetuitkering`, bedragTekst(GEEN), BRON),
    );
    return { waarde: GEEN, stappen };
  }

  if (vorige !== undefined) {
    const cumulatief = tekort.plus(vorige[0]!).plus(vorige[1]!);
    stappen.push(stap('Tekort over drie jaar: dit jaar plus de twee voorgaande jaren (een overschot telt negatief)', cumulatief, BRON));
    if (!cumulatief.gt(drempel)) {
      stappen.push(
        stap(
          `Het tekort over drie jaar is niet hoger dan ${procentNl(f.drempel)} van het budget van dit jaar: geen vangnetuitkering`,
          bedragTekst(GEEN),
          BRON,
        ),
      );
      return { waarde: GEEN, stappen };
    }
  }

  const bovengrens = budget.times(f.bovengrens);
  const tussen = Decimal.min(tekort, bovengrens).minus(drempel);
  const boven = Decimal.max(tekort.minus(bovengrens), GEEN);
  const vergoedingTussen = tussen.times(f.vergoedingTussen);
  const vergoedingBoven = boven.times(f.vergoedingBoven);
  const uitkering = opCenten(vergoedingTussen.plus(vergoedingBoven));
  stappen.push(
    stap(`Deel van het tekort tussen ${procentNl(f.drempel)} en ${procentNl(f.bovengrens)} van het budget`, tussen, BRON),
    stap(`Vergoed: ${procentNl(f.vergoedingTussen)} daarvan`, vergoedingTussen, BRON),
    stap(`Deel van het tekort boven ${procentNl(f.bovengrens)} van het budget`, boven, BRON),
    stap(`Vergoed: ${procentNl(f.vergoedingBoven)} daarvan`, vergoedingBoven, BRON),
    stap('Vangnetuitkering, afgerond op centen (half naar boven)', bedragTekst(uitkering), BRON),
  );
  return { waarde: uitkering, stappen };
}
