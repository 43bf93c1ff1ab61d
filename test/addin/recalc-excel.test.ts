/**
 * Recalc computes what Excel computes (issue 11 §6, issue 12 §5): TRUE/FALSE literals, defined names, text cells
 * passed as text, ISO text in date arithmetic, array arithmetic in SUMPRODUCT, error messages kept in the file,
 * calls that could not be made counted apart, and sheets past HyperFormula's default 40,000 rows.
 */
import ExcelJS from 'exceljs';
import { catalogus } from '../../shared/catalogue';
import { createBatchingClient } from '../../addin/client/batching-client';
import { alsHyperFormula, herbereken } from '../../addin/recalc/herberekening';
import { EvaluatieServer, startEvaluatieServer } from './hulp/evaluatie-server';
import { uitkomst, viaBestand } from './hulp/werkmap-bestand';

let server: EvaluatieServer;
beforeAll(async () => {
  server = await startEvaluatieServer();
});
afterAll(() => server.stop());
beforeEach(() => {
  server.gedrag = 'normaal';
  server.ontvangen.length = 0;
});

const formule = (f: string): ExcelJS.CellFormulaValue => ({ formula: f }) as ExcelJS.CellFormulaValue;

describe('formulas as Excel stores them', () => {
  it('turns TRUE and FALSE literals into values, but not inside text or sheet names', () => {
    expect(alsHyperFormula('_xldudf_AVRES_BESLISTERMIJN(A2,,FALSE)')).toBe('=AVRES.BESLISTERMIJN(A2,,FALSE())');
    expect(alsHyperFormula('IF(TRUE,"TRUE",\'TRUE blad\'!A1)&TRUE()')).toBe('=IF(TRUE(),"TRUE",\'TRUE blad\'!A1)&TRUE()');
    expect(alsHyperFormula('VLOOKUP(A1,TRUEX!A:B,2,false)')).toBe('=VLOOKUP(A1,TRUEX!A:B,2,FALSE())');
  });

  it('computes TRUE/FALSE, a defined name, ISO text minus a date and SUMPRODUCT(IFERROR(…)) as Excel does', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.getCell('A1').value = formule('_xldudf_AVRES_BESLISTERMIJN("2026-04-01",,FALSE)');
    ws.getCell('A2').value = formule('IF(TRUE,1,2)');
    ws.getCell('A3').value = formule('VLOOKUP(2,D1:E2,2,FALSE)');
    ws.getCell('D1').value = 1;
    ws.getCell('E1').value = 'een';
    ws.getCell('D2').value = 2;
    ws.getCell('E2').value = 'twee';
    ws.getCell('B1').value = 0.6;
    wb.definedNames.add('Blad1!$B$1', 'Loonwaarde');
    ws.getCell('A4').value = formule('_xldudf_AVRES_LOONKOSTENSUBSIDIE(Loonwaarde,36,"2026-01-01")');
    ws.getCell('C1').value = new Date('2026-01-01T00:00:00Z');
    ws.getCell('A5').value = formule('"2026-03-01"-C1');
    ws.getCell('F1').value = 1;
    ws.getCell('G1').value = 0;
    ws.getCell('H1').value = 4;
    ws.getCell('A6').value = formule('SUMPRODUCT(IFERROR(1/F1:H1,0))');
    const terug = await viaBestand(wb);
    const verslag = await herbereken(terug, catalogus, createBatchingClient({ api: server.api }));
    expect(verslag.fouten).toEqual([]);
    const blad = terug.getWorksheet('Blad1')!;
    // 2026-04-01 + 8 weeks = 2026-05-27, no Algemene termijnenwet shift asked: 46169.
    expect(uitkomst(blad, 'A1')).toBe(46169);
    expect(uitkomst(blad, 'A2')).toBe(1);
    expect(uitkomst(blad, 'A3')).toBe('twee');
    expect(uitkomst(blad, 'A4')).toBe(1224.11);
    // 2026-03-01 − 2026-01-01 = 59 days, as Excel coerces ISO text in arithmetic.
    expect(uitkomst(blad, 'A5')).toBe(59);
    expect(uitkomst(blad, 'A6')).toBe(1.25);
  });
});

