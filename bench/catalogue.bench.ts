/**
 * LKS through the catalogue's batch entry, values only and with steps, beside the same formula in plain
 * JavaScript floats and as the exact integer formula (shared/breuk.ts, no validation or steps), all in the same
 * process run; BESLISTERMIJN beside them. Two input sets, each in its own process: `willekeurig`, 100,000 seeded
 * random LKS inputs (full-precision doubles, youth ages, caps, forfait, sector weeks: nothing a cache can reuse),
 * and `herhaald`, the bench's old 10,000 inputs that repeat. Every figure is min/median/max over several runs.
 * With steps, a result keeps the amounts its steps show and writes the steps when they are read; beside it, so that
 * the cost of the steps themselves shows too, the batch with steps written as the answer's text (`batchAntwoordJson`,
 * every step of every result, as the API sends them).
 * Targets (issue 12): on the random set values only ≤ 4x plain floats, with steps ≤ 10x.
 */
import { breukMaalOpCenten, eenMinGroterDan, eenMinMaalOpCenten, maalOpCenten } from '../shared/breuk';
import { batchAntwoordJson, evalueerBatch } from '../shared/catalogue/evalueer';
import type { LoonkostensubsidieInvoer } from '../shared/rules/loonkostensubsidie';
import { datum, Datum } from '../shared/time/datum';
import { plusDagen } from '../shared/time/kalender';
import { alsLksAanroep, lksInvoerGenerator } from '../test/support/lks-invoer';
import { spreiding, tijd } from './spreiding';

const RUNS = 7;
const ctx = { vandaag: datum('2026-11-24') };

const WML_1_JAN: Record<string, number> = { '2024': 2069.4, '2025': 2191.8, '2026': 2294.4 };
const JEUGD: Record<number, number> = { 15: 0.3, 16: 0.345, 17: 0.395, 18: 0.5, 19: 0.6, 20: 0.8 };
const cent = (x: number): number => Math.round(x * 100) / 100;

/** The LKS formula of FACTS §2.3 in plain floats: no validation, no steps (a cent off on ~1,5 % of inputs). */
function lksFloats(i: LoonkostensubsidieInvoer): number {
  const uren = i.voltijdUren !== undefined && i.voltijdUren < i.urenPerWeek ? i.voltijdUren : i.urenPerWeek;
  const wml = WML_1_JAN[i.peildatum.slice(0, 4)]!;
  const loon = i.leeftijd !== undefined && i.leeftijd < 21 ? cent(wml * JEUGD[i.leeftijd]!) : wml;
  const wmlvb = cent(((loon * 1.08) / 36) * uren);
  const subsidie = cent(wmlvb * (i.loonwaarde === null ? 0.5 : Math.min(1 - i.loonwaarde, 0.7)));
  return subsidie + cent(subsidie * 0.235);
}

/** The same formula exact on integers (shared/breuk.ts), the figures in cents: no validation, no steps. */
const WML_CENTEN: Record<string, number> = { '2024': 206940, '2025': 219180, '2026': 229440 };
const JEUGD_BREUK: Record<number, { teller: number; noemer: number }> = {
  15: { teller: 30, noemer: 100 },
  16: { teller: 345, noemer: 1000 },
  17: { teller: 395, noemer: 1000 },
  18: { teller: 50, noemer: 100 },
  19: { teller: 60, noemer: 100 },
  20: { teller: 80, noemer: 100 },
};
const MAXIMUM = { teller: 7, noemer: 10 };
const FORFAIT = { teller: 1, noemer: 2 };
const WERKGEVERSLASTEN = { teller: 235, noemer: 1000 };
function lksExact(i: LoonkostensubsidieInvoer): number {
  const uren = i.voltijdUren !== undefined && i.voltijdUren < i.urenPerWeek ? i.voltijdUren : i.urenPerWeek;
  const wml = WML_CENTEN[i.peildatum.slice(0, 4)]!;
  const loon = i.leeftijd !== undefined && i.leeftijd < 21 ? breukMaalOpCenten(wml, JEUGD_BREUK[i.leeftijd]!) : wml;
  const wmlvb = maalOpCenten({ teller: loon * 108, noemer: 3600 }, uren);
  const lw = i.loonwaarde;
  const subsidie =
    lw === null
      ? breukMaalOpCenten(wmlvb, FORFAIT)
      : eenMinGroterDan(lw, MAXIMUM)
        ? breukMaalOpCenten(wmlvb, MAXIMUM)
        : eenMinMaalOpCenten(wmlvb, lw);
  return subsidie + breukMaalOpCenten(subsidie, WERKGEVERSLASTEN);
}

