/**
 * The add-in's path at scale (issue 4 §7): a 10,000-row budget sheet (employee × month, LKS,
 * begeleidingskosten and places per row, sums per gemeente) recalculated by HyperFormula with the
 * AVRES functions answered through the batching client by the real local API over HTTP, beside the
 * same sheet written with plain spreadsheet formulas in the same engine, in the same run.
 * Targets: at most one HTTP request per 1,000 distinct AVRES calls; within 3x of the plain sheet.
 */
import ExcelJS from 'exceljs';
import { catalogus } from '../shared/catalogue';
import { createBatchingClient } from '../addin/client/batching-client';
import { herbereken } from '../addin/recalc/herberekening';
import { begroting, maandenVan, Medewerker } from './begroting-rijen';
import { GEMEENTEN } from '../shared/schemas/casus';
import { leesConfig } from '../functions/config';
import { maakOmgeving } from '../functions/omgeving';
import { startServer } from '../functions/local-server';
import { maakOntwikkeltoken } from '../functions/auth/ontwikkelsleutel';
import { spreiding } from './spreiding';

const RIJEN = 10_000;
const RUNS = 3;

function rijen(): { maand: string; m: Medewerker }[] {
  const maanden = maandenVan(2026);
  const uren = [16, 20, 24, 28, 31, 32, 36, 38];
  return Array.from({ length: RIJEN }, (_, i) => {
    const nr = Math.floor(i / 12);
    return {
      maand: maanden[i % 12]!,
      m: {
        naam: `Medewerker ${nr + 1}`,
        gemeente: GEMEENTEN[nr % 3]!,
        loonwaarde: ((nr * 37) % 800) / 1000 + 0.2,
        uren: uren[nr % uren.length]!,
      },
    };
  });
}

async function meet(wb: ExcelJS.Workbook, api: string, token: string) {
  const client = createBatchingClient({ api, token: () => token });
  const start = process.hrtime.bigint();
  const verslag = await herbereken(wb, catalogus, client);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const totaal = (wb.getWorksheet('Per gemeente')!.getCell('B5').value as ExcelJS.CellFormulaValue).result as number;
  return { ms, verslag, stat: client.statistiek(), totaal };
}

export default async function main(): Promise<void> {
  const omgeving = await maakOmgeving(leesConfig({ AVRES_AUTH_MODE: 'development' }), { inGeheugen: true });
  const server = await startServer({ omgeving, poort: 0 });
  const token = await maakOntwikkeltoken(omgeving.sleutel!);
  try {
    const r = rijen();
    // Warm-up of both engines' code paths, not measured.
    await meet(begroting(r.slice(0, 200)), server.url, token);
    await meet(begroting(r.slice(0, 200), { metAvres: false }), server.url, token);

    const avresMs: number[] = [];
    const plainMs: number[] = [];
    const ratio: number[] = [];
    let avres: Awaited<ReturnType<typeof meet>> | undefined;
    let plain: Awaited<ReturnType<typeof meet>> | undefined;
    for (let run = 0; run < RUNS; run++) {
      avres = await meet(begroting(r), server.url, token);
      plain = await meet(begroting(r, { metAvres: false }), server.url, token);
      if (avres.verslag.fouten.length) throw new Error(`AVRES-sheet met fouten: ${JSON.stringify(avres.verslag.fouten.slice(0, 3))}`);
      avresMs.push(avres.ms);
      plainMs.push(plain.ms);
      ratio.push(avres.ms / plain.ms);
    }
    const perDuizend = avres!.stat.verzoeken / (avres!.stat.verzonden / 1000);
    console.log(
      `rows: ${RIJEN}; formulas: ${avres!.verslag.formules}; AVRES calls: ${avres!.stat.aanroepen}, distinct: ${avres!.stat.verzonden}, rounds: ${avres!.verslag.rondes}`,
    );
    console.log(
      `AVRES sheet via client + local API, ${RUNS} runs: ${spreiding(avresMs, 0).tekst} ms, ${avres!.stat.verzoeken} HTTP request(s) = ${perDuizend.toFixed(3)} per 1,000 distinct calls (target ≤ 1)`,
    );
    console.log(`plain-formula sheet, same engine: ${spreiding(plainMs, 0).tekst} ms`);
    console.log(
      `ratio AVRES/plain: ${spreiding(ratio, 2).tekst}x (target ≤ 3x); LKS total AVRES € ${avres!.totaal.toFixed(2)} vs plain € ${plain!.totaal.toFixed(2)}`,
    );
  } finally {
    await server.sluit();
  }
}
