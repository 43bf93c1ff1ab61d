/**
 * The money rules beside LKS on the integer core (issue 12, item 1), and the count of places, each against its decimal.js implementation kept
 * in test/reference, in the same process run: 100,000 seeded random inputs per rule that the rule accepts (10,000 for
 * the lists: a reconciliation, a report or a comparison is a year of cases each; the
 * generators of the equality tests, errors left out: a thrown error costs the same on both sides and would hide the
 * arithmetic), the rule with steps and values only, and the catalogue's batch entry with steps and values only.
 * Every figure is min/median/max over several runs; the ratio is against the reference rule with steps (it always
 * built them). Target (issue 12): no rule slower than before, i.e. every ratio ≤ 1x.
 */
import type Decimal from 'decimal.js';
import { evalueerBatch } from '../shared/catalogue/evalueer';
import { begeleidingskostenInCenten } from '../shared/rules/begeleidingskosten';
import { bijstandsnormInCenten } from '../shared/rules/bijstandsnorm';
import { buigOverzicht, type BuigJaar } from '../shared/rules/buig-saldo';
import { dwangsomInCenten } from '../shared/rules/dwangsom';
import { taakstellingPlekkenInHonderdsten } from '../shared/rules/taakstelling';
import { vangnetuitkeringInCenten } from '../shared/rules/vangnetuitkering';
import { vrijlatingInCenten } from '../shared/rules/vrijlating';
import { minimumloonInCenten } from '../shared/rules/wml';
import { viermaandsrapportage } from '../shared/rules/viermaandsrapportage';
import { vergelijkScenario } from '../shared/rules/scenariovergelijking';
import { basisParameters, type Parameters } from '../shared/parameters';
import { datum } from '../shared/time/datum';
import type { Resultaat } from '../shared/uitleg';
import { begeleidingskostenReferentie } from '../test/reference/begeleidingskosten';
import { bijstandsnormReferentie } from '../test/reference/bijstandsnorm';
import { buigOverzichtReferentie } from '../test/reference/buig-saldo';
import { dwangsomReferentie } from '../test/reference/dwangsom';
import { taakstellingPlekkenReferentie } from '../test/reference/taakstelling';
import { vangnetuitkeringReferentie } from '../test/reference/vangnetuitkering';
import { vrijlatingReferentie } from '../test/reference/vrijlating';
import { minimumloonReferentie } from '../test/reference/wml';
import { viermaandsrapportageReferentie } from '../test/reference/viermaandsrapportage';
import { vergelijkScenarioReferentie } from '../test/reference/scenariovergelijking';
import { alsBegeleidingskostenAanroep, begeleidingskostenInvoerGenerator } from '../test/support/begeleidingskosten-invoer';
import { alsBijstandsnormAanroep, bijstandsnormInvoerGenerator } from '../test/support/bijstandsnorm-invoer';
import { buigInvoerGenerator } from '../test/support/buig-invoer';
import { alsDwangsomAanroep, dwangsomGeneratorVan, type DwangsomGeval } from '../test/support/dwangsom-invoer';
import { alsTaakstellingAanroep, taakstellingInvoerGenerator } from '../test/support/taakstelling-invoer';
import { alsVangnetAanroep, vangnetInvoerGenerator } from '../test/support/vangnet-invoer';
import { alsVrijlatingAanroep, vrijlatingInvoerGenerator } from '../test/support/vrijlating-invoer';
import { alsWmlAanroep, wmlInvoerGenerator } from '../test/support/wml-invoer';
import { reconcilieerLks } from '../shared/rules/lks-reconciliatie';
import { reconcilieerLksReferentie } from '../test/reference/lks-reconciliatie';
import { reconciliatieInvoerGenerator } from '../test/support/reconciliatie-invoer';
import { rapportageInvoerGenerator } from '../test/support/viermaandsrapportage-invoer';
import { scenarioGevalGenerator, type ScenarioGeval } from '../test/support/scenariovergelijking-invoer';
import { spreiding, tijd } from './spreiding';

