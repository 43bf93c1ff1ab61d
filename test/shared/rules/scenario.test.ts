/**
 * Scenarios: named overrides of legal figures (WML factor, LKS cap of Pw art. 10d lid 4, werkgeverslasten of
 * the Regeling LKS 2021 art. 1) that every rule takes like the law's own figures, and the comparison of a
 * scenario with the baseline per gemeente.
 */
import Decimal from 'decimal.js';
import { basisParameters } from '../../../shared/parameters';
import { waardeOp } from '../../../shared/parameters/reeks';
import { scenarioParameters } from '../../../shared/parameters/scenario';
import { berekenLoonkostensubsidie } from '../../../shared/rules/loonkostensubsidie';
import { vergelijkScenario } from '../../../shared/rules/scenariovergelijking';
import { dienstverband } from '../../support/dienstverband';
import { datum } from '../../../shared/time/datum';

const lks = (loonwaarde: number, p = basisParameters) =>
  berekenLoonkostensubsidie({ loonwaarde, urenPerWeek: 36, peildatum: datum('2026-03-01') }, p).waarde.toFixed(2);

describe('scenarioParameters', () => {
  it('multiplies the minimum wage and so the LKS: 2.294,40 × 1,03 = 2.363,23 as the base of 2026', () => {
    const p = scenarioParameters({ naam: 'wml+3', wijzigingen: { wmlFactor: 1.03 } });
    expect(waardeOp(p.wml, datum('2026-01-01')).waarde.referentiemaandloon.toFixed(2)).toBe('2363.23');
    // 2363,23 × 1,08 = 2552,29; × 40% = 1020,92; + 23,5% = 239,92 → 1260,84
    expect(lks(0.6, p)).toBe('1260.84');
    expect(lks(0.6)).toBe('1224.11');
  });

  it('lowers the cap: at loonwaarde 20% the LKS is 60% of WML+VB (2477,95 × 0,6 = 1486,77) plus 23,5%', () => {
    const p = scenarioParameters({ naam: 'cap60', wijzigingen: { lksMaximum: 0.6 } });
    expect(lks(0.2, p)).toBe('1836.16');
    expect(lks(0.2)).toBe('2142.19');
  });

  it('applies overrides only from the ingangsdatum, splitting the value in force', () => {
    const p = scenarioParameters({ naam: 'wgl25-juli', ingangsdatum: datum('2026-07-01'), wijzigingen: { werkgeverslasten: 0.25 } });
    expect(waardeOp(p.loonkostensubsidie, datum('2026-06-30')).waarde.werkgeverslasten.toFixed(3)).toBe('0.235');
    expect(waardeOp(p.loonkostensubsidie, datum('2026-07-01')).waarde.werkgeverslasten.toFixed(3)).toBe('0.250');
    expect(waardeOp(p.loonkostensubsidie, datum('2026-07-01')).bron).toMatch(/^Scenario "wgl25-juli"/);
    // Pw 10d lid 7: the LKS of 2026 follows the figures of 1 January, so a July change does not reach it
    expect(lks(0.6, p)).toBe('1224.11');
  });

  it('leaves the base parameters untouched', () => {
    scenarioParameters({ naam: 'x', wijzigingen: { wmlFactor: 2, lksMaximum: 0.1 } });
    expect(waardeOp(basisParameters.wml, datum('2026-01-01')).waarde.referentiemaandloon.toFixed(2)).toBe('2294.40');
  });
});

describe('vergelijkScenario', () => {
  const dienstverbanden = [
    dienstverband({}),
    dienstverband({ casusnummer: 'BW-2', urenPerWeek: 20, loonwaarde: 0.4 }),
    dienstverband({ casusnummer: 'BW-3', gemeente: 'Molenlanden', urenPerWeek: 31, loonwaarde: null }),
  ];

  it('shows the baseline beside itself with no differences for an empty scenario', () => {
    const r = vergelijkScenario(
      { jaar: 2026, gemeenten: ['Gorinchem', 'Molenlanden'], dienstverbanden, buigSaldo: {}, scenario: { naam: 'leeg', wijzigingen: {} } },
      basisParameters,
      basisParameters,
    );
    expect(
      r.waarde.map((g) => [g.gemeente, g.verschil.lksKosten.toFixed(2), g.verschil.plekkenGerealiseerd.toFixed(2), g.basis.buigSaldo]),
    ).toEqual([
      ['Gorinchem', '0.00', '0.00', null],
      ['Molenlanden', '0.00', '0.00', null],
    ]);
    // Gorinchem: 12 × 1224,11 + 12 × LKS(40%, 20 h); places 1 + 20/31 = 1.65
    const lks20 = berekenLoonkostensubsidie({ loonwaarde: 0.4, urenPerWeek: 20, peildatum: datum('2026-01-01') }).waarde;
    expect(r.waarde[0]!.basis.lksKosten.toFixed(2)).toBe(new Decimal('1224.11').plus(lks20).times(12).toFixed(2));
    expect(r.waarde[0]!.basis.plekkenGerealiseerd.toFixed(2)).toBe('1.65');
  });

  it('a loonwaarde 5 points lower raises the LKS cost and lowers the BUIG saldo by the same amount', () => {
    const s = { naam: 'lw-5', wijzigingen: { loonwaardeVerschuiving: -0.05 } };
    const r = vergelijkScenario(
      { jaar: 2026, gemeenten: ['Gorinchem'], dienstverbanden, buigSaldo: { Gorinchem: new Decimal('250000') }, scenario: s },
      basisParameters,
      scenarioParameters(s),
    );
    const g = r.waarde[0]!;
    expect(g.verschil.lksKosten.gt(0)).toBe(true);
    expect(g.verschil.buigSaldo!.toFixed(2)).toBe(g.verschil.lksKosten.neg().toFixed(2));
    // BW-1 goes from 60% to 55%: (2477,95 × 45% = 1115,08 + 262,04 = 1377,12) − 1224,11 = 153,01 a month
    const bw2 = (lw: number) => berekenLoonkostensubsidie({ loonwaarde: lw, urenPerWeek: 20, peildatum: datum('2026-01-01') }).waarde;
    expect(g.verschil.lksKosten.toFixed(2)).toBe(
      new Decimal('153.01')
        .plus(bw2(0.35).minus(bw2(0.4)))
        .times(12)
        .toFixed(2),
    );
  });

  it("adds instroom from July with the gemeente's average hours, and begeleiding pro rata per place", () => {
    const s = { naam: 'instroom', wijzigingen: { instroom: { Molenlanden: 2 }, begeleidingPerPlek: 6200 } };
    const r = vergelijkScenario(
      { jaar: 2026, gemeenten: ['Molenlanden'], dienstverbanden, buigSaldo: {}, scenario: s },
      basisParameters,
      scenarioParameters(s),
    );
    const g = r.waarde[0]!;
    expect(g.verschil.plekkenGerealiseerd.toFixed(2)).toBe('2.00');
    // forfait (50%) at 31 h, six months each for two people
    const forfait = berekenLoonkostensubsidie({ loonwaarde: null, urenPerWeek: 31, peildatum: datum('2026-07-01') }).waarde;
    expect(g.verschil.lksKosten.toFixed(2)).toBe(forfait.times(12).toFixed(2));
    // one place all year (6200) + two places from 1 July (184 of 365 days each)
    expect(g.scenario.begeleidingskosten!.toFixed(2)).toBe(
      new Decimal(6200)
        .plus(new Decimal(6200).times(2 * 184).div(365))
        .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
        .toFixed(2),
    );
    expect(g.basis.begeleidingskosten).toBeNull();
  });
});
