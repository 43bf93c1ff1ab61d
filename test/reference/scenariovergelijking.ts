/**
 * Reference: the scenario comparison as it was on decimal.js (before the integer money core), kept to prove the
 * exact integer implementation (shared/rules/scenariovergelijking.ts) equal on random inputs
 * (test/shared/rules/scenariovergelijking-referentie.test.ts). Not used by the product.
 */
import Decimal from 'decimal.js';
import { opCenten, bedragTekst } from '../../shared/geld';
import { Parameters } from '../../shared/parameters';
import { nieuwsteWaarde } from '../../shared/parameters/reeks';
import type { Gemeente } from '../../shared/schemas/grootboek';
import type { Kerncijfers, VergelijkingInvoer, VergelijkingRegel } from '../../shared/rules/scenariovergelijking';
import { maak } from '../../shared/time/datum';
import { dagenTussen } from '../../shared/time/kalender';
import { figuurStap, Resultaat, stap } from '../../shared/uitleg';
import { ramingParameters } from '../../shared/parameters/raming';
import { procentNl } from '../../shared/parameters/notatie';
import { begeleidingskosten } from '../../shared/rules/begeleidingskosten';
import type { Dienstverbandperiode } from '../../shared/rules/lks-reconciliatie';
import { verwachteLksReferentie as verwachteLks } from './lks-reconciliatie';
import { plekkenOp } from '../../shared/rules/taakstelling';
import type { Bronnen } from '../../shared/bron';

const STANDAARD_INSTROOMMAAND = 7;
const BRON_SCENARIO: Bronnen = { omschrijving: 'Scenario-aanname (geen wettelijke regel)' };

function verschuif(loonwaarde: number | null, verschuiving: number): number | null {
  if (loonwaarde === null) return null;
  return Math.min(1, Math.max(0, new Decimal(loonwaarde).plus(verschuiving).toNumber()));
}

function instroomPeriodes(
  jaar: number,
  gemeente: Gemeente,
  aantal: number,
  maand: number,
  bestaand: readonly Dienstverbandperiode[],
  plekUren: number,
): Dienstverbandperiode[] {
  const eigen = bestaand.filter((p) => p.gemeente === gemeente);
  const uren = eigen.length === 0 ? plekUren : eigen.reduce((a, p) => a + p.urenPerWeek, 0) / eigen.length;
  const bepaald = eigen.filter((p) => p.loonwaarde !== null);
  const loonwaarde =
    bepaald.length === 0
      ? null
      : new Decimal(bepaald.reduce((a, p) => a + p.loonwaarde!, 0)).div(bepaald.length).toDecimalPlaces(4).toNumber();
  const van = maak(jaar, maand, 1);
  return Array.from({ length: aantal }, (_, i) => ({
    casusnummer: `SCENARIO-${gemeente}-${i + 1}`,
    gemeente,
    van,
    tot: null,
    urenPerWeek: Math.round(uren * 100) / 100,
    loonwaarde,
  }));
}

function begeleiding(
  dienstverbanden: readonly Dienstverbandperiode[],
  gemeente: Gemeente,
  jaar: number,
  bedrag: number,
  parameters: Parameters,
): Decimal {
  const eerste = maak(jaar, 1, 1);
  const laatste = maak(jaar, 12, 31);
  const dagenInJaar = dagenTussen(eerste, laatste) + 1;
  let totaal = new Decimal(0);
  for (const p of dienstverbanden) {
    if (p.gemeente !== gemeente || p.van > laatste || (p.tot !== null && p.tot < eerste)) continue;
    const van = p.van > eerste ? p.van : eerste;
    const tot = p.tot !== null && p.tot < laatste ? p.tot : laatste;
    const perJaar = begeleidingskosten({ urenPerWeek: p.urenPerWeek, rijksbedragPerPlek: bedrag }, parameters).waarde;
    totaal = totaal.plus(perJaar.times(dagenTussen(van, tot) + 1).div(dagenInJaar));
  }
  return opCenten(totaal);
}

