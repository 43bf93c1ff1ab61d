/**
 * `npm run evaluate -- --parameters set.json`: the command line computes with an exported figure set, read by the
 * same register schemas as the API; without it a 2027 date past the shipped figures stays an error.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { basisParameters } from '../../shared/parameters';
import { effectieveParameters, exporteerRekengegevens } from '../../shared/parameters/register';
import { datum } from '../../shared/time/datum';

const BATCH = JSON.stringify({ steps: false, calls: [{ function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2027-03-01'] }] });

async function evalueer(...args: string[]): Promise<{ stdout: string; code: number }> {
  return evalueerBatch(BATCH, ...args);
}

async function evalueerBatch(batch: string, ...args: string[]): Promise<{ stdout: string; code: number }> {
  const kind = execFile(process.execPath, ['--import', 'tsx', 'scripts/evaluate.ts', ...args]);
  kind.stdin!.end(batch);
  let stdout = '';
  kind.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  const code = await new Promise<number>((r) => kind.on('close', (c) => r(c ?? 0)));
  return { stdout, code };
}

describe('npm run evaluate -- --parameters', () => {
  let map: string;
  beforeAll(() => {
    map = mkdtempSync(join(tmpdir(), 'avres-parameters-'));
    const p = effectieveParameters(basisParameters, [
      {
        id: 1,
        reeks: 'wml',
        geldigVanaf: datum('2027-01-01'),
        waarde: { perUur: '15.10', referentiemaandloon: '2355.60' },
        status: 'vastgesteld',
        publicatie: 'Stcrt. 2026, 30123',
        artikel: { regeling: 'WML', artikel: '14' },
      },
    ]);
    writeFileSync(join(map, 'set.json'), JSON.stringify(exporteerRekengegevens(p, 'v1')));
    writeFileSync(
      join(map, 'kapot.json'),
      JSON.stringify({ soort: 'avres-rekengegevens', versie: 'v', reeksen: { wml: { waarden: [{}] } } }),
    );
  });
  afterAll(() => rmSync(map, { recursive: true, force: true }));

  it('computes a 2027 LKS with the exported set, and not without it', async () => {
    const met = await evalueer('--parameters', join(map, 'set.json'));
    expect(JSON.parse(met.stdout).results).toEqual([{ value: 1256.76 }]);
    const zonder = await evalueer();
    expect(JSON.parse(zonder.stdout).results[0].error.code).toBe('BUITEN_PARAMETERBEREIK');
  }, 60_000);

  it("prints the steps in the contract's shape when the batch asks for them", async () => {
    const r = await evalueerBatch(JSON.stringify({ calls: [{ function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2026-01-01'] }] }));
    const [lks] = JSON.parse(r.stdout).results;
    expect(lks.value).toBe(1224.11);
    expect(lks.steps).toHaveLength(11);
    expect(lks.steps).toContainEqual({
      label: expect.stringContaining('afgerond op centen'),
      value: '2477.95',
      source: 'Pw art. 10d lid 4',
    });
    expect(Object.keys(lks)).toEqual(['value', 'steps']);
  }, 60_000);

  it('refuses an unreadable set with a Dutch message naming the place, exit code 2', async () => {
    const r = await evalueer('--parameters', join(map, 'kapot.json'));
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.message).toMatch(/^--parameters .*kapot\.json: reeksen\.wml\.waarden\.0\.geldigVanaf/);
  }, 60_000);
});
