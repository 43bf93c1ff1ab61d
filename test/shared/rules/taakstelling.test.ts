/**
 * Taakstelling beschut werk in places, Beleidsregels beschut werk Avres 2025 art. 6 lid 6 ("uitgegaan van een
 * dienstverband van 31 uur per week"); reading 6 (DOMAIN.md): one person counts at most one place; rounded to
 * two decimals once, at the end.
 */
import { DomeinFout } from '../../../shared/errors';
import { taakstellingPlekken } from '../../../shared/rules/taakstelling';
import { bronTekst } from '../../../shared/bron';

const plekken = (urenPerWeek: number[]): string => taakstellingPlekken({ urenPerWeek }).waarde.toFixed(2);

describe('taakstelling: places in units of 31 hours', () => {
  it('counts 31 + 20 + 36 hours as 1 + 0,645… + 1 = 2,65 places', () => {
    expect(plekken([31, 20, 36])).toBe('2.65');
  });

  it('counts one person at most one place', () => {
    expect(plekken([62])).toBe('1.00');
  });

  it('rounds the sum, not each person: 3 × 10 hours = 30/31 = 0,97 (not 3 × 0,32 = 0,96)', () => {
    expect(plekken([10, 10, 10])).toBe('0.97');
  });

  it('rounds half up: 15,5 hours is 0,50 place', () => {
    expect(plekken([15.5])).toBe('0.50');
  });

  it('counts nothing for no dienstverbanden', () => {
    expect(plekken([])).toBe('0.00');
  });

  it('shows the 31 hours and each dienstverband in its steps', () => {
    const r = taakstellingPlekken({ urenPerWeek: [20] });
    expect(r.stappen.map((s) => s.waarde)).toEqual(['31', '0.6452', '0.65']);
    expect(bronTekst(r.stappen[0]!.bron)).toBe('Beleidsregels beschut werk Avres 2025 art. 6 lid 6');
  });

  it('refuses negative hours, naming the dienstverband', () => {
    expect(() => plekken([31, -2])).toThrow(DomeinFout);
    expect(() => plekken([31, -2])).toThrow('uren_per_week, dienstverband 2: uren moeten 0 of meer zijn, niet -2');
  });
});
