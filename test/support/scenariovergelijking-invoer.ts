/**
 * Seeded random inputs of the scenario comparison that caches cannot help with, each with the scenario's
 * parameters: scenarios with every kind of wijziging and none (a WML factor, an LKS cap and werkgeverslasten, at
 * round values and full double precision, from the start of the series or from an ingangsdatum, a raming into the
 * leap year 2028, a Rijk amount per place in whole euros, at full precision and on half a cent, a loonwaarde shift,
 * extra instroom in any month), years with known figures, projected ones and years outside them (errors);
 * dienstverbanden in and around the year (./dienstverbandperiode-invoer.ts); BUIG saldi absent, in whole cents,
 * negative, at full precision and past 20 significant digits. The legal parts come from a fixed set whose
 * parameters are built once, as the registry builds them once per scenario. Shared by the equality test against
 * the reference implementation and the benchmark.
 */
import Decimal from 'decimal.js';
import { basisParameters, type Parameters } from '../../shared/parameters';
import { scenarioParameters, type Scenario } from '../../shared/parameters/scenario';
import type { VergelijkingInvoer } from '../../shared/rules/scenariovergelijking';
import { GEMEENTEN, type Gemeente, type ScenarioWijzigingen } from '../../shared/schemas/grootboek';
import { datum } from '../../shared/time/datum';
import { dienstverbandperiodes } from './dienstverbandperiode-invoer';
import { trekking, type Trekking } from './grootboek-generator';

export interface ScenarioGeval {
  invoer: VergelijkingInvoer;
  wet: Parameters;
  scenarioParameters: Parameters;
}

type Wettelijk = Pick<ScenarioWijzigingen, 'wmlFactor' | 'lksMaximum' | 'werkgeverslasten' | 'raming'>;

const RAMING: Wettelijk['raming'] = { vanaf: datum('2027-01-01'), tot: datum('2028-12-31'), indexatiePerHalfjaar: 0.0125 };

/** The legal parts of the scenarios, each with an ingangsdatum or none. */
const WETTELIJK: readonly { wijzigingen: Wettelijk; ingangsdatum?: string }[] = [
  { wijzigingen: {} },
  { wijzigingen: { wmlFactor: 1.03 } },
  { wijzigingen: { wmlFactor: 0.9137364582195437 } },
  { wijzigingen: { lksMaximum: 0.6 } },
  { wijzigingen: { lksMaximum: 0.5329172930188351 } },
  { wijzigingen: { werkgeverslasten: 0.25 } },
  { wijzigingen: { werkgeverslasten: 0.2187364190418721 }, ingangsdatum: '2025-07-01' },
  { wijzigingen: { wmlFactor: 1.1, lksMaximum: 0.8, werkgeverslasten: 0.3 }, ingangsdatum: '2026-01-01' },
  { wijzigingen: { raming: RAMING } },
  { wijzigingen: { raming: RAMING, wmlFactor: 1.02 } },
  { wijzigingen: { raming: { vanaf: datum('2027-01-01') } } },
];

interface Wetgeving {
  wijzigingen: Wettelijk;
  ingangsdatum?: string;
  parameters: Parameters;
}

let wetgeving: Wetgeving[] | undefined;

function wetgevingen(): Wetgeving[] {
  wetgeving ??= WETTELIJK.map((w, i) => ({
    ...w,
    parameters: scenarioParameters(
      { naam: `wet-${i}`, wijzigingen: w.wijzigingen, ...(w.ingangsdatum ? { ingangsdatum: datum(w.ingangsdatum) } : {}) },
      basisParameters,
    ),
  }));
  return wetgeving;
}

function rijksbedrag(t: Trekking): number | undefined {
  const soort = t.geheel(5);
  if (soort === 0) return t.geheel(10_000);
  if (soort === 1) return t.kans() * 1e6;
  if (soort === 2) return (t.geheel(1e6) * 10 + 5) / 1000;
  return undefined;
}

function buigSaldo(t: Trekking): Decimal | undefined {
  const soort = t.geheel(16);
  if (soort < 3) return undefined;
  if (soort < 6) return new Decimal(t.geheel(2e10) - 1e10).div(100);
  if (soort < 9) return new Decimal((t.kans() - 0.5) * 10 ** t.geheel(9));
  // Past 20 significant digits: decimal.js rounds the saldo less the extra cost.
  if (soort === 9)
    return new Decimal(`${t.geheel(1e9)}${String(t.geheel(1e9)).padStart(9, '0')}.${String(t.geheel(1e6)).padStart(6, '0')}`);
  return new Decimal(t.geheel(1e9)).div(100);
}

/** A generator of random scenario comparisons from a seed. */
export function scenarioGevalGenerator(seed: number): () => ScenarioGeval {
  const t = trekking(seed);
  return () => {
    const wet = t.kies(wetgevingen());
    const jaar = t.kies(wet.wijzigingen.raming ? [2026, 2027, 2028, 2029] : [2024, 2025, 2026, 2026, 2027, 2022]);
    const gemeenten = [...GEMEENTEN].sort(() => t.kans() - 0.5).slice(0, 1 + t.geheel(3));
    const wijzigingen: ScenarioWijzigingen = { ...wet.wijzigingen };
    const bedrag = rijksbedrag(t);
    if (bedrag !== undefined) wijzigingen.begeleidingPerPlek = bedrag;
    const verschuiving = t.geheel(4);
    if (verschuiving === 0) wijzigingen.loonwaardeVerschuiving = t.kies([-0.05, 0.1, -1, 1]);
    else if (verschuiving === 1) wijzigingen.loonwaardeVerschuiving = t.kans() * 2 - 1;
    if (t.geheel(3) === 0) {
      const instroom: Partial<Record<Gemeente, number>> = {};
      for (const g of gemeenten) if (t.geheel(2) === 0) instroom[g] = 1 + t.geheel(3);
      wijzigingen.instroom = instroom;
      if (t.geheel(2) === 0) wijzigingen.instroomMaand = 1 + t.geheel(12);
    }
    const saldi: Partial<Record<Gemeente, Decimal>> = {};
    for (const g of gemeenten) {
      const s = buigSaldo(t);
      if (s !== undefined) saldi[g] = s;
    }
    const scenario: Scenario = {
      naam: `scenario-${t.geheel(1000)}`,
      ...(t.geheel(3) === 0 ? { omschrijving: 'een beschrijving' } : {}),
      ...(wet.ingangsdatum ? { ingangsdatum: datum(wet.ingangsdatum) } : {}),
      wijzigingen,
    };
    return {
      invoer: { jaar, gemeenten, dienstverbanden: dienstverbandperiodes(t, jaar, 2), buigSaldo: saldi, scenario },
      wet: basisParameters,
      scenarioParameters: wet.parameters,
    };
  };
}
