/**
 * A scenario beside the baseline, for a year per gemeente: LKS cost (Pw art. 10d via the LKS rule), BUIG saldo
 * (Pw art. 69), places realised for the taakstelling (Beleidsregels beschut werk Avres 2025 art. 6 lid 6) and,
 * when the scenario names a Rijk amount per place, begeleidingskosten (art. 7 lid 2 onder c).
 *
 * The scenario's legal figures come in as its `Parameters` (see parameters/scenario.ts); its other inputs are
 * applied to the cases here. A raming is a projection of the law, not a policy choice: it is applied to the
 * baseline too, so a year past the known figures (a 2027 budget) compares, and a step marked raming says so.
 * Readings chosen:
 * - LKS cost: the rule's LKS for every case-month of the year, pro rata by calendar days (as the reconciliation).
 * - loonwaardeVerschuiving: added to every determined loonwaarde, kept within 0…1; the lid 5 forfait stays.
 * - instroom: N extra dienstverbanden from the first day of `instroomMaand` (default July, the average start of
 *   an even spread) to the end of the year, each with the gemeente's average hours and average determined
 *   loonwaarde over its dienstverbanden of the year (none: the policy week of art. 6 lid 6, 31 hours, and the forfait).
 * - BUIG saldo: the baseline's saldo from the registry (budget − ledger lasten) minus the extra LKS cost of the
 *   scenario; null when no budget is stored.
 * - Places realised: the dienstverbanden on 31 December, uren/31 per person, at most 1.
 * - Begeleidingskosten: the amount per place per year × uren/31 (at most 1) × the share of the year covered; the
 *   baseline has none, as no Rijk amount per place has been verified (FACTS §7).
 *
 * The amounts are exact (../breuk.ts): the LKS cost per gemeente in whole cents (rounded half up, as before, where
 * the sum of the rule's cents would need it), the BUIG saldo as the registry's exact Saldo less the extra cost, the
 * begeleidingskosten as one exact fraction Σ cents per year × days / days in the year, rounded once to cents half
 * up (no statute prescribes a rounding of these totals), places in hundredths; the loonwaarde shift and the average
 * loonwaarde of the instroom (rounded to four decimals half up) are exact fractions of the doubles they read.
 * Steps are built only when asked.
 */
import Decimal from 'decimal.js';
import {
  Breuk,
  centen,
  Centen,
  centenHalfNaarBoven,
  decimalAlsSaldo,
  getalAlsBreuk,
  getalAlsSaldo,
  heleCentenHalfNaarBoven,
  maal,
  saldoAlsBedragTekst,
  saldoAlsGetal,
  centenAlsSaldo,
  som,
  verschil,
} from '../breuk';
import { centenAlsDecimal, saldoAlsDecimal } from '../geld';
import { Parameters } from '../parameters';
import { nieuwsteWaarde } from '../parameters/reeks';
import type { Scenario } from '../parameters/scenario';
import type { Gemeente } from '../schemas/grootboek';
import { maak } from '../time/datum';
import { dagenTussen } from '../time/kalender';
import { ALLEEN_WAARDEN, figuurStap, GEEN_STAPPEN, Resultaat, stap, StapOpties } from '../uitleg';
import { ramingParameters } from '../parameters/raming';
import { procentNl } from '../parameters/notatie';
import { begeleidingskostenInCenten } from './begeleidingskosten';
import { Dienstverbandperiode, verwachteLksInCenten } from './lks-reconciliatie';
import { LKS_REGEL } from './loonkostensubsidie';
import { plekkenOpInHonderdsten } from './taakstelling';
import type { Bronnen } from '../bron';

export interface Kerncijfers {
  lksKosten: Decimal;
  buigSaldo: Decimal | null;
  plekkenGerealiseerd: Decimal;
  begeleidingskosten: Decimal | null;
}

export interface VergelijkingRegel {
  gemeente: Gemeente;
  basis: Kerncijfers;
  scenario: Kerncijfers;
  /** Scenario − basis; null where either side is null. */
  verschil: { lksKosten: Decimal; buigSaldo: Decimal | null; plekkenGerealiseerd: Decimal; begeleidingskosten: Decimal | null };
}

export interface VergelijkingInvoer {
  jaar: number;
  gemeenten: readonly Gemeente[];
  dienstverbanden: readonly Dienstverbandperiode[];
  /** The baseline BUIG saldo per gemeente from the registry; absent when no budget is stored. */
  buigSaldo: Partial<Record<Gemeente, Decimal>>;
  scenario: Scenario;
}

