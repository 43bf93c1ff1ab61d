/**
 * The add-in knows the functions only by their description (shared/catalogue/beschrijvingen.json): its bundle
 * carries no rule, no legal figure, no catalogue implementation, no date library and no decimal library; the API
 * computes.
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

  it('contains no decimal.js: the ledger reader counts in whole cents', () => {
    expect(bestanden().filter((b) => b.includes('node_modules/decimal.js/'))).toEqual([]);
  });
});
