/**
 * Throughput of the catalogue in-process (issue 2): LKS and BESLISTERMIJN evaluations per second in
 * batches of 10,000, steps included, beside the same LKS formula in plain JavaScript numbers.
 * Target: ≥ 300,000 LKS evaluations/s on one core, within 5x of the plain-number formula.
 */
import { evalueerBatch } from '../shared/catalogue/evalueer';
import { datum } from '../shared/time/datum';
import { plusDagen } from '../shared/time/kalender';

const BATCH = 10_000;
const RONDES = 20;
const ctx = { vandaag: datum('2026-11-24') };

function lksAanroepen(): { function: string; args: unknown[] }[] {
  return Array.from({ length: BATCH }, (_, i) => ({
    function: 'LOONKOSTENSUBSIDIE',
    args: [((i * 7) % 100) / 100, 16 + (i % 25), `${2024 + (i % 3)}-0${1 + (i % 9)}-15`],
  }));
}

function termijnAanroepen(): { function: string; args: unknown[] }[] {
  return Array.from({ length: BATCH }, (_, i) => ({ function: 'BESLISTERMIJN', args: [plusDagen(datum('2025-04-01'), i % 1000)] }));
}

const WML_1_JAN: Record<string, number> = { '2024': 2069.4, '2025': 2191.8, '2026': 2294.4 };
const cent = (x: number): number => Math.round(x * 100 + Number.EPSILON * 100) / 100;

/** The LKS formula of FACTS §2.3 in plain numbers: no validation, no steps, no parameters lookup. */
function lksPlain(loonwaarde: number, uren: number, peildatum: string): number {
  const wmlvb = cent(WML_1_JAN[peildatum.slice(0, 4)]! * 1.08 * (uren / 36));
  const subsidie = cent(wmlvb * Math.min(1 - loonwaarde, 0.7));
  return cent(subsidie + cent(subsidie * 0.235));
}

async function perSeconde(label: string, calls: { function: string; args: unknown[] }[]): Promise<number> {
  await evalueerBatch(calls, ctx);
  const start = process.hrtime.bigint();
  for (let r = 0; r < RONDES; r++) {
    const uit = await evalueerBatch(calls, ctx);
    if ('error' in uit[0]!) throw new Error(`${label}: ${JSON.stringify(uit[0])}`);
  }
  const s = Number(process.hrtime.bigint() - start) / 1e9;
  const eps = (BATCH * RONDES) / s;
  console.log(`${label}: ${Math.round(eps).toLocaleString('nl-NL')} evaluaties/s (batches van ${BATCH}, stappen inbegrepen)`);
  return eps;
}

export default async function bench(): Promise<void> {
  const calls = lksAanroepen();
  const lks = await perSeconde('LOONKOSTENSUBSIDIE via catalogus', calls);
  await perSeconde('BESLISTERMIJN via catalogus', termijnAanroepen());

  let som = 0;
  const start = process.hrtime.bigint();
  for (let r = 0; r < RONDES * 10; r++) {
    for (const c of calls) som += lksPlain(c.args[0] as number, c.args[1] as number, c.args[2] as string);
  }
  const plain = (BATCH * RONDES * 10) / (Number(process.hrtime.bigint() - start) / 1e9);
  console.log(
    `LKS in gewone getallen (zonder validatie of stappen): ${Math.round(plain).toLocaleString('nl-NL')} evaluaties/s (controlesom ${Math.round(som)})`,
  );
  console.log(
    `ratio catalogus/gewone getallen: ${(plain / lks).toFixed(1)}x trager (doel ≤ 5x); doel ≥ 300.000/s: ${lks >= 300_000 ? 'gehaald' : 'niet gehaald'}`,
  );
}
