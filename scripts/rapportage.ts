/**
 * `npm run rapportage -- --jaar 2026 --uit rapport.xlsx [--gemeente Gorinchem] [--api URL]`: the four-monthly
 * report (Jaarplan Avres 2020 ch. 5) as an Excel workbook. Reads the registry directly (PGlite in
 * AVRES_DATA_DIR, or DATABASE_URL), or, with --api, a running API (token in AVRES_TOKEN), which is needed while
 * `npm start` holds the PGlite folder. The workbook has the report as an Excel table and the explanation; charts
 * come from the task pane (exceljs cannot write charts).
 */
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { rapportageTabel, Tabel } from '../shared/grootboek/tabellen';
import { GEMEENTEN, Gemeente, RapportageRegelJson } from '../shared/schemas/grootboek';
import { alsWireStap, type WireStap } from '../shared/schemas/stap';
import type { Datum } from '../shared/time/datum';
import { vandaag as vandaagInNl } from '../shared/time/vandaag';
import { openRegistry } from '../functions/registry/open-registry';
import { zetLoguitvoer } from '../functions/registry/logboek';
import { alsJson } from '../functions/http/rapportages';
import { rapportageUitRegister } from '../functions/registry/rapportages';

export interface RapportageOpties {
  jaar: number;
  uit: string;
  gemeente?: Gemeente;
  api?: string;
  token?: string;
  dataDir?: string;
  databaseUrl?: string;
  vandaag?: Datum;
}

const BEDRAG = '#,##0.00';

function voegTabelToe(ws: ExcelJS.Worksheet, naam: string, begin: string, t: Tabel): void {
  ws.addTable({
    name: naam,
    ref: begin,
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: t.kopjes.map((k) => ({ name: k, filterButton: true })),
    rows: t.rijen.map((r) => r.map((c) => c ?? '')),
  });
  const eersteRij = Number(begin.replace(/^[A-Z]+/, '')) + 1;
  for (const k of t.bedragKolommen) {
    for (let r = eersteRij; r < eersteRij + t.rijen.length; r++) ws.getCell(r, k + 1).numFmt = BEDRAG;
  }
  t.kopjes.forEach((k, i) => {
    ws.getColumn(i + 1).width = Math.max(12, Math.min(40, k.length + 2));
  });
}

/**
 * The report workbook: sheet "Viermaandsrapportage" (an Excel table) and sheet "Toelichting" (the readings).
 * @example const wb = rapportWerkboek(2026, regels, stappen); await wb.xlsx.writeFile('rapport.xlsx');
 */
