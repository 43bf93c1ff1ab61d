/**
 * functions.json is generated from the catalogue (issue 4 §2): every catalogue function appears with
 * its arguments, in order, with their descriptions, and the build writes exactly that document.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogus } from '../../shared/catalogue';
import { functionsJson } from '../../addin/functions/metadata';
import { bouwAddin } from '../../scripts/build-addin';

const meta = functionsJson(catalogus);
const opId = new Map(meta.functions.map((f) => [f.id, f]));

describe('functions.json', () => {
  it('has one entry per catalogue function, with id and name as in DOMAIN.md', () => {
    expect(meta.functions.map((f) => f.id)).toEqual(catalogus.map((f) => f.naam));
    for (const f of meta.functions) {
      expect(f.name).toBe(f.id);
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
    expect(opId.has('LOONKOSTENSUBSIDIE')).toBe(true);
    expect(opId.has('UITLEG')).toBe(true);
  });

  it.each(catalogus.map((f) => [f.naam, f] as const))('%s carries every argument with its description and its legal source', (_naam, f) => {
    const m = opId.get(f.naam)!;
    expect(m.description).toContain(f.beschrijving);
    expect(m.description).toContain(f.bron);
    expect(m.parameters.map((p) => p.name)).toEqual(f.argumenten.map((a) => a.naam));
    f.argumenten.forEach((a, i) => {
      const p = m.parameters[i]!;
      expect(p.description).toContain(a.beschrijving);
      expect(!!p.optional).toBe(a.optioneel);
      expect(p.dimensionality).toBe(a.soort === 'bereik' || (f.herhalend && i === f.argumenten.length - 1) ? 'matrix' : 'scalar');
      if (a.soort === 'datum') expect(p.type).toBe('any');
      if (a.keuzes) for (const k of a.keuzes) expect(p.description).toContain(k);
    });
  });

  it('types arguments so Excel passes what the API reads', () => {
    const lks = opId.get('LOONKOSTENSUBSIDIE')!;
    // An empty loonwaarde cell means the Pw 10d lid 5 forfait, so it must not arrive as 0.
    expect(lks.parameters[0]).toMatchObject({ name: 'loonwaarde', type: 'any', optional: true });
    expect(lks.parameters[1]).toMatchObject({ name: 'uren_per_week', type: 'number' });
    expect(lks.parameters[2]).toMatchObject({ name: 'peildatum', type: 'any' });
    expect(opId.get('BIJSTANDSNORM')!.parameters[0]).toMatchObject({ type: 'string' });
    expect(opId.get('TAAKSTELLING_PLEKKEN')!.parameters[0]).toMatchObject({ type: 'any', dimensionality: 'matrix' });
  });

  it('returns numbers (dates as Excel serials) and spills UITLEG as a matrix with a repeating last parameter', () => {
    expect(opId.get('BESLISTERMIJN')!.result).toEqual({ type: 'number', dimensionality: 'scalar' });
    expect(opId.get('LOONKOSTENSUBSIDIE')!.result).toEqual({ type: 'number', dimensionality: 'scalar' });
    const uitleg = opId.get('UITLEG')!;
    expect(uitleg.result).toEqual({ type: 'any', dimensionality: 'matrix' });
    expect(uitleg.parameters.at(-1)).toMatchObject({ repeating: true, dimensionality: 'matrix' });
    expect(uitleg.parameters.filter((p) => p.repeating)).toHaveLength(1);
  });

  it('is what the build writes to addin/dist/functions.json, beside the bundle and the pages', async () => {
    const map = await bouwAddin({ AVRES_ORIGIN: 'https://avres.example.nl' }, mkdtempSync(join(tmpdir(), 'avres-addin-')));
    expect(JSON.parse(readFileSync(join(map, 'functions.json'), 'utf8'))).toEqual(meta);
    const manifest = readFileSync(join(map, 'manifest.xml'), 'utf8');
    expect(manifest).toContain('https://avres.example.nl/functions.json');
    expect(manifest).not.toContain('localhost:3000');
    for (const f of ['taskpane.html', 'taskpane.js', 'taskpane.css', 'help.html', 'assets/icon-32.png']) {
      expect(readFileSync(join(map, f)).length).toBeGreaterThan(0);
    }
    expect(JSON.parse(readFileSync(join(map, 'config.json'), 'utf8'))).toEqual({});
  });

  it('writes a manifest on the https port of npm start when only AVRES_HTTPS_PORT is set', async () => {
    const map = await bouwAddin({ AVRES_HTTPS_PORT: '3443' }, mkdtempSync(join(tmpdir(), 'avres-addin-')));
    const manifest = readFileSync(join(map, 'manifest.xml'), 'utf8');
    const bron = readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    expect(manifest.match(/https:\/\/localhost:3443/g)!.length).toBe(bron.match(/https:\/\/localhost:3000/g)!.length);
    expect(manifest).not.toContain('localhost:3000');
  });
});