/** The scenario beside the baseline for a year, per gemeente. */
export function vergelijkScenarioReferentie(
  invoer: VergelijkingInvoer,
  wet: Parameters,
  scenarioParameters: Parameters,
): Resultaat<VergelijkingRegel[]> {
  const { jaar, scenario } = invoer;
  const w = scenario.wijzigingen;
  const basis = w.raming === undefined ? wet : ramingParameters(wet, w.raming, scenario.naam);
  const instroomMaand = w.instroomMaand ?? STANDAARD_INSTROOMMAAND;
  const verschoven =
    w.loonwaardeVerschuiving === undefined
      ? invoer.dienstverbanden
      : invoer.dienstverbanden.map((p) => ({ ...p, loonwaarde: verschuif(p.loonwaarde, w.loonwaardeVerschuiving!) }));
  const plekUren = nieuwsteWaarde(scenarioParameters.beschutWerk).waarde.taakstellingUren;
  const extra = invoer.gemeenten.flatMap((g) =>
    instroomPeriodes(jaar, g, w.instroom?.[g] ?? 0, instroomMaand, invoer.dienstverbanden, plekUren),
  );
  const scenarioDienstverbanden = [...verschoven, ...extra];

  const lksBasis = verwachteLks(jaar, invoer.dienstverbanden, basis);
  const lksScenario = verwachteLks(jaar, scenarioDienstverbanden, scenarioParameters);
  const jaareinde = maak(jaar, 12, 31);
  const nul = new Decimal(0);

  const regels = invoer.gemeenten.map((gemeente): VergelijkingRegel => {
    const lb = opCenten(lksBasis.get(gemeente) ?? nul);
    const ls = opCenten(lksScenario.get(gemeente) ?? nul);
    const saldo = invoer.buigSaldo[gemeente];
    const basisCijfers: Kerncijfers = {
      lksKosten: lb,
      buigSaldo: saldo ?? null,
      plekkenGerealiseerd: plekkenOp(invoer.dienstverbanden, gemeente, jaareinde, basis),
      begeleidingskosten: null,
    };
    const scenarioCijfers: Kerncijfers = {
      lksKosten: ls,
      buigSaldo: saldo === undefined ? null : saldo.minus(ls.minus(lb)),
      plekkenGerealiseerd: plekkenOp(scenarioDienstverbanden, gemeente, jaareinde, scenarioParameters),
      begeleidingskosten:
        w.begeleidingPerPlek === undefined
          ? null
          : begeleiding(scenarioDienstverbanden, gemeente, jaar, w.begeleidingPerPlek, scenarioParameters),
    };
    return {
      gemeente,
      basis: basisCijfers,
      scenario: scenarioCijfers,
      verschil: {
        lksKosten: ls.minus(lb),
        buigSaldo: saldo === undefined ? null : scenarioCijfers.buigSaldo!.minus(saldo),
        plekkenGerealiseerd: scenarioCijfers.plekkenGerealiseerd.minus(basisCijfers.plekkenGerealiseerd),
        begeleidingskosten: null,
      },
    };
  });

  const stappen = [
    stap(`Scenario "${scenario.naam}"${scenario.omschrijving ? `: ${scenario.omschrijving}` : ''}`, scenario.ingangsdatum ?? 'hele reeks', {
      omschrijving: 'Scenario',
    }),
    ...(w.raming !== undefined
      ? [
          figuurStap(
            `Raming: cijfers na het bekende bereik doorgetrokken vanaf ${w.raming.vanaf}` +
              (w.raming.indexatiePerHalfjaar !== undefined
                ? `, ${procentNl(new Decimal(w.raming.indexatiePerHalfjaar))} per halfjaar`
                : '') +
              '; ook in de basis',
            w.raming.tot ?? `${Number(w.raming.vanaf.slice(0, 4)) + 1}-12-31`,
            { artikel: { omschrijving: 'Scenario (raming)' }, raming: scenario.naam },
          ),
        ]
      : []),
    ...(w.wmlFactor !== undefined
      ? [stap('Minimumloon × factor', w.wmlFactor, { omschrijving: 'Scenario op WML art. 8 (Pw art. 10d lid 4 en 7)' })]
      : []),
    ...(w.lksMaximum !== undefined
      ? [
          stap('Maximum loonkostensubsidie (fractie van WML + vakantiebijslag)', w.lksMaximum, {
            omschrijving: 'Scenario op Pw art. 10d lid 4',
          }),
        ]
      : []),
    ...(w.werkgeverslasten !== undefined
      ? [stap('Vergoeding werkgeverslasten (fractie)', w.werkgeverslasten, { omschrijving: 'Scenario op Regeling LKS Pw 2021 art. 1' })]
      : []),
    ...(w.loonwaardeVerschuiving !== undefined
      ? [stap('Verschuiving van elke vastgestelde loonwaarde', w.loonwaardeVerschuiving, BRON_SCENARIO)]
      : []),
    ...(extra.length > 0
      ? [
          stap(
            `Extra instroom: ${extra.length} dienstverbanden vanaf ${maak(jaar, instroomMaand, 1)}, met gemiddelde uren en loonwaarde van de gemeente`,
            extra.length,
            BRON_SCENARIO,
          ),
        ]
      : []),
    ...(w.begeleidingPerPlek !== undefined
      ? [
          stap('Rijksbedrag begeleiding per plek per jaar', bedragTekst(new Decimal(w.begeleidingPerPlek)), {
            regeling: 'Beleidsregels beschut werk Avres 2025',
            artikel: '7',
            lid: '2',
            onder: 'c',
            toelichting: 'bedrag: scenario',
          }),
        ]
      : []),
    stap('LKS-kosten: de regel per casus en maand, deel van een maand naar rato van kalenderdagen', jaar, {
      regeling: 'Pw',
      artikel: '10d',
      lid: '4, 5 en 7',
    }),
    stap('BUIG-saldo scenario: saldo volgens register − extra LKS-kosten van het scenario', jaar, {
      regeling: 'Pw',
      artikel: '69',
      lid: '1',
    }),
    stap(`Plekken gerealiseerd: dienstverbanden op 31 december, uren/${plekUren} per persoon, hoogstens 1`, jaareinde, {
      regeling: 'Beleidsregels beschut werk Avres 2025',
      artikel: '6',
      lid: '6',
    }),
  ];
  return { waarde: regels, stappen };
}
