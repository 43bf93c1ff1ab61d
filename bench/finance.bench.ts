/**
 * Finance at scale (issue 5 §6), each beside a plain in-memory baseline over the same data, in the same run:
 * 1. Import of 100,000 ledger lines: strict Dutch CSV reading + one all-or-nothing transaction into the registry
 *    (PGlite in memory), against splitting the same text and pushing the lines into an array.
 * 2. LKS reconciliation of 3 gemeenten × 2,000 cases × 12 months with exact money and explanations, against a
 *    loop over plain numbers computing the same formula and comparing with a Map of payments.
 */
import Decimal from 'decimal.js';
import { leesGrootboekCsv } from '../shared/grootboek/grootboekregels';
import { reconcilieerLks } from '../shared/rules/lks-reconciliatie';
import { openRegistry } from '../functions/registry/open-registry';
import { importeerGrootboek } from '../functions/registry/grootboek';
import { zetLoguitvoer } from '../functions/registry/logboek';
import { GEMEENTEN } from '../shared/schemas/grootboek';
import { alsCsv, genereer, willekeur } from '../test/support/grootboek-generator';
import { spreiding } from './spreiding';

const REGELS = 100_000;
const CASUSSEN_PER_GEMEENTE = 2_000;
const RUNS = 5;

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The ledger: the generated LKS lines of 6,000 cases, filled up to 100,000 lines with bijstand payments. */
function grootboek(): { csv: string; data: ReturnType<typeof genereer> } {
  const data = genereer(2026, CASUSSEN_PER_GEMEENTE, 2026);
  const r = willekeur(99);
  const bijstand = Array.from({ length: REGELS - data.betalingen.length }, (_, i) => ({
    gemeente: GEMEENTEN[i % 3]!,
    periode: `2026-${String(1 + (i % 12)).padStart(2, '0')}`,
    bedrag: new Decimal(Math.round(50000 + r() * 150000)).div(100),
  }));
  return { csv: alsCsv(data.betalingen, bijstand), data };
}

/** Baseline import: split the text, parse the numbers, push objects. No validation, no storage. */
function plainImport(csv: string): number {
  const uit: { gemeente: string; periode: string; soort: string; casusnummer: string; bedrag: number }[] = [];
  const regels = csv.split('\r\n');
  for (let i = 1; i < regels.length; i++) {
    if (!regels[i]) continue;
    const v = regels[i]!.split(';');
    uit.push({
      gemeente: v[0]!,
      periode: v[2]!,
      soort: v[3]!,
      casusnummer: v[4]!,
      bedrag: parseFloat(v[5]!.replace(/\./g, '').replace(',', '.')),
    });
  }
  return uit.length;
}

/** Baseline reconciliation: the same formula in floating point, rounded like the rule, compared with a Map. */
function plainReconciliatie(data: ReturnType<typeof genereer>): number {
  const ref = 2294.4;
  const rond = (x: number) => Math.round(x * 100 + 1e-7) / 100;
  const betaald = new Map<string, number>();
  for (const b of data.betalingen) {
    const k = `${b.gemeente}|${b.casusnummer}|${b.periode}`;
    betaald.set(k, (betaald.get(k) ?? 0) + b.bedrag.toNumber());
  }
  const verwacht = new Map<string, number>();
  for (const p of data.dienstverbanden) {
    for (let m = 1; m <= 12; m++) {
      const dim = new Date(Date.UTC(2026, m, 0)).getUTCDate();
      const eerste = `2026-${String(m).padStart(2, '0')}-01`;
      const laatste = `2026-${String(m).padStart(2, '0')}-${dim}`;
      if (p.van > laatste || (p.tot !== null && p.tot < eerste)) continue;
      const vanDag = p.van > eerste ? Number(p.van.slice(8)) : 1;
      const totDag = p.tot !== null && p.tot < laatste ? Number(p.tot.slice(8)) : dim;
      const wmlvb = rond((ref * 1.08 * p.urenPerWeek) / 36);
      const subsidie = rond(wmlvb * (p.loonwaarde === null ? 0.5 : Math.min(1 - p.loonwaarde, 0.7)));
      const lks = subsidie + rond(subsidie * 0.235);
      const bedrag = totDag - vanDag + 1 === dim ? lks : rond((lks * (totDag - vanDag + 1)) / dim);
      const k = `${p.gemeente}|${p.casusnummer}|${eerste.slice(0, 7)}`;
      verwacht.set(k, (verwacht.get(k) ?? 0) + bedrag);
    }
  }
  let verschillen = 0;
  for (const k of new Set([...betaald.keys(), ...verwacht.keys()]))
    if (Math.abs((betaald.get(k) ?? 0) - (verwacht.get(k) ?? 0)) > 0.005) verschillen++;
  return verschillen;
}

