/**
 * The import graph of the product has no circles: a module depends on modules below it, never on something that
 * (through others) depends on it again. Type-only imports count too: a circle of types is a circle of meaning.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '..');
const DELEN = ['shared', 'functions', 'addin', 'scripts'];

function bronbestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) return naam === 'node_modules' ? [] : bronbestanden(pad);
    return pad.endsWith('.ts') && !pad.endsWith('.d.ts') ? [pad] : [];
  });
}

/** The project file a relative import names, or undefined for packages. */
function doelVan(van: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const basis = resolve(dirname(van), specifier);
  return [`${basis}.ts`, join(basis, 'index.ts'), basis].find((p) => existsSync(p) && statSync(p).isFile());
}

function importGraaf(): Map<string, string[]> {
  const graaf = new Map<string, string[]>();
  for (const bestand of DELEN.flatMap((d) => bronbestanden(join(ROOT, d)))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(bestand, 'utf8'), true, true);
    const doelen = importedFiles.map((i) => doelVan(bestand, i.fileName)).filter((d): d is string => d !== undefined);
    graaf.set(bestand, [...new Set(doelen)]);
  }
  return graaf;
}

/** Every circle found by a depth-first walk, each as the files along it. */
function cirkels(graaf: Map<string, string[]>): string[][] {
  const gevonden: string[][] = [];
  const klaar = new Set<string>();
  const pad: string[] = [];
  const opPad = new Set<string>();
  const bezoek = (bestand: string): void => {
    if (klaar.has(bestand)) return;
    if (opPad.has(bestand)) {
      gevonden.push([...pad.slice(pad.indexOf(bestand)), bestand]);
      return;
    }
    opPad.add(bestand);
    pad.push(bestand);
    for (const doel of graaf.get(bestand) ?? []) bezoek(doel);
    pad.pop();
    opPad.delete(bestand);
    klaar.add(bestand);
  };
  for (const bestand of graaf.keys()) bezoek(bestand);
  return gevonden;
}

describe('architecture', () => {
  it('finds the imports of the product (the check below looks at something)', () => {
    const graaf = importGraaf();
    expect(graaf.size).toBeGreaterThan(100);
    expect(graaf.get(join(ROOT, 'functions/routes.ts'))).toContain(join(ROOT, 'functions/http/casussen.ts'));
  });

  it('has no import circle in shared/, functions/, addin/ or scripts/', () => {
    const gevonden = cirkels(importGraaf()).map((c) => c.map((p) => relative(ROOT, p)).join(' → '));
    expect(gevonden).toEqual([]);
  });

  it('recognises a circle when there is one', () => {
    const graaf = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cirkels(graaf)).toEqual([['a', 'b', 'c', 'a']]);
  });
});
