/**
 * `npm run templates`: writes the workbooks in templates/ that controllers start from, from the same
 * descriptions the task pane inserts (addin/sjablonen/): begroting-beschut-werk.xlsx and termijnen-overzicht.xlsx.
 * AVRES formulas are stored as Excel stores an add-in's custom functions (`_xldudf_AVRES_…`), so the files
 * compute when they are opened in Excel with the add-in, and `npm run recalc` reads them.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { SJABLONEN } from '../addin/sjablonen';
import type { Sjabloon } from '../addin/sjablonen/sjabloon';

/**
 * A formula as the Excel API takes it (`=AVRES.X(…)`) to the text Excel stores in the file.
 * @example alsBestandsformule('=IF(A1="AVRES.X",AVRES.WML(A2),0)') // 'IF(A1="AVRES.X",_xldudf_AVRES_WML(A2),0)'
 */
export function alsBestandsformule(formule: string): string {
  return formule
    .slice(1)
    .split(/("(?:[^"]|"")*")/)
    .map((deel, i) => (i % 2 === 1 ? deel : deel.replace(/\bAVRES\.([A-Z_]+)\(/gi, '_xldudf_AVRES_$1(')))
    .join('');
}

/** The template as a workbook of one sheet. */
export function alsWerkmap(sjabloon: Sjabloon): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Avres';
  const ws = wb.addWorksheet(sjabloon.blad);
  sjabloon.breedtes.forEach((b, i) => (ws.getColumn(i + 1).width = b));
  for (const c of sjabloon.cellen) {
    const cel = ws.getCell(c.adres);
    cel.value = c.formule !== undefined ? ({ formula: alsBestandsformule(c.formule) } as ExcelJS.CellFormulaValue) : (c.waarde ?? null);
    if (c.formaat) cel.numFmt = c.formaat;
    if (c.vet) cel.font = { bold: true };
  }
  return wb;
}

export const TEMPLATES = resolve(__dirname, '..', 'templates');

/** Writes the templates into `map`. */
export async function schrijfTemplates(map = TEMPLATES): Promise<string[]> {
  mkdirSync(map, { recursive: true });
  return Promise.all(
    SJABLONEN.map(async (s) => {
      const bestand = join(map, s.bestand);
      await alsWerkmap(s.maak()).xlsx.writeFile(bestand);
      return bestand;
    }),
  );
}

if (require.main === module) {
  schrijfTemplates()
    .then((b) => console.log(`Geschreven: ${b.join(', ')}`))
    .catch((e: unknown) => {
      console.error(`templates mislukt: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    });
}
