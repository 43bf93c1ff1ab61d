/**
 * The benchmark's budget workbook (bench/addin.bench.ts): rows of (month, employee) with the LKS, the
 * begeleidingskosten and the places per row, summed per gemeente; with AVRES formulas or, for the comparison,
 * the same LKS written out in plain spreadsheet formulas (`metAvres: false`).
 */
import ExcelJS from 'exceljs';
import { GEMEENTEN } from '../shared/schemas/casus';

const EURO = '€ #,##0.00';
const DATUM = 'dd-mm-yyyy';
const KOP: Partial<ExcelJS.Style> = {
  font: { bold: true, color: { argb: 'FFFFFFFF' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF107C41' } },
};

const datum = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

function kopjes(ws: ExcelJS.Worksheet, namen: string[], breedte: number[]): void {
  ws.addRow(namen);
  ws.getRow(1).eachCell((c) => Object.assign(c, { style: { ...c.style, ...KOP } }));
  namen.forEach((_, i) => (ws.getColumn(i + 1).width = breedte[i] ?? 14));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

export interface Medewerker {
  naam: string;
  gemeente: string;
  loonwaarde: number;
  uren: number;
}

/** The first day of each month of a year. */
export const maandenVan = (jaar: number): string[] => Array.from({ length: 12 }, (_, i) => `${jaar}-${String(i + 1).padStart(2, '0')}-01`);

/** The workbook of `rijen`. */
export function begroting(
  rijen: readonly { maand: string; m: Medewerker }[],
  o: { metAvres?: boolean; rijksbedragPerPlek?: number } = {},
): ExcelJS.Workbook {
  const metAvres = o.metAvres ?? true;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Avres';
  const par = wb.addWorksheet('Parameters');
  par.columns = [{ width: 52 }, { width: 16 }];
  par.addRow(['Rijksbedrag begeleiding per plek per jaar (€)', o.rijksbedragPerPlek ?? 9000]);
  par.addRow(['Vul het bedrag in dat Avres via de gemeenten van het Rijk ontvangt (Beleidsregels art. 7 lid 2 onder c).']);
  if (!metAvres) {
    // Plain-formula variant: the 2026 figures the AVRES functions look up themselves (FACTS.md §1–2).
    par.addRow(['Referentiemaandloon 1-1-2026', 2294.4]);
    par.addRow(['Vakantiebijslag', 0.08]);
    par.addRow(['Maximum LKS', 0.7]);
    par.addRow(['Werkgeverslasten', 0.235]);
  }
  par.getCell('B1').numFmt = EURO;

  const ws = wb.addWorksheet('Begroting');
  kopjes(
    ws,
    ['Maand', 'Medewerker', 'Gemeente', 'Loonwaarde', 'Uren per week', 'LKS per maand', 'Begeleiding per maand', 'Plekken taakstelling'],
    [12, 18, 18, 12, 14, 16, 20, 20],
  );
  rijen.forEach(({ maand, m }, i) => {
    const r = i + 2;
    const lks = metAvres
      ? `AVRES.LOONKOSTENSUBSIDIE(D${r},E${r},A${r})`
      : `ROUND(ROUND(Parameters!$B$3*(1+Parameters!$B$4)*E${r}/36,2)*MIN(1-D${r},Parameters!$B$5),2)+ROUND(ROUND(ROUND(Parameters!$B$3*(1+Parameters!$B$4)*E${r}/36,2)*MIN(1-D${r},Parameters!$B$5),2)*Parameters!$B$6,2)`;
    const begeleiding = metAvres ? `AVRES.BEGELEIDINGSKOSTEN(E${r},Parameters!$B$1)/12` : `ROUND(Parameters!$B$1*MIN(E${r}/31,1),2)/12`;
    const plekken = metAvres ? `AVRES.TAAKSTELLING_PLEKKEN(E${r})` : `MIN(E${r}/31,1)`;
    ws.addRow([datum(maand), m.naam, m.gemeente, m.loonwaarde, m.uren, { formula: lks }, { formula: begeleiding }, { formula: plekken }]);
  });
  ws.getColumn(1).numFmt = DATUM;
  ws.getColumn(4).numFmt = '0%';
  ws.getColumn(6).numFmt = EURO;
  ws.getColumn(7).numFmt = EURO;
  ws.getColumn(8).numFmt = '0.00';

  const n = rijen.length + 1;
  const pg = wb.addWorksheet('Per gemeente');
  kopjes(pg, ['Gemeente', 'LKS', 'Begeleiding', 'Plekken (gemiddeld per maand)'], [20, 16, 16, 30]);
  const maanden = new Set(rijen.map((r) => r.maand)).size || 1;
  GEMEENTEN.forEach((g, i) => {
    const r = i + 2;
    pg.addRow([
      g,
      { formula: `SUMIF(Begroting!$C$2:$C$${n},A${r},Begroting!$F$2:$F$${n})` },
      { formula: `SUMIF(Begroting!$C$2:$C$${n},A${r},Begroting!$G$2:$G$${n})` },
      { formula: `SUMIF(Begroting!$C$2:$C$${n},A${r},Begroting!$H$2:$H$${n})/${maanden}` },
    ]);
  });
  pg.addRow(['Totaal', { formula: 'SUM(B2:B4)' }, { formula: 'SUM(C2:C4)' }, { formula: 'SUM(D2:D4)' }]);
  pg.getColumn(2).numFmt = EURO;
  pg.getColumn(3).numFmt = EURO;
  pg.getColumn(4).numFmt = '0.00';
  return wb;
}
