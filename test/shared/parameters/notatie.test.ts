/**
 * Figures written the Dutch way in the texts that quote them: the catalogue descriptions read today exactly as
 * they did when the figures were written into them by hand.
 */
import Decimal from 'decimal.js';
import { euroNl, opsommingNl, procentNl } from '../../../shared/parameters/notatie';
import { beschrijvingen } from '../../../shared/catalogue/beschrijvingen';

describe('Dutch notation of figures', () => {
  it('writes fractions as percentages with a decimal comma and amounts in euros with a thousands dot', () => {
    expect([0.075, 0.125, 0.5, 1, 0.25].map((f) => procentNl(new Decimal(f)))).toEqual(['7,5%', '12,5%', '50%', '100%', '25%']);
    expect([23, 1442, 1234.5].map((b) => euroNl(new Decimal(b)))).toEqual(['€23', '€1.442', '€1.234,50']);
    expect(opsommingNl(['€23', '€35', '€45'])).toBe('€23, €35 en €45');
  });

  it('gives the catalogue descriptions the figures of the newest parameter values', () => {
    const tekst = (naam: string) => beschrijvingen.find((f) => f.naam === naam)!;
    expect(tekst('VANGNETUITKERING').beschrijving).toBe(
      'Vangnetuitkering BUIG: 50% van het tekort tussen 7,5% en 12,5% van het budget, 100% daarboven; de voorwaarden van het begrotingsjaar (zonder jaar: 2025, het laatste bekende).',
    );
    expect(tekst('DWANGSOM').beschrijving).toBe(
      'Dwangsom bij niet tijdig beslissen: €23, €35 en €45 per dag, hoogstens 42 dagen (€1.442; bedragen naar de datum).',
    );
    expect(tekst('PRAKTIJKTOETS_EINDE').argumenten[1]!.beschrijving).toBe('verlenging in maanden (0 tot en met 6)');
  });
});
