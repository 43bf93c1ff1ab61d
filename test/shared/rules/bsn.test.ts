import { isGeldigBsn, leesBsn, proefBsn } from '../../../shared/rules/bsn';
import { DomeinFout } from '../../../shared/errors';

describe('elfproef (BSN, Logisch Ontwerp BSN): 9·d1 + 8·d2 + … + 2·d8 − d9 is divisible by 11', () => {
  it('accepts 111222333 (9+8+7+12+10+8+9+6−3 = 66 = 6·11)', () => {
    expect(isGeldigBsn('111222333')).toBe(true);
  });
  it('refuses 123456789 (sum 156 is not divisible by 11)', () => {
    expect(isGeldigBsn('123456789')).toBe(false);
  });
  it('refuses 000000000, letters and the wrong length', () => {
    for (const t of ['000000000', '11122233a', '1112223333', '']) expect(isGeldigBsn(t)).toBe(false);
  });
  it('gives an eight-digit number its leading zero back and ignores spaces and dots', () => {
    expect(leesBsn('111.222.333')).toBe('111222333');
    expect(leesBsn('12345672')).toBe('012345672');
  });
  it('raises a Dutch error that never repeats the number', () => {
    try {
      leesBsn('123456789');
      throw new Error('geen fout');
    } catch (e) {
      expect(e).toBeInstanceOf(DomeinFout);
      expect((e as DomeinFout).message).toMatch(/elfproef/);
      expect((e as DomeinFout).message).not.toContain('123456789');
      expect((e as DomeinFout).field).toBe('bsn');
    }
  });
  it('generates distinct demo numbers that all pass the elfproef', () => {
    const nummers = Array.from({ length: 5000 }, (_, i) => proefBsn(i));
    expect(new Set(nummers).size).toBe(5000);
    expect(nummers.every(isGeldigBsn)).toBe(true);
  });
});
