/**
 * The source text of every step, as the API answers it, must not change when sources become structured data:
 * the evaluate answers are compared byte for byte. The expected texts were recorded from the free-text
 * sources before `Bron` existed (bronteksten.json); the calls cover each catalogue example and the
 * branches of the rules whose steps cite differently (forfait, maximum, youth wage, Atw shifts, premature
 * ingebrekestelling, the six-month and age limits of the vrijlating, the AOW norms).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogus } from '../../shared/catalogue';
import { evalueer } from '../../shared/catalogue/evalueer';
import { datum } from '../../shared/time/datum';

const ctx = { vandaag: datum('2026-11-24') };

const REGISTERLOOS = catalogus.filter((f) => !['WACHTLIJSTPOSITIE', 'BUIG_SALDO'].includes(f.naam));

/** Calls beyond the worked examples, one per way a step cites its source. */
const AANROEPEN: { function: string; args: unknown[] }[] = [
  ...REGISTERLOOS.map((f) => ({ function: f.naam, args: [...f.voorbeeld.args] })),
  { function: 'LOONKOSTENSUBSIDIE', args: [null, 20, '2026-03-01'] },
  { function: 'LOONKOSTENSUBSIDIE', args: [0.1, 40, '2025-09-01', 38, 19] },
  { function: 'BESLISTERMIJN', args: ['2026-03-19'] },
  { function: 'BESLISTERMIJN', args: ['2026-03-02', [['2026-03-10', '2026-03-20']], false] },
  { function: 'PRAKTIJKTOETS_EINDE', args: ['2026-03-01'] },
  { function: 'DWANGSOM', args: ['2026-03-02', '2026-03-01'] },
  { function: 'DWANGSOM', args: ['2026-01-02', '2026-01-05'] },
  { function: 'VRIJLATING', args: [800, '2026-01-01', 26, 1] },
  { function: 'VRIJLATING', args: [800, '2026-01-01', 30, 7] },
  { function: 'VRIJLATING', args: [800, '2026-01-01', 68, 9] },
  { function: 'BIJSTANDSNORM', args: ['gehuwden_aow', '2026-01-01'] },
  { function: 'WML', args: ['2026-01-01', 18, 'uur'] },
  { function: 'VANGNETUITKERING', args: [10000000, 10500000] },
  { function: 'VANGNETUITKERING', args: [10000000, 11500000, [[500000], [-200000]]] },
  { function: 'UITLEG', args: ['BESLISTERMIJN', '2026-03-02'] },
];

async function bronteksten(): Promise<Record<string, string[]>> {
  const uit: Record<string, string[]> = {};
  for (const aanroep of AANROEPEN) {
    const r = await evalueer(aanroep, ctx);
    uit[JSON.stringify(aanroep)] = 'error' in r ? [`fout: ${r.error.code}`] : (r.steps ?? []).map((s) => s.source);
  }
  return uit;
}

describe('the source text of the steps', () => {
  it('is the text shown before sources were structured, step for step', async () => {
    const verwacht = JSON.parse(readFileSync(join(__dirname, 'bronteksten.json'), 'utf8')) as Record<string, string[]>;
    expect(await bronteksten()).toEqual(verwacht);
  });
});
