/**
 * Raming: a scenario that projects the figures past their known range, for the 2027 budget. +2,5 % per half year
 * from 2026-07-01: the LKS of 2027, the bijstandsnorm of 2027 and the 2027 scenario comparison answer, and every
 * step on a projected figure is marked raming with the scenario's name.
 */
import { catalogus } from '../../../shared/catalogue';
import type { RegisterToegang } from '../../../shared/catalogue/functie';
import { basisParameters } from '../../../shared/parameters';
import { ramingParameters } from '../../../shared/parameters/raming';
import { bekendTotVan, waardeOp } from '../../../shared/parameters/reeks';
import { Scenario, scenarioParameters } from '../../../shared/parameters/scenario';
import { bijstandsnorm } from '../../../shared/rules/bijstandsnorm';
import { berekenLoonkostensubsidie } from '../../../shared/rules/loonkostensubsidie';
import { vergelijkScenario } from '../../../shared/rules/scenariovergelijking';
import { vangnetuitkering } from '../../../shared/rules/vangnetuitkering';
import { vrijlating } from '../../../shared/rules/vrijlating';
import { datum } from '../../../shared/time/datum';
import type { Stap } from '../../../shared/uitleg';
import { fout } from '../../helpers/fout';
import type { RamingInvoer } from '../../../shared/schemas/grootboek';

const BEGROTING: Scenario = {
  naam: 'begroting 2027',
  wijzigingen: { raming: { vanaf: datum('2026-07-01'), indexatiePerHalfjaar: 0.025 } },
};
const p = scenarioParameters(BEGROTING);
const RAMING = { status: 'raming', scenario: 'begroting 2027' };

/** Every step that shows a figure of 2027 is marked raming. */
function gemarkeerd(stappen: readonly Stap[]): Stap[] {
  return stappen.filter((s) => s.status?.status === 'raming');
}

describe('raming: series carried past their known range', () => {
  it('indexes the WML (monthly and hourly) and the bijstandsnormen by 2,5 % per half year from their last known value', () => {
    expect(waardeOp(p.wml, datum('2027-01-01')).waarde.referentiemaandloon.toFixed(2)).toBe('2395.43');
    expect(waardeOp(p.wml, datum('2027-01-01')).waarde.perUur.toFixed(2)).toBe('15.36');
    expect(waardeOp(p.wml, datum('2027-07-01')).waarde.referentiemaandloon.toFixed(2)).toBe('2455.32');
    expect(waardeOp(p.wml, datum('2027-01-01')).raming).toBe('begroting 2027');
    expect(bekendTotVan(p.wml)).toBe('2027-12-31');
    // Known figures are untouched and keep their own status.
    expect(waardeOp(p.wml, datum('2026-07-01'))).toBe(waardeOp(basisParameters.wml, datum('2026-07-01')));
  });

  it('answers the LKS of 2027, every step on the projected minimum wage marked', () => {
    const r = berekenLoonkostensubsidie({ loonwaarde: 0.6, urenPerWeek: 36, peildatum: datum('2027-03-01') }, p);
    // 2395,43 × 1,08 = 2587,06; × 40 % = 1034,82; + 23,5 % = 243,18 → 1278,00
    expect(r.waarde.toFixed(2)).toBe('1278.00');
    expect(gemarkeerd(r.stappen).map((s) => s.waarde)).toContain('2395.43');
    expect(r.stappen.find((s) => s.waarde === '2395.43')!.status).toEqual(RAMING);
    expect(fout(() => berekenLoonkostensubsidie({ loonwaarde: 0.6, urenPerWeek: 36, peildatum: datum('2027-03-01') })).message).toContain(
      'raming-scenario',
    );
  });

  it('answers the bijstandsnorm of 2027: 1.419,46 × 1,025 = 1.454,95, marked', () => {
    const r = bijstandsnorm({ leefvorm: 'alleenstaande', peildatum: datum('2027-02-01'), percentage: 1 }, p);
    expect(r.waarde.toFixed(2)).toBe('1454.95');
    expect(r.stappen[0]!.status).toEqual(RAMING);
  });

  it('projects the vrijlating cap of 2026-H2 (285 × 1,025 = 292,13) and carries the vangnet conditions into 2026 and 2027', () => {
    const v = vrijlating({ nettoInkomstenArbeid: 2000, peildatum: datum('2026-12-01'), leeftijd: 30, maandNummer: 1 }, p);
    expect(v.waarde.toFixed(2)).toBe('292.13');
    expect(gemarkeerd(v.stappen).length).toBeGreaterThan(0);
    const vn = vangnetuitkering({ definitiefBudget: 10_000_000, nettoLasten: 11_500_000, jaar: 2027 }, p);
    expect(vn.waarde.toFixed(2)).toBe('500000.00');
    expect(vn.stappen[0]!.status).toEqual(RAMING);
  });

  it('takes explicit projected values per series, indexing on from them', () => {
    const q = ramingParameters(
      basisParameters,
      {
        vanaf: datum('2026-07-01'),
        indexatiePerHalfjaar: 0.02,
        reeksen: { wml: { waarden: [{ geldigVanaf: datum('2027-01-01'), waarde: { referentiemaandloon: 2400, perUur: 15.38 } }] } },
      },
      'eigen',
    );
    expect(waardeOp(q.wml, datum('2027-01-01')).waarde.referentiemaandloon.toFixed(2)).toBe('2400.00');
    expect(waardeOp(q.wml, datum('2027-07-01')).waarde.referentiemaandloon.toFixed(2)).toBe('2448.00');
  });

  it('refuses a raming that changes a known figure, names an unknown series, or projects nothing', () => {
    const r = (raming: RamingInvoer) => fout(() => ramingParameters(basisParameters, raming, 'x'));
    expect(
      r({ vanaf: datum('2026-07-01'), reeksen: { wml: { waarden: [{ geldigVanaf: datum('2026-07-01'), waarde: { perUur: 15 } }] } } })
        .message,
    ).toContain('een raming verandert geen bekende cijfers');
    expect(r({ vanaf: datum('2026-07-01'), reeksen: { minimumloon: {} } }).message).toContain('onbekende reeks "minimumloon"');
    expect(r({ vanaf: datum('2024-01-01'), tot: datum('2024-12-31') }).message).toContain('trekt geen enkele reeks door');
  });
});