function invoerSet(subset: string): LoonkostensubsidieInvoer[] {
  if (subset === 'willekeurig') return Array.from({ length: 100_000 }, lksInvoerGenerator(12, { binnenBereik: true }));
  return Array.from({ length: 10_000 }, (_, i) => ({
    loonwaarde: ((i * 7) % 100) / 100,
    urenPerWeek: 16 + (i % 25),
    peildatum: `${2024 + (i % 3)}-0${1 + (i % 9)}-15` as Datum,
  }));
}

const mediaan = (x: number[]): number => spreiding(x).mediaan;

export default async function bench(subset = 'willekeurig'): Promise<void> {
  const invoer = invoerSet(subset);
  const calls = invoer.map(alsLksAanroep);
  const termijnen = invoer.map((_, i) => ({ function: 'BESLISTERMIJN', args: [plusDagen(datum('2025-04-01'), i % 1000)] }));
  const gemeten = {
    floats: [] as number[],
    exact: [] as number[],
    waarden: [] as number[],
    stappen: [] as number[],
    geschreven: [] as number[],
    termijn: [] as number[],
  };
  let fout = 0;
  for (let r = 0; r <= RUNS; r++) {
    let som = 0;
    const floats = await tijd(() => {
      for (const i of invoer) som += lksFloats(i);
    });
    let somExact = 0;
    const exact = await tijd(() => {
      for (const i of invoer) somExact += lksExact(i);
    });
    const waarden = await tijd(() => evalueerBatch(calls, ctx, { stappen: false }));
    const stappen = await tijd(() => evalueerBatch(calls, ctx));
    const termijn = await tijd(() => evalueerBatch(termijnen, ctx));
    // Last: the texts of 100,000 answers with steps leave a heap that would colour the batches after them.
    const geschreven = await tijd(async () => batchAntwoordJson(await evalueerBatch(calls, ctx)));
    if (r === 0) {
      fout = Math.abs(Math.round(som * 100) - somExact);
      continue;
    }
    gemeten.floats.push(floats);
    gemeten.exact.push(exact);
    gemeten.waarden.push(waarden);
    gemeten.stappen.push(stappen);
    gemeten.geschreven.push(geschreven);
    gemeten.termijn.push(termijn);
  }
  const n = invoer.length.toLocaleString('nl-NL');
  console.log(`LKS, ${n} ${subset === 'willekeurig' ? 'willekeurige' : 'herhaalde'} invoeren, ${RUNS} runs (ms per batch):`);
  for (const [label, ms] of Object.entries(gemeten)) console.log(`  ${label.padEnd(10)} ${spreiding(ms).tekst}`);
  const floats = mediaan(gemeten.floats);
  const exact = mediaan(gemeten.exact);
  const ratio = (ms: number[]) => `${(mediaan(ms) / floats).toFixed(1)}x floats, ${(mediaan(ms) / exact).toFixed(1)}x exacte formule`;
  console.log(`  ratio exacte formule: ${(exact / floats).toFixed(1)}x floats (floats wijken samen ${fout} cent af)`);
  console.log(`  ratio catalogus alleen waarden: ${ratio(gemeten.waarden)} (doel ≤ 4x floats)`);
  console.log(`  ratio catalogus met stappen: ${ratio(gemeten.stappen)} (doel ≤ 10x floats)`);
  console.log(`  ratio catalogus met stappen, als tekst van het antwoord geschreven: ${ratio(gemeten.geschreven)}`);
  console.log(`  ratio BESLISTERMIJN met stappen: ${ratio(gemeten.termijn)}`);
}
