/**
 * `npm run recalc -- in.xlsx out.xlsx [--api URL] [--token T]`: evaluates every formula of a workbook,
 * AVRES functions included (through the add-in's batching client against the API), with HyperFormula,
 * and writes the workbook with the values; an error cell keeps its Dutch message as the cell's note. The token
 * defaults to AVRES_TOKEN (npm start prints one). Exits 2 when cells could not be computed for want of a token or
 * a server (the file is still written), 1 when the recalculation itself failed.
 */
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { beschrijvingen } from '../shared/catalogue/beschrijvingen';
import { createBatchingClient } from '../addin/client/batching-client';
import { herbereken } from '../addin/recalc/herberekening';
import { ontwikkelCertificaten } from './ontwikkelcertificaat';

/** Error cells printed in full; the rest are counted, and every one has its message as a note in the file. */
const GETOOND = 20;

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

/**
 * Node's fetch trusts only the CAs it starts with, so for an https API on this machine the tool runs itself once
 * more with the development certificate added (NODE_EXTRA_CA_CERTS); any other certificate is checked as usual.
 */
function metOntwikkelCertificaat(api: string): boolean {
  if (process.env.AVRES_CA_GELADEN) return false;
  const certificaten = ontwikkelCertificaten(api);
  if (!certificaten) return false;
  const kind = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_EXTRA_CA_CERTS: certificaten, AVRES_CA_GELADEN: '1' },
  });
  process.exit(kind.status ?? 1);
}

async function main(): Promise<void> {
  const o = leesOpties(process.argv.slice(2));
  if (metOntwikkelCertificaat(o.api)) return;
  const begin = Date.now();
  const voortgang = (m: string): void => {
    console.error(`[${((Date.now() - begin) / 1000).toFixed(1).replace('.', ',')} s] ${m}`);
  };
  const werkmap = new ExcelJS.Workbook();
  voortgang(`${o.in} lezen`);
  await werkmap.xlsx.readFile(o.in);
  const client = createBatchingClient({ api: o.api, ...(o.token ? { token: () => o.token } : {}) });
  const verslag = await herbereken(werkmap, beschrijvingen, client, { voortgang });
  voortgang(`${o.uit} schrijven`);
  await werkmap.xlsx.writeFile(o.uit);
  const s = client.statistiek();
  console.log(
    `${verslag.formules} formules berekend in ${verslag.rondes} rondes; ${s.verzonden} verschillende AVRES-aanroepen in ${s.verzoeken} verzoeken aan ${o.api}. Geschreven: ${o.uit}`,
  );
  if (verslag.fouten.length > 0) console.log(`${verslag.fouten.length} cellen met een fout (de melding staat als notitie bij de cel):`);
  for (const f of verslag.fouten.slice(0, GETOOND)) console.log(`  ${f.cel}: ${f.fout}`);
  if (verslag.fouten.length > GETOOND) console.log(`  … en nog ${verslag.fouten.length - GETOOND}: zie de notities in ${o.uit}`);
  if (verslag.nietBerekend > 0) {
    console.error(
      `${verslag.nietBerekend} cellen niet berekend: geen verbinding met of geen toegang tot ${o.api}${o.token ? '' : ' (geen token: geef --token of zet AVRES_TOKEN)'}`,
    );
    process.exitCode = 2;
  }
}

main().catch((e: unknown) => {
  console.error(`recalc mislukt: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