describe('text cells', () => {
  it('passes "45%", "15-03-2026" and "00123" as the text Excel passes, so the API refuses the percentage', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.getCell('A1').value = '45%';
    ws.getCell('A2').value = '15-03-2026';
    ws.getCell('A3').value = '00123';
    ws.getCell('B1').value = formule('_xldudf_AVRES_LOONKOSTENSUBSIDIE(A1,36,"2026-01-01")');
    ws.getCell('B2').value = formule('ISTEXT(A2)');
    ws.getCell('B3').value = formule('A3&""');
    const terug = await viaBestand(wb);
    const verslag = await herbereken(terug, catalogus, createBatchingClient({ api: server.api }));
    expect(server.ontvangen.flat()).toEqual([{ function: 'LOONKOSTENSUBSIDIE', args: ['45%', 36, '2026-01-01'] }]);
    const blad = terug.getWorksheet('Blad1')!;
    expect(uitkomst(blad, 'B1')).toEqual({ error: '#VALUE!' });
    expect(uitkomst(blad, 'B2')).toBe(true);
    expect(uitkomst(blad, 'B3')).toBe('00123');
    expect(verslag.fouten).toHaveLength(1);
  });

  it('passes an empty range through as a range of empty cells', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Blad1').getCell('A1').value = formule('_xldudf_AVRES_BESLISTERMIJN("2026-04-01",E6:F6)');
    await herbereken(await viaBestand(wb), catalogus, createBatchingClient({ api: server.api }));
    expect(server.ontvangen.flat()).toEqual([{ function: 'BESLISTERMIJN', args: ['2026-04-01', [[null, null]]] }]);
  });
});

describe('errors', () => {
  it('keeps every Dutch message in the output file as the cell note, and clears it once the cell computes', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad1');
    for (let r = 1; r <= 30; r++) ws.getCell(`A${r}`).value = formule(`_xldudf_AVRES_LOONKOSTENSUBSIDIE(${40 + r},36,"2026-01-01")`);
    const terug = await viaBestand(wb);
    const verslag = await herbereken(terug, catalogus, createBatchingClient({ api: server.api }));
    expect(verslag.fouten).toHaveLength(30);
    expect(verslag.nietBerekend).toBe(0);
    const opnieuw = await viaBestand(terug);
    const blad = opnieuw.getWorksheet('Blad1')!;
    expect(blad.getCell('A30').note).toMatch(/^AVRES-herberekening: #VALUE! loonwaarde moet tussen 0 en 1 liggen/);
    blad.getCell('A30').value = formule('_xldudf_AVRES_LOONKOSTENSUBSIDIE(0.6,36,"2026-01-01")');
    await herbereken(opnieuw, catalogus, createBatchingClient({ api: server.api }));
    expect(blad.getCell('A30').note).toBeFalsy();
  });

  it('counts the cells a server that is down left uncomputed, dependants included', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.getCell('A1').value = formule('_xldudf_AVRES_WML("2026-01-01")');
    ws.getCell('A2').value = formule('A1*2');
    ws.getCell('A3').value = formule('1+1');
    const verslag = await herbereken(wb, catalogus, createBatchingClient({ api: 'http://127.0.0.1:9/api' }));
    expect(verslag.nietBerekend).toBe(2);
    expect(verslag.fouten[0]!.fout).toMatch(/niet bereikbaar/);
    expect(ws.getCell('A1').note).toMatch(/niet bereikbaar/);
    expect(uitkomst(ws, 'A3')).toBe(2);
  });
});

describe('big workbooks', () => {
  it('recalculates a 50,000-row sheet (past HyperFormula’s default 40,000) and reports progress', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Groot');
    for (let r = 1; r <= 50_000; r++) ws.getRow(r).values = [r, { formula: `A${r}*2` } as ExcelJS.CellFormulaValue];
    ws.getCell('C1').value = formule('SUM(B1:B50000)');
    const meldingen: string[] = [];
    const verslag = await herbereken(wb, catalogus, createBatchingClient({ api: server.api }), { voortgang: (m) => meldingen.push(m) });
    expect(verslag.fouten).toEqual([]);
    expect(verslag.formules).toBe(50_001);
    expect(uitkomst(ws, 'B50000')).toBe(100_000);
    expect(uitkomst(ws, 'C1')).toBe(50_000 * 50_001);
    expect(meldingen[0]).toBe('50001 formules gelezen; eerste berekening');
  });
});
