/**
 * `npm run recalc -- in.xlsx out.xlsx [--api URL] [--token T]`: evaluates every formula of a workbook,
 * AVRES functions included (through the add-in's batching client against the API), with HyperFormula,
 * and writes the workbook with the values. The token defaults to AVRES_TOKEN (npm start prints one).
 */
import ExcelJS from 'exceljs';
import { beschrijvingen } from '../shared/catalogue/beschrijvingen';
import { createBatchingClient } from '../addin/client/batching-client';
import { herbereken } from '../addin/recalc/herberekening';

const GEBRUIK = 'gebruik: npm run recalc -- in.xlsx uit.xlsx [--api https://localhost:3000/api] [--token <token>]';

function leesOpties(argv: string[]): { in: string; uit: string; api: string; token?: string } {
  const vrij: string[] = [];
  const o: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--api' || a === '--token') {
      const v = argv[++i];
      if (!v) throw new Error(`${a} vraagt een waarde; ${GEBRUIK}`);
      o[a.slice(2)] = v;
    } else if (a.startsWith('--')) {
      throw new Error(`onbekende optie ${a}; ${GEBRUIK}`);
    } else {
      vrij.push(a);
    }
  }
  if (vrij.length !== 2) throw new Error(`geef een invoer- en een uitvoerbestand; ${GEBRUIK}`);
  const token = o.token ?? process.env.AVRES_TOKEN;
  return {
    in: vrij[0]!,
    uit: vrij[1]!,
    api: (o.api ?? process.env.AVRES_API ?? 'http://localhost:7071/api').replace(/\/$/, ''),
    ...(token ? { token } : {}),
  };
}

async function main(): Promise<void> {
  const o = leesOpties(process.argv.slice(2));
  const werkmap = new ExcelJS.Workbook();
  await werkmap.xlsx.readFile(o.in);
  const client = createBatchingClient({ api: o.api, ...(o.token ? { token: () => o.token } : {}) });
  const verslag = await herbereken(werkmap, beschrijvingen, client);
  await werkmap.xlsx.writeFile(o.uit);
  const s = client.statistiek();
  console.log(
    `${verslag.formules} formules berekend in ${verslag.rondes} rondes; ${s.verzonden} verschillende AVRES-aanroepen in ${s.verzoeken} verzoeken aan ${o.api}. Geschreven: ${o.uit}`,
  );
  for (const f of verslag.fouten.slice(0, 20)) console.log(`  ${f.cel}: ${f.fout}`);
  if (verslag.fouten.length > 20) console.log(`  … en nog ${verslag.fouten.length - 20} cellen met een fout`);
}

main().catch((e: unknown) => {
  console.error(`recalc mislukt: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