const STANDAARD_INSTROOMMAAND = 7;
const BRON_SCENARIO: Bronnen = { omschrijving: 'Scenario-aanname (geen wettelijke regel)' };
const BRON_OMSCHRIJVING: Bronnen = { omschrijving: 'Scenario' };
const BRON_WML: Bronnen = { omschrijving: 'Scenario op WML art. 8 (Pw art. 10d lid 4 en 7)' };
const BRON_MAXIMUM: Bronnen = { omschrijving: 'Scenario op Pw art. 10d lid 4' };
const BRON_WERKGEVERSLASTEN: Bronnen = { omschrijving: 'Scenario op Regeling LKS Pw 2021 art. 1' };
const BRON_BEGELEIDING: Bronnen = {
  regeling: 'Beleidsregels beschut werk Avres 2025',
  artikel: '7',
  lid: '2',
  onder: 'c',
  toelichting: 'bedrag: scenario',
};
const BRON_BUIG: Bronnen = { regeling: 'Pw', artikel: '69', lid: '1' };
const BRON_PLEKKEN: Bronnen = { regeling: 'Beleidsregels beschut werk Avres 2025', artikel: '6', lid: '6' };

const LABEL = {
  wmlFactor: 'Minimumloon × factor',
  lksMaximum: 'Maximum loonkostensubsidie (fractie van WML + vakantiebijslag)',
  werkgeverslasten: 'Vergoeding werkgeverslasten (fractie)',
  loonwaardeVerschuiving: 'Verschuiving van elke vastgestelde loonwaarde',
  begeleidingPerPlek: 'Rijksbedrag begeleiding per plek per jaar',
  lks: 'LKS-kosten: de regel per casus en maand, deel van een maand naar rato van kalenderdagen',
  buig: 'BUIG-saldo scenario: saldo volgens register − extra LKS-kosten van het scenario',
} as const;

const NUL: Breuk = { teller: 0, noemer: 1 };
const TIENDUIZENDSTEN = 10_000;

/** A loonwaarde plus the shift, exactly (the doubles read as their decimal text), kept within 0…1. */
function verschuif(loonwaarde: number | null, verschuiving: number): number | null {
  if (loonwaarde === null) return null;
  return Math.min(1, Math.max(0, saldoAlsGetal(som(getalAlsSaldo(loonwaarde), getalAlsSaldo(verschuiving)))));
}

