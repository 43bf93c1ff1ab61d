/**
 * BUIG per gemeente (Pw art. 69, art. 8c): budget, netto lasten from the ledger, saldo, and the vangnetuitkering
 * (Pw art. 74; Toetsingscommissie vangnet, voorwaarden 2025: 50% of the tekort between 7,5% and 12,5%, 100%
 * above; the three-year tekort must exceed 7,5%).
 */
import Decimal from 'decimal.js';
import { DomeinFout } from '../../../shared/errors';
import { Budget, BuigJaar, buigOverzicht, kiesBudget } from '../../../shared/rules/buig-saldo';
import { bronTekst } from '../../../shared/bron';
import { datum, maak } from '../../../shared/time/datum';

const d = (s: string) => new Decimal(s);
const def = (bedrag: string, publicatiedatum = datum('2025-09-30')): Budget => ({
  soort: 'definitief',
  bedrag: d(bedrag),
  publicatiedatum,
});
const jaar = (j: number, budget: string, lasten: string): BuigJaar => ({
  jaar: j,
  budgetten: [def(budget, maak(j, 9, 30))],
  bijstand: d(lasten),
  lks: d('0'),
});

describe('buigOverzicht', () => {
  it('computes saldo and vangnet for a tekort of 15%: 50% of 7,5–12,5% plus 100% above 12,5% = € 500.000', () => {
    const r = buigOverzicht({ gemeente: 'Gorinchem', jaar: 2025, budgetten: [def('10000000')], bijstand: d('10800000'), lks: d('700000') });
    expect(r.waarde.nettoLasten.toFixed(2)).toBe('11500000.00');
    expect(r.waarde.saldo.toFixed(2)).toBe('-1500000.00');
    expect(r.waarde.vangnet?.toFixed(2)).toBe('500000.00');
    expect(r.waarde.vangnetToelichting).toMatch(/driejaarsvoorwaarde is niet getoetst, want van 2023 en 2024 staat geen definitief budget/);
    expect(r.stappen.map((s) => bronTekst(s.bron))).toEqual(
      expect.arrayContaining(['Pw art. 8c (financiering blijft per gemeente)', 'Pw art. 69 lid 1 onder b']),
    );
  });

  it('gives no vangnet when the stored prior years had overschotten that bring the three-year tekort under 7,5%', () => {
    const r = buigOverzicht({
      gemeente: 'Molenlanden',
      jaar: 2025,
      budgetten: [def('10000000')],
      bijstand: d('11500000'),
      lks: d('0'),
      vorigeJaren: [jaar(2023, '9000000', '8200000'), jaar(2024, '9500000', '8700000')],
    });
    expect(r.waarde.vangnet?.toFixed(2)).toBe('0.00');
    expect(r.waarde.vangnetToelichting).toBeUndefined();
    expect(r.stappen.map((s) => [s.label, s.waarde])).toEqual(
      expect.arrayContaining([
        ['Tekort 2023 (netto lasten − definitief budget; negatief is een overschot)', '-800000.00'],
        ['Tekort over drie jaar: dit jaar plus de twee voorgaande jaren (een overschot telt negatief)', '-100000'],
      ]),
    );
  });

  it('pays the vangnet when the three-year tekort also exceeds 7,5%', () => {
    const r = buigOverzicht({
      gemeente: 'Molenlanden',
      jaar: 2025,
      budgetten: [def('10000000')],
      bijstand: d('11500000'),
      lks: d('0'),
      vorigeJaren: [jaar(2023, '9000000', '9100000'), jaar(2024, '9500000', '9400000')],
    });
    expect(r.waarde.vangnet?.toFixed(2)).toBe('500000.00');
  });

  it('uses the most final budget by default, the latest publication of a soort, and a chosen soort when asked', () => {
    const budgetten: Budget[] = [
      { soort: 'voorlopig', bedrag: d('9000000'), publicatiedatum: datum('2024-09-30') },
      { soort: 'nader_voorlopig', bedrag: d('9400000'), publicatiedatum: datum('2025-05-15') },
      { soort: 'nader_voorlopig', bedrag: d('9450000'), publicatiedatum: datum('2025-06-20') },
    ];
    expect(kiesBudget(budgetten)?.bedrag.toFixed(0)).toBe('9450000');
    const r = buigOverzicht({
      gemeente: 'Vijfheerenlanden',
      jaar: 2025,
      budgetten,
      budgetsoort: 'voorlopig',
      bijstand: d('8000000'),
      lks: d('500000'),
    });
    expect([r.waarde.budgetsoort, r.waarde.saldo.toFixed(2), r.waarde.vangnet]).toEqual(['voorlopig', '500000.00', null]);
    expect(r.waarde.vangnetToelichting).toMatch(/het definitieve budget 2025 is nog niet vastgelegd/);
  });

  it('says which vangnet rules are unknown rather than guessing for a year after the known range', () => {
    const r = buigOverzicht({
      gemeente: 'Gorinchem',
      jaar: 2026,
      budgetten: [def('10000000', datum('2026-09-30'))],
      bijstand: d('11500000'),
      lks: d('0'),
    });
    expect(r.waarde.vangnet).toBeNull();
    expect(r.waarde.vangnetToelichting).toMatch(
      /Geen vangnetuitkering berekend: .*vangnetuitkering voor begrotingsjaar 2026 zijn niet bekend/,
    );
  });

  it('refuses with a Dutch message when no budget is stored', () => {
    const fout = (() => {
      try {
        buigOverzicht({ gemeente: 'Gorinchem', jaar: 2025, budgetten: [], budgetsoort: 'definitief', bijstand: d('1'), lks: d('0') });
      } catch (e) {
        return e;
      }
    })();
    expect(fout).toBeInstanceOf(DomeinFout);
    expect((fout as DomeinFout).code).toBe('NIET_GEVONDEN');
    expect((fout as DomeinFout).message).toBe(
      'Voor Gorinchem is over 2025 nog geen definitief budget vastgelegd; leg het vast in het lint AVRES › Financiën, onderdeel BUIG per gemeente, bij Budget vastleggen zoals bekendgemaakt.',
    );
  });
});