export function rapportWerkboek(jaar: number, regels: readonly RapportageRegelJson[], stappen: readonly WireStap[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Avres rekenregels';
  const ws = wb.addWorksheet('Viermaandsrapportage');
  ws.getCell('A1').value = `Viermaandsrapportage ${jaar}: beschut werk en uitgaven per gemeente en tertiaal`;
  ws.getCell('A1').font = { bold: true, size: 14 };
  voegTabelToe(ws, 'Viermaandsrapportage', 'A3', rapportageTabel(regels));
  const toelichting = wb.addWorksheet('Toelichting');
  toelichting.addTable({
    name: 'Toelichting',
    ref: 'A1',
    headerRow: true,
    columns: [{ name: 'Onderdeel' }, { name: 'Keuze' }, { name: 'Bron' }],
    rows: [
      ...stappen.map((s) => [s.label, s.value, s.source]),
      ['Grafieken', 'maak ze vanuit het taakvenster Financiën › Rapportage (naar werkblad met grafieken)', ''],
    ],
  });
  toelichting.getColumn(1).width = 30;
  toelichting.getColumn(2).width = 80;
  toelichting.getColumn(3).width = 50;
  return wb;
}

async function vanApi(o: RapportageOpties): Promise<{ regels: RapportageRegelJson[]; stappen: WireStap[] }> {
  const q = new URLSearchParams({ jaar: String(o.jaar), ...(o.gemeente ? { gemeente: o.gemeente } : {}) });
  const res = await fetch(`${o.api!.replace(/\/$/, '')}/rapportages/viermaands?${q}`, {
    headers: { Authorization: `Bearer ${o.token ?? ''}` },
  });
  const body = (await res.json()) as { regels?: RapportageRegelJson[]; stappen?: WireStap[]; error?: { message: string } };
  if (!res.ok) throw new Error(`De API antwoordde ${res.status}: ${body.error?.message ?? 'onbekende fout'}`);
  return { regels: body.regels!, stappen: body.stappen! };
}

async function vanRegister(o: RapportageOpties): Promise<{ regels: RapportageRegelJson[]; stappen: WireStap[] }> {
  const herstel = zetLoguitvoer(() => undefined);
  let db;
  try {
    db = await openRegistry({ ...(o.databaseUrl ? { databaseUrl: o.databaseUrl } : { dataDir: o.dataDir ?? resolve('.avres-data') }) });
  } catch (e) {
    zetLoguitvoer(herstel);
    throw new Error(
      `Het register kon niet worden geopend (${(e as Error).message}). Draait npm start? Gebruik dan --api http://localhost:${process.env.PORT ?? 7071}/api met het token in AVRES_TOKEN.`,
    );
  }
  try {
    const gemeenten = o.gemeente ? [o.gemeente] : [...GEMEENTEN];
    const r = await db.transaction((tx) => rapportageUitRegister(tx, o.jaar, gemeenten, o.vandaag ?? vandaagInNl()));
    return { regels: r.waarde.map(alsJson), stappen: r.stappen.map(alsWireStap) };
  } finally {
    await db.close();
    zetLoguitvoer(herstel);
  }
}

/** Writes the report workbook; returns the number of rows. */
export async function maakRapportage(o: RapportageOpties): Promise<number> {
  const { regels, stappen } = o.api ? await vanApi(o) : await vanRegister(o);
  await rapportWerkboek(o.jaar, regels, stappen).xlsx.writeFile(o.uit);
  return regels.length;
}

function leesArgumenten(argv: readonly string[]): RapportageOpties {
  const waarde = (naam: string): string | undefined => {
    const i = argv.indexOf(`--${naam}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const jaar = Number(waarde('jaar'));
  const uit = waarde('uit');
  if (!Number.isInteger(jaar) || jaar < 2015 || jaar > 2100)
    throw new Error('--jaar ontbreekt of is ongeldig: geef een jaar als --jaar 2026');
  if (!uit || !uit.endsWith('.xlsx')) throw new Error('--uit ontbreekt: geef een bestandsnaam op .xlsx, bijvoorbeeld --uit rapport.xlsx');
  const gemeente = waarde('gemeente');
  const gevonden = gemeente === undefined ? undefined : GEMEENTEN.find((g) => g.toLowerCase() === gemeente.toLowerCase());
  if (gemeente !== undefined && !gevonden) throw new Error(`onbekende gemeente "${gemeente}"; kies uit: ${GEMEENTEN.join(', ')}`);
  const api = waarde('api');
  return {
    jaar,
    uit,
    ...(gevonden ? { gemeente: gevonden } : {}),
    ...(api ? { api, ...(process.env.AVRES_TOKEN ? { token: process.env.AVRES_TOKEN } : {}) } : {}),
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
    ...(process.env.AVRES_DATA_DIR ? { dataDir: resolve(process.env.AVRES_DATA_DIR) } : {}),
  };
}

if (require.main === module) {
  (async () => {
    const o = leesArgumenten(process.argv.slice(2));
    const n = await maakRapportage(o);
    console.log(`Viermaandsrapportage ${o.jaar} geschreven naar ${o.uit} (${n} regels).`);
  })().catch((e: unknown) => {
    console.error(`Fout: ${(e as Error).message}`);
    process.exit(1);
  });
}