describe('raming: a dated scenario that changes nothing is refused', () => {
  it('refuses a WML factor from 2027-01-01 without a raming, naming the known range and the raming', () => {
    const e = fout(() => scenarioParameters({ naam: 'wml-2027', ingangsdatum: datum('2027-01-01'), wijzigingen: { wmlFactor: 1.03 } }));
    expect(e.code).toBe('ONGELDIGE_INVOER');
    expect(e.field).toBe('ingangsdatum');
    expect(e.message).toContain('tot en met 31-12-2026');
    expect(e.message).toContain('wijzigingen.raming');
  });

  it('applies it on top of a raming: 2395,43 × 1,03 = 2467,29 from 2027-01-01, still marked', () => {
    const q = scenarioParameters({
      ...BEGROTING,
      ingangsdatum: datum('2027-01-01'),
      wijzigingen: { ...BEGROTING.wijzigingen, wmlFactor: 1.03 },
    });
    const w = waardeOp(q.wml, datum('2027-01-01'));
    expect(w.waarde.referentiemaandloon.toFixed(2)).toBe('2467.29');
    expect(w.raming).toBe('begroting 2027');
    expect(waardeOp(q.wml, datum('2026-12-01')).waarde.referentiemaandloon.toFixed(2)).toBe('2337.00');
  });
});

describe('raming: through the scenario argument and the comparison', () => {
  const register = { scenario: async () => p } as unknown as RegisterToegang;
  const ctx = { vandaag: datum('2026-12-01'), register };

  it.each([
    ['LOONKOSTENSUBSIDIE', [0.6, 36, '2027-03-01', null, null, 'begroting 2027'], 1278],
    ['BIJSTANDSNORM', ['alleenstaande', '2027-02-01', 1, 'begroting 2027'], 1454.95],
    ['WML', ['2027-03-01', null, null, 'begroting 2027'], 2395.43],
  ])('%s answers for 2027 with the scenario argument, its projected steps marked', async (naam, args, waarde) => {
    const f = catalogus.find((c) => c.naam === naam)!;
    const r = await f.uitvoeren(args, ctx);
    expect(Number((r.waarde as { toFixed(n: number): string }).toFixed(2))).toBe(waarde);
    expect(gemarkeerd(r.stappen).length).toBeGreaterThan(0);
  });

  it('compares 2027: the raming applies to the baseline too, and a step says so', () => {
    const dienstverbanden = [
      { casusnummer: 'BW-1', gemeente: 'Gorinchem' as const, van: datum('2026-09-01'), tot: null, urenPerWeek: 36, loonwaarde: 0.6 },
    ];
    const r = vergelijkScenario(
      { jaar: 2027, gemeenten: ['Gorinchem'], dienstverbanden, buigSaldo: {}, scenario: BEGROTING },
      basisParameters,
      p,
    );
    expect(r.waarde[0]!.basis.lksKosten.toFixed(2)).toBe('15336.00');
    expect(r.waarde[0]!.verschil.lksKosten.toFixed(2)).toBe('0.00');
    expect(gemarkeerd(r.stappen)).toHaveLength(1);
    expect(r.stappen.find((s) => s.status)!.status).toEqual(RAMING);
  });
});
