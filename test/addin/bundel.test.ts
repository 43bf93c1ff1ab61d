/**
 * The add-in knows the functions only by their description (shared/catalogue/beschrijvingen.json): its bundle
 * carries no rule, no legal figure, no catalogue implementation, no date library, no decimal library and no
 * validator; the API computes and validates. MSAL is a chunk of its own, loaded only when nested app
 * authentication is configured.
 */
import { build, Metafile } from 'esbuild';
import { taskpaneBundel } from '../../scripts/build-addin';

let metafile: Metafile;

beforeAll(async () => {
  metafile = (await build({ ...taskpaneBundel(), write: false, sourcemap: false, metafile: true })).metafile;
}, 60_000);

const bestanden = (): string[] => Object.keys(metafile.inputs);
/** The inputs of taskpane.js and of the chunks it imports statically: what every page load fetches. */
const hoofdbundel = (): string[] => {
  const uitvoer = Object.entries(metafile.outputs);
  const gezien = new Set<string>();
  const volg = (naam: string): void => {
    if (gezien.has(naam)) return;
    gezien.add(naam);
    for (const imp of metafile.outputs[naam]!.imports) if (imp.kind === 'import-statement') volg(imp.path);
  };
  volg(uitvoer.find(([naam]) => naam.endsWith('/taskpane.js'))![0]);
  return [...gezien].flatMap((naam) => Object.keys(metafile.outputs[naam]!.inputs));
};

describe('the add-in bundle', () => {
  it('contains no rule and no legal figure', () => {
    expect(bestanden().filter((b) => /shared\/(rules|parameters)\//.test(b))).toEqual([]);
  });

  it('contains of the catalogue only its description', () => {
    expect(bestanden().filter((b) => b.includes('shared/catalogue/'))).toEqual([
      'shared/catalogue/beschrijvingen.json',
      'shared/catalogue/beschrijvingen.ts',
    ]);
  });

  it('contains no date-fns', () => {
    expect(bestanden().filter((b) => b.includes('node_modules/date-fns/'))).toEqual([]);
  });

  it('contains no decimal.js: the ledger reader counts in whole cents', () => {
    expect(bestanden().filter((b) => b.includes('node_modules/decimal.js/'))).toEqual([]);
  });

  it('contains no zod: the panes read the value lists from zod-free modules, the API validates', () => {
    expect(bestanden().filter((b) => b.includes('node_modules/zod/'))).toEqual([]);
  });

  it('loads MSAL only on demand, from a chunk of its own', () => {
    expect(bestanden().some((b) => b.includes('node_modules/@azure/msal-browser/'))).toBe(true);
    expect(hoofdbundel().filter((b) => b.includes('node_modules/@azure/'))).toEqual([]);
  });
});
