import { beschrijvingen } from '../../shared/catalogue/beschrijvingen';
import { toonBedrag, toonDatum, toonStapwaarde, veldLabel } from '../../addin/taskpane/weergave';

describe('how values look to a Dutch user in the panes', () => {
  it('shows amounts with euro sign, thousands dot and decimal comma', () => {
    expect(toonBedrag(1224.11)).toBe('€ 1.224,11');
  });

  it('keeps the decimals a step was written with, so amounts in cents keep both', () => {
    expect(toonStapwaarde('2294.40')).toBe('2.294,40');
    expect(toonStapwaarde('0.235')).toBe('0,235');
    expect(toonStapwaarde('36')).toBe('36');
    expect(toonStapwaarde('-250.00')).toBe('-250,00');
  });

  it('shows ISO dates as Dutch dates and other text as it is', () => {
    expect(toonDatum('2026-04-28')).toBe('di 28 april 2026');
    expect(toonStapwaarde('2026-04-28')).toBe('di 28 april 2026');
    expect(toonStapwaarde('ja')).toBe('ja');
  });

  it('labels a field with words from its argument name, abbreviations as the law writes them', () => {
    expect(veldLabel('uren_per_week')).toBe('Uren per week');
    expect(veldLabel('loonwaarde')).toBe('Loonwaarde');
    expect(veldLabel('wml_factor')).toBe('WML factor');
    expect(veldLabel('bsn')).toBe('BSN');
    expect(veldLabel('maand_lks_uwv')).toBe('Maand LKS UWV');
  });

  it('leaves no underscore and no lower-case start in any label of the catalogue', () => {
    for (const f of beschrijvingen) for (const a of f.argumenten) expect(veldLabel(a.naam)).toMatch(/^[A-Z][^_]*$/);
  });
});
