/** Test only: a workbook written to an .xlsx file and read back, as `npm run recalc` reads it, and a formula cell's result. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

export async function viaBestand(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const pad = join(mkdtempSync(join(tmpdir(), 'avres-recalc-')), 'in.xlsx');
  await wb.xlsx.writeFile(pad);
  const terug = new ExcelJS.Workbook();
  await terug.xlsx.readFile(pad);
  return terug;
}

/** The cell's result, read from the cell itself: exceljs leaves a result of 0 out of `cell.value`. */
export const uitkomst = (ws: ExcelJS.Worksheet, adres: string): unknown => ws.getCell(adres).result;
