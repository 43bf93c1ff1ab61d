/**
 * The add-in knows the functions only by their description (shared/catalogue/beschrijvingen.json): its bundle
 * carries no rule, no legal figure, no catalogue implementation and no date library; the API computes.
 */
import { build, Metafile } from 'esbuild';
import { taskpaneBundel } from '../../scripts/build-addin';

let metafile: Metafile;

beforeAll(async () => {
  metafile = (await build({ ...taskpaneBundel(), write: false, sourcemap: false, metafile: true })).metafile;
}, 60_000);

const bestanden = (): string[] => Object.keys(metafile.inputs);

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

  it('reaches decimal.js only through the ledger reader of the import pane', () => {
    const via = Object.entries(metafile.inputs)
      .filter(([, i]) => i.imports.some((imp) => imp.path.includes('node_modules/decimal.js/')))
      .map(([bestand]) => bestand);
    expect(via.filter((b) => !b.includes('node_modules/'))).toEqual(['shared/grootboek/grootboekregels.ts']);
  });
});