/** The average of loonwaarden summed as doubles, rounded to four decimals half up. */
function gemiddeldeLoonwaarde(somVanLoonwaarden: number, aantal: number): number {
  const tienduizendsten = centenHalfNaarBoven(maal(getalAlsBreuk(somVanLoonwaarden), { teller: TIENDUIZENDSTEN, noemer: aantal }));
  return tienduizendsten / TIENDUIZENDSTEN;
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
      : gemiddeldeLoonwaarde(
          bepaald.reduce((a, p) => a + p.loonwaarde!, 0),
          bepaald.length,
        );
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

/** Σ begeleidingskosten per year × days covered / days in the year, in whole cents rounded once half up. */
function begeleiding(
  dienstverbanden: readonly Dienstverbandperiode[],
  gemeente: Gemeente,
  jaar: number,
  bedrag: number,
  parameters: Parameters,
): Centen {
  const eerste = maak(jaar, 1, 1);
  const laatste = maak(jaar, 12, 31);
  const dagenInJaar = dagenTussen(eerste, laatste) + 1;
  // Cents × days: the numerator of the one fraction over the days in the year.
  let centenMaalDagen = NUL;
  for (const p of dienstverbanden) {
    if (p.gemeente !== gemeente || p.van > laatste || (p.tot !== null && p.tot < eerste)) continue;
    const van = p.van > eerste ? p.van : eerste;
    const tot = p.tot !== null && p.tot < laatste ? p.tot : laatste;
    const perJaar = begeleidingskostenInCenten(
      { urenPerWeek: p.urenPerWeek, rijksbedragPerPlek: bedrag },
      parameters,
      ALLEEN_WAARDEN,
    ).waarde;
    centenMaalDagen = som(centenMaalDagen, maal(centen(perJaar), centen(dagenTussen(van, tot) + 1)));
  }
  return heleCentenHalfNaarBoven(maal(centenMaalDagen, { teller: 1, noemer: dagenInJaar }));
}

/**
 * The scenario beside the baseline for a year, per gemeente; the steps only when `stappen` is not false.
 * @example vergelijkScenario({ jaar: 2026, gemeenten: ['Gorinchem'], dienstverbanden, buigSaldo: {},
 *   scenario: { naam: 'lw-min-5', wijzigingen: { loonwaardeVerschuiving: -0.05 } } }, basisParameters, basisParameters).waarde[0].verschil.lksKosten
 * @example vergelijkScenario({ jaar: 2026, gemeenten: ['Gorinchem'], dienstverbanden: [], buigSaldo: {},
 *   scenario: { naam: 'leeg', wijzigingen: {} } }, basisParameters, basisParameters, { stappen: false }).stappen // []
 */
export function vergelijkScenario(
  invoer: VergelijkingInvoer,
  wet: Parameters,
  scenarioParameters: Parameters,
  opties: StapOpties = {},
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

  const lksBasis = verwachteLksInCenten(jaar, invoer.dienstverbanden, basis);
  const lksScenario = verwachteLksInCenten(jaar, scenarioDienstverbanden, scenarioParameters);
  const jaareinde = maak(jaar, 12, 31);

  const regels = invoer.gemeenten.map((gemeente): VergelijkingRegel => {
    // In whole cents; none without a dienstverband in the gemeente.
    const lb = lksBasis.get(gemeente) ?? 0;
    const ls = lksScenario.get(gemeente) ?? 0;
    const extraLks = verschil(centenAlsSaldo(ls), centenAlsSaldo(lb));
    const saldo = invoer.buigSaldo[gemeente];
    const saldoScenario = saldo === undefined ? undefined : verschil(decimalAlsSaldo(saldo), extraLks);
    const plekkenBasis = plekkenOpInHonderdsten(invoer.dienstverbanden, gemeente, jaareinde, basis);
    const plekkenScenario = plekkenOpInHonderdsten(scenarioDienstverbanden, gemeente, jaareinde, scenarioParameters);
    const basisCijfers: Kerncijfers = {
      lksKosten: centenAlsDecimal(lb),
      buigSaldo: saldo ?? null,
      plekkenGerealiseerd: centenAlsDecimal(plekkenBasis),
      begeleidingskosten: null,
    };
    const scenarioCijfers: Kerncijfers = {
      lksKosten: centenAlsDecimal(ls),
      buigSaldo: saldoScenario === undefined ? null : saldoAlsDecimal(saldoScenario),
      plekkenGerealiseerd: centenAlsDecimal(plekkenScenario),
      begeleidingskosten:
        w.begeleidingPerPlek === undefined
          ? null
          : centenAlsDecimal(begeleiding(scenarioDienstverbanden, gemeente, jaar, w.begeleidingPerPlek, scenarioParameters)),
    };
    return {
      gemeente,
      basis: basisCijfers,
      scenario: scenarioCijfers,
      verschil: {
        lksKosten: saldoAlsDecimal(extraLks),
        buigSaldo: saldoScenario === undefined ? null : saldoAlsDecimal(verschil(saldoScenario, decimalAlsSaldo(saldo!))),
        plekkenGerealiseerd: centenAlsDecimal(plekkenScenario - plekkenBasis),
        begeleidingskosten: null,
      },
    };
  });
  if (opties.stappen === false) return { waarde: regels, stappen: GEEN_STAPPEN };

  const stappen = [
    stap(
      `Scenario "${scenario.naam}"${scenario.omschrijving ? `: ${scenario.omschrijving}` : ''}`,
      scenario.ingangsdatum ?? 'hele reeks',
      BRON_OMSCHRIJVING,
    ),
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
    ...(w.wmlFactor !== undefined ? [stap(LABEL.wmlFactor, w.wmlFactor, BRON_WML)] : []),
    ...(w.lksMaximum !== undefined ? [stap(LABEL.lksMaximum, w.lksMaximum, BRON_MAXIMUM)] : []),
    ...(w.werkgeverslasten !== undefined ? [stap(LABEL.werkgeverslasten, w.werkgeverslasten, BRON_WERKGEVERSLASTEN)] : []),
    ...(w.loonwaardeVerschuiving !== undefined ? [stap(LABEL.loonwaardeVerschuiving, w.loonwaardeVerschuiving, BRON_SCENARIO)] : []),
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
      ? [stap(LABEL.begeleidingPerPlek, saldoAlsBedragTekst(getalAlsSaldo(w.begeleidingPerPlek)), BRON_BEGELEIDING)]
      : []),
    stap(LABEL.lks, jaar, LKS_REGEL),
    stap(LABEL.buig, jaar, BRON_BUIG),
    stap(`Plekken gerealiseerd: dienstverbanden op 31 december, uren/${plekUren} per persoon, hoogstens 1`, jaareinde, BRON_PLEKKEN),
  ];
  return { waarde: regels, stappen };
}