const AANTAL = 100_000;
const RUNS = 5;
const ctx = { vandaag: datum('2026-11-24') };

interface Geldregel<I> {
  naam: string;
  generator: (seed: number) => () => I;
  referentie: (invoer: I, p: Parameters) => Resultaat<unknown>;
  regel: (invoer: I, p: Parameters, opties: { stappen?: boolean }) => Resultaat<unknown>;
  /** The catalogue call; absent for a function that reads the registry (BUIG_SALDO), measured at rule level only. */
  aanroep?: (invoer: I) => { function: string; args: readonly unknown[] };
  /** Inputs per batch when one input is a whole list (a reconciliation, a report): fewer than AANTAL. */
  aantal?: number;
}

/** Inputs per list rule: each is a year of one to three cases, a whole report or comparison. */
const LIJSTEN = 10_000;

const regel = <I>(r: Geldregel<I>): Geldregel<unknown> => r as Geldregel<unknown>;

const REGELS: Geldregel<unknown>[] = [
  regel({
    naam: 'WML',
    generator: wmlInvoerGenerator,
    referentie: minimumloonReferentie,
    regel: minimumloonInCenten,
    aanroep: alsWmlAanroep,
  }),
  regel({
    naam: 'BIJSTANDSNORM',
    generator: bijstandsnormInvoerGenerator,
    referentie: bijstandsnormReferentie,
    regel: bijstandsnormInCenten,
    aanroep: alsBijstandsnormAanroep,
  }),
  regel({
    naam: 'VRIJLATING',
    generator: vrijlatingInvoerGenerator,
    referentie: vrijlatingReferentie,
    regel: vrijlatingInCenten,
    aanroep: alsVrijlatingAanroep,
  }),
  regel({
    naam: 'VANGNETUITKERING',
    generator: vangnetInvoerGenerator,
    referentie: vangnetuitkeringReferentie,
    regel: vangnetuitkeringInCenten,
    aanroep: alsVangnetAanroep,
  }),
  regel<DwangsomGeval>({
    naam: 'DWANGSOM',
    generator: (seed) => dwangsomGeneratorVan(seed, { alleenWet: true }),
    referentie: (g, p) => dwangsomReferentie(g.invoer, p),
    regel: (g, p, opties) => dwangsomInCenten(g.invoer, p, opties),
    aanroep: alsDwangsomAanroep,
  }),
  regel({
    naam: 'BEGELEIDINGSKOSTEN',
    generator: begeleidingskostenInvoerGenerator,
    referentie: begeleidingskostenReferentie,
    regel: begeleidingskostenInCenten,
    aanroep: alsBegeleidingskostenAanroep,
  }),
  regel({
    naam: 'TAAKSTELLING_PLEKKEN',
    generator: taakstellingInvoerGenerator,
    referentie: taakstellingPlekkenReferentie,
    regel: taakstellingPlekkenInHonderdsten,
    aanroep: alsTaakstellingAanroep,
  }),
  regel({
    naam: 'BUIG_SALDO',
    // The registry's amounts are numeric(16,2): the generator's amounts to whole cents, as the registry gives them.
    generator: (seed) => {
      const volgende = buigInvoerGenerator(seed);
      return () => {
        const i = volgende();
        return { ...opCentenJaar(i), vorigeJaren: i.vorigeJaren?.map(opCentenJaar) };
      };
    },
    referentie: buigOverzichtReferentie,
    regel: buigOverzicht,
  }),
  regel({
    naam: 'LKS_RECONCILIATIE',
    aantal: LIJSTEN,
    // A reconciliation of one to three cases over the months of a year, the ledger's amounts as the generator makes them.
    generator: (seed) => reconciliatieInvoerGenerator(seed, { binnenBereik: true }),
    referentie: reconcilieerLksReferentie,
    regel: reconcilieerLks,
  }),
  // The report and the comparison read the registry and have no catalogue function: measured at rule level only.
  regel({
    naam: 'VIERMAANDSRAPPORTAGE',
    aantal: LIJSTEN,
    generator: rapportageInvoerGenerator,
    referentie: viermaandsrapportageReferentie,
    regel: viermaandsrapportage,
  }),
  regel<ScenarioGeval>({
    naam: 'SCENARIOVERGELIJKING',
    aantal: LIJSTEN,
    generator: scenarioGevalGenerator,
    referentie: (g) => vergelijkScenarioReferentie(g.invoer, g.wet, g.scenarioParameters),
    regel: (g, _p, opties) => vergelijkScenario(g.invoer, g.wet, g.scenarioParameters, opties),
  }),
];

