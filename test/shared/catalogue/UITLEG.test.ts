import { evalueer } from '../../../shared/catalogue/evalueer';
import { datum } from '../../../shared/time/datum';

const ctx = { vandaag: datum('2026-11-24') };

describe('UITLEG', () => {
  it('spills the steps of another function as a table: stap, waarde, bron', async () => {
    const r = await evalueer({ function: 'UITLEG', args: ['LOONKOSTENSUBSIDIE', 0.6, 36, '2026-01-01'] }, ctx);
    if ('error' in r) throw new Error(r.error.message);
    const tabel = r.value as string[][];
    expect(tabel[0]).toEqual(['stap', 'waarde', 'bron']);
    expect(tabel.length).toBeGreaterThan(3);
    expect(tabel.flat()).toContain('2477.95');
  });

  it('adds a status column when a step rests on a figure that is not vastgesteld, empty for the other steps', async () => {
    const r = await evalueer({ function: 'UITLEG', args: ['LOONKOSTENSUBSIDIE', 0.6, 36, '2026-01-01', null, 19] }, ctx);
    if ('error' in r) throw new Error(r.error.message);
    expect((r.value as string[][])[0]).toEqual(['stap', 'waarde', 'bron']);
    const w = await evalueer({ function: 'UITLEG', args: ['WML', '2026-12-01'] }, ctx);
    if ('error' in w) throw new Error(w.error.message);
    const tabel = w.value as string[][];
    expect(tabel[0]).toEqual(['stap', 'waarde', 'bron', 'status']);
    expect(tabel[1]).toEqual([expect.stringContaining('Wettelijk minimumloon per maand'), '2337.00', expect.any(String), 'onbevestigd']);
    const stap = await evalueer({ function: 'WML', args: ['2026-12-01'] }, ctx);
    expect(stap).toMatchObject({ value: 2337, steps: [{ status: 'onbevestigd' }] });
  });

  it("passes on the error of the explained function, pointing at UITLEG's own argument", async () => {
    const r = await evalueer({ function: 'UITLEG', args: ['BESLISTERMIJN', 'gisteren'] }, ctx);
    expect(r).toMatchObject({ error: { code: 'ONGELDIGE_INVOER', argument: 2 } });
    const lks = await evalueer({ function: 'UITLEG', args: ['LOONKOSTENSUBSIDIE', 0.6, 36, '2026-01-01', null, null, 'geen'] }, ctx);
    expect(lks).toMatchObject({ error: { code: 'NIET_BESCHIKBAAR', argument: 7 } });
  });

  it('rejects an unknown function name with the list of known ones', async () => {
    const r = await evalueer({ function: 'UITLEG', args: ['LKS'] }, ctx);
    expect(r).toMatchObject({ error: { code: 'ONBEKENDE_FUNCTIE', message: expect.stringContaining('LOONKOSTENSUBSIDIE') } });
  });
});