export default async function main(): Promise<void> {
  const herstel = zetLoguitvoer(() => undefined);
  const { csv, data } = grootboek();
  // Plant differences so both sides have something to find: every 97th payment is 1 cent short.
  data.betalingen.forEach((b, i) => {
    if (i % 97 === 0) b.bedrag = b.bedrag.minus('0.01');
  });
  const db = await openRegistry({});
  try {
    // Warm-up (not measured): the code paths of both sides.
    const warm = leesGrootboekCsv(csv.slice(0, 200_000).replace(/\r\n[^\r\n]*$/, '\r\n'));
    await importeerGrootboek(db, warm.regels, { actor: 'bench', traceId: 'bench' });
    await db.exec('TRUNCATE grootboek_imports, grootboekblokken CASCADE');
    plainImport(csv);
    reconcilieerLks({ jaar: 2026, dienstverbanden: data.dienstverbanden.slice(0, 300), betalingen: data.betalingen.slice(0, 3000) });
    plainReconciliatie(data);

    const m = { lezen: [] as number[], opslaan: [] as number[], plain: [] as number[], ratio: [] as number[], opslagRatio: [] as number[] };
    const r = { regel: [] as number[], plain: [] as number[], ratio: [] as number[] };
    let verschillen = 0;
    let plainVerschillen = 0;
    for (let run = 0; run < RUNS; run++) {
      await db.exec('TRUNCATE grootboek_imports, grootboekblokken CASCADE');
      let t = process.hrtime.bigint();
      const gelezen = leesGrootboekCsv(csv);
      const lezen = ms(t);
      t = process.hrtime.bigint();
      const imp = await importeerGrootboek(db, gelezen.regels, { actor: 'bench', traceId: 'bench' });
      const opslaan = ms(t);
      t = process.hrtime.bigint();
      const plainAantal = plainImport(csv);
      const plain = ms(t);
      if (gelezen.fouten.length || imp.aantalRegels !== REGELS || plainAantal !== REGELS)
        throw new Error(`import klopt niet: ${imp.aantalRegels} / ${plainAantal}`);
      m.lezen.push(lezen);
      m.opslaan.push(opslaan);
      m.plain.push(plain);
      m.ratio.push((lezen + opslaan) / plain);
      m.opslagRatio.push(opslaan / plain);

      t = process.hrtime.bigint();
      verschillen = reconcilieerLks({ jaar: 2026, dienstverbanden: data.dienstverbanden, betalingen: data.betalingen }).waarde.verschillen
        .length;
      const rec = ms(t);
      t = process.hrtime.bigint();
      plainVerschillen = plainReconciliatie(data);
      const plainRec = ms(t);
      r.regel.push(rec);
      r.plain.push(plainRec);
      r.ratio.push(rec / plainRec);
    }
    console.log(
      `import ${REGELS.toLocaleString('en')} lines, ${RUNS} runs (ms): read+validate ${spreiding(m.lezen, 0).tekst}; one transaction into the registry (PGlite, a row of arrays per gemeente, periode and soort) ${spreiding(m.opslaan, 0).tekst}; plain split + parseFloat into an array ${spreiding(m.plain, 0).tekst}`,
    );
    console.log(
      `  ratio whole import/plain split: ${spreiding(m.ratio).tekst}x (target ≤ 5x); the transaction alone ${spreiding(m.opslagRatio).tekst}x`,
    );
    console.log(
      `reconciliation ${GEMEENTEN.length} gemeenten × ${CASUSSEN_PER_GEMEENTE.toLocaleString('en')} cases × 12 months (${data.dienstverbanden.length} dienstverband periods, ${data.betalingen.length} payments), ${RUNS} runs (ms): ${spreiding(r.regel, 0).tekst}, ${verschillen} differences with explanations; plain floating point ${spreiding(r.plain, 0).tekst}, ${plainVerschillen} differences`,
    );
    console.log(`  ratio reconciliation/plain loop: ${spreiding(r.ratio).tekst}x`);
  } finally {
    await db.close();
    zetLoguitvoer(herstel);
  }
}