function opCentenJaar<J extends BuigJaar>(j: J): J {
  const c = (d: Decimal): Decimal => d.toDecimalPlaces(2);
  return { ...j, bijstand: c(j.bijstand), lks: c(j.lks), budgetten: j.budgetten.map((b) => ({ ...b, bedrag: c(b.bedrag) })) };
}

/** Inputs the reference and the rule accept, so both sides compute rather than throw. */
function geldigeInvoer<I>(r: Geldregel<I>): I[] {
  const volgende = r.generator(20261201);
  const uit: I[] = [];
  while (uit.length < (r.aantal ?? AANTAL)) {
    const i = volgende();
    try {
      r.referentie(i, basisParameters);
      r.regel(i, basisParameters, {});
      uit.push(i);
    } catch {
      // an input the rule refuses: left out (see above)
    }
  }
  return uit;
}

export default async function bench(): Promise<void> {
  console.log(
    `${AANTAL.toLocaleString('nl-NL')} willekeurige geldige invoeren per regel (lijsten ${LIJSTEN.toLocaleString('nl-NL')}), ${RUNS} runs (ms per batch)`,
  );
  for (const r of REGELS) {
    const invoer = geldigeInvoer(r);
    const calls = r.aanroep ? invoer.map(r.aanroep) : undefined;
    const gemeten = {
      referentie: [] as number[],
      regel: [] as number[],
      regelWaarden: [] as number[],
      catalogus: [] as number[],
      catalogusWaarden: [] as number[],
    };
    for (let run = 0; run <= RUNS; run++) {
      const referentie = await tijd(() => invoer.map((i) => r.referentie(i, basisParameters)));
      const metStappen = await tijd(() => invoer.map((i) => r.regel(i, basisParameters, {})));
      const waarden = await tijd(() => invoer.map((i) => r.regel(i, basisParameters, { stappen: false })));
      const catalogus = calls ? await tijd(() => evalueerBatch(calls, ctx)) : Number.NaN;
      const catalogusWaarden = calls ? await tijd(() => evalueerBatch(calls, ctx, { stappen: false })) : Number.NaN;
      if (run === 0) continue;
      gemeten.referentie.push(referentie);
      gemeten.regel.push(metStappen);
      gemeten.regelWaarden.push(waarden);
      gemeten.catalogus.push(catalogus);
      gemeten.catalogusWaarden.push(catalogusWaarden);
    }
    const ref = spreiding(gemeten.referentie).mediaan;
    const x = (ms: number[]): string => `${(spreiding(ms).mediaan / ref).toFixed(2)}x`;
    const catalogus = calls ? `catalogus ${spreiding(gemeten.catalogus).tekst}` : 'catalogus leest het register (alleen de regel gemeten)';
    console.log(
      `${r.naam}: decimal.js-referentie ${spreiding(gemeten.referentie).tekst}, regel ${spreiding(gemeten.regel).tekst}, ${catalogus}`,
    );
    const viaCatalogus = calls ? `; catalogus met stappen ${x(gemeten.catalogus)}, alleen waarden ${x(gemeten.catalogusWaarden)}` : '';
    console.log(
      `  ratio tegen de decimal.js-referentie (doel ≤ 1x): regel met stappen ${x(gemeten.regel)}, alleen waarden ${x(gemeten.regelWaarden)}${viaCatalogus}`,
    );
  }
}
