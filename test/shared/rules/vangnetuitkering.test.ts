/**
 * Vangnetuitkering BUIG, Pw art. 74 and the conditions of the Toetsingscommissie vangnetuitkering (FACTS.md §4):
 * a tekort above 7,5 % of the definitief budget; with the two prior years, a three-year tekort above 7,5 % of this
 * year's budget (overschotten offset tekorten, FACTS.md §8.12); 50 % of the tekort between 7,5 % and 12,5 %,
 * 100 % above 12,5 %. Structure confirmed for 2021–2025.
 */
import { vangnetuitkering, VangnetInvoer } from '../../../shared/rules/vangnetuitkering';
import { fout } from '../../helpers/fout';

const BUDGET = 10_000_000;
const vangnet = (invoer: Partial<VangnetInvoer>): string =>
  vangnetuitkering({ definitiefBudget: BUDGET, nettoLasten: 11_500_000, ...invoer }).waarde.toFixed(2);

describe('vangnetuitkering: the bands', () => {
  it('compensates a tekort of 15 %: 50 % × 500.000 + 100 % × 250.000 = € 500.000', () => {
    const r = vangnetuitkering({ definitiefBudget: BUDGET, nettoLasten: 11_500_000 });
    expect(r.waarde.toFixed(2)).toBe('500000.00');
    expect(r.stappen.map((s) => s.waarde)).toEqual(expect.arrayContaining(['1500000', '750000', '500000', '250000', '500000.00']));
  });

  it('compensates half of the part above 7,5 % when the tekort is 10 %: € 125.000', () => {
    expect(vangnet({ nettoLasten: 11_000_000 })).toBe('125000.00');
  });

  it('compensates € 250.000 at exactly 12,5 %', () => {
    expect(vangnet({ nettoLasten: 11_250_000 })).toBe('250000.00');
  });

  it('gives nothing at exactly 7,5 % (the tekort must be higher), with a step that says so', () => {
    const r = vangnetuitkering({ definitiefBudget: BUDGET, nettoLasten: 10_750_000 });
    expect(r.waarde.toFixed(2)).toBe('0.00');
    expect(r.stappen.at(-1)!.label).toContain('niet hoger dan 7,5%');
  });

  it('gives nothing on an overschot', () => {
    expect(vangnet({ nettoLasten: 9_000_000 })).toBe('0.00');
  });

  it('rounds to cents once, at the end: budget € 1.000.000,01 and lasten € 1.100.000', () => {
    // tekort 99.999,99; drempel 75.000,00075; 50 % of 24.999,98925 = 12.499,994625 → 12.499,99
    expect(vangnet({ definitiefBudget: 1_000_000.01, nettoLasten: 1_100_000 })).toBe('12499.99');
  });
});

describe('vangnetuitkering: the three-year condition', () => {
  it('pays when the three-year tekort also exceeds 7,5 % of this year’s budget', () => {
    expect(vangnet({ tekortenVorigeTweeJaren: [-100_000, 50_000] })).toBe('500000.00');
  });

  it('pays nothing when overschotten in the prior years bring the three-year tekort to 7,5 % or less', () => {
    const r = vangnetuitkering({ definitiefBudget: BUDGET, nettoLasten: 11_500_000, tekortenVorigeTweeJaren: [-600_000, -200_000] });
    expect(r.waarde.toFixed(2)).toBe('0.00');
    expect(r.stappen.map((s) => s.waarde)).toContain('700000');
    expect(r.stappen.at(-1)!.label).toContain('tekort over drie jaar is niet hoger dan 7,5%');
  });

  it.each([[[]], [[100_000]], [[1, 2, 3]]])('refuses %j: exactly two prior years are needed', (vorige) => {
    const e = fout(() => vangnet({ tekortenVorigeTweeJaren: vorige }));
    expect(e.code).toBe('ONGELDIGE_INVOER');
    expect(e.field).toBe('tekortenVorigeTweeJaren');
    expect(e.message).toContain('precies twee bedragen');
  });
});

describe('vangnetuitkering: which rules', () => {
  it('uses the latest year whose conditions are known without a year, and names it in a step', () => {
    const r = vangnetuitkering({ definitiefBudget: BUDGET, nettoLasten: 11_500_000 });
    expect(r.stappen[0]!.label).toContain('Geen jaar opgegeven');
    expect(r.stappen[0]!.waarde).toBe('2025');
  });

  it('uses the conditions of the budget year when given, marking a year that was not checked on its own', () => {
    expect(vangnet({ jaar: 2025 })).toBe('500000.00');
    const r = vangnetuitkering({ definitiefBudget: BUDGET, nettoLasten: 11_500_000, jaar: 2022 });
    expect(r.stappen[0]).toMatchObject({ waarde: '2022', status: { status: 'onbevestigd' } });
    expect(vangnetuitkering({ definitiefBudget: BUDGET, nettoLasten: 11_500_000, jaar: 2025 }).stappen[0]!.status).toBeUndefined();
  });

  it('refuses a year whose conditions are not known (2026), naming the known years and the raming', () => {
    const e = fout(() => vangnet({ jaar: 2026 }));
    expect(e.code).toBe('BUITEN_PARAMETERBEREIK');
    expect(e.field).toBe('jaar');
    expect(e.message).toContain('bekend zijn 2021 tot en met 2025');
    expect(e.message).toContain('raming-scenario');
  });
});

describe('vangnetuitkering: refusals', () => {
  it.each([
    [{ definitiefBudget: 0 }, 'definitiefBudget', 'definitief_budget moet meer dan 0 zijn'],
    [{ definitiefBudget: -5 }, 'definitiefBudget', 'definitief_budget moet een bedrag van 0 of meer zijn'],
    [{ nettoLasten: Number.NaN }, 'nettoLasten', 'netto_lasten moet een bedrag van 0 of meer zijn'],
  ])('refuses %o', (invoer, veld, tekst) => {
    const e = fout(() => vangnet(invoer));
    expect(e.code).toBe('ONGELDIGE_INVOER');
    expect(e.field).toBe(veld);
    expect(e.message).toContain(tekst);
  });
});
