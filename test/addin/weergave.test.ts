import { toonBedrag, toonDatum, toonStapwaarde } from '../../addin/taskpane/weergave';

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
});
