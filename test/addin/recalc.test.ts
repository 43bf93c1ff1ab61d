/**
 * Headless recalculation (issue 4 §6): the templates evaluated by HyperFormula with the AVRES
 * functions answered through the batching client over HTTP, values written back into the workbook.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { catalogus } from '../../shared/catalogue';
import { createBatchingClient } from '../../addin/client/batching-client';
import { alsHyperFormula, herbereken } from '../../addin/recalc/herberekening';
import { alsBestandsformule, alsWerkmap, schrijfTemplates } from '../../scripts/templates';
import { begrotingBeschutWerk } from '../../addin/sjablonen/begroting-beschut-werk';
import { termijnenoverzicht } from '../../addin/sjablonen/termijnenoverzicht';
import { EvaluatieServer, startEvaluatieServer } from './hulp/evaluatie-server';
import { uitkomst, viaBestand } from './hulp/werkmap-bestand';

let server: EvaluatieServer;
beforeAll(async () => {
  server = await startEvaluatieServer();
});
afterAll(() => server.stop());

/** The budget template for `jaar` as the file holds it, with direct LKS calls on a check sheet to compare against. */
async function begrotingMet(jaar: number, controle: string[]): Promise<ExcelJS.Workbook> {
  const wb = alsWerkmap(begrotingBeschutWerk(jaar));
  const c = wb.addWorksheet('Controle');
  controle.forEach((f, i) => (c.getCell(`A${i + 1}`).value = { formula: f } as ExcelJS.CellFormulaValue));
  return viaBestand(wb);
}

const BLAD = 'Begroting beschut werk';

describe('the budget template', () => {
  const controle = [
    '_xldudf_AVRES_LOONKOSTENSUBSIDIE(0.45,31,"2026-03-01",36)',
    '_xldudf_AVRES_LOONKOSTENSUBSIDIE(0.5,24,"2026-11-01",36)',
    '_xldudf_AVRES_LOONKOSTENSUBSIDIE(0.6,36,"2025-01-01",36)',
  ];

  it('computes the LKS per employee and month of the year in its input cell, by the days in employment', async () => {
    const wb = await begrotingMet(2026, controle);
    const verslag = await herbereken(wb, catalogus, createBatchingClient({ api: server.api }));
    expect(verslag.fouten).toEqual([]);
    const ws = wb.getWorksheet(BLAD)!;
    const c = wb.getWorksheet('Controle')!;
    // Row 6, January 2026: loonwaarde 60%, 36 of 36 hours: 1224,11 (DOMAIN.md, Pw 10d lid 4); row 7, 20%: the 70% cap, 2142,19.
    expect(uitkomst(ws, 'I6')).toBe(1224.11);
    expect(uitkomst(ws, 'I7')).toBe(2142.19);
    // Row 8 starts on 16 March: nothing in January and February, 16 of 31 days in March, all of April.
    expect([uitkomst(ws, 'I8'), uitkomst(ws, 'J8')]).toEqual([0, 0]);
    const maart = uitkomst(c, 'A1') as number;
    expect(uitkomst(ws, 'K8')).toBe(Math.round((maart * 16 * 100) / 31) / 100);
    expect(uitkomst(ws, 'L8')).toBe(maart);
    // Row 10 ends on 30 September: September whole, October nothing; row 11 ends on 15 November: 15 of 30 days.
    expect(uitkomst(ws, 'Q10')).toBeGreaterThan(0);
    expect(uitkomst(ws, 'R10')).toBe(0);
    expect(uitkomst(ws, 'S11')).toBe(Math.round(((uitkomst(c, 'A2') as number) * 15 * 100) / 30) / 100);
    // Totals per employee over the year and per month over the employees.
    let jaar = 0;
    for (const k of 'IJKLMNOPQRST') jaar += uitkomst(ws, `${k}8`) as number;
    expect(uitkomst(ws, 'U8')).toBeCloseTo(jaar, 6);
    let januari = 0;
    for (let r = 6; r <= 11; r++) januari += uitkomst(ws, `I${r}`) as number;
    expect(uitkomst(ws, 'I12')).toBeCloseTo(januari, 6);
  });

  it('follows the year cell: another year, other figures and no employment before the start dates', async () => {
    const wb = await begrotingMet(2026, controle);
    wb.getWorksheet(BLAD)!.getCell('B2').value = 2025;
    await herbereken(wb, catalogus, createBatchingClient({ api: server.api }));
    const ws = wb.getWorksheet(BLAD)!;
    expect(uitkomst(ws, 'I5')).toBe(45658); // 2025-01-01
    expect(uitkomst(ws, 'I6')).toBe(uitkomst(wb.getWorksheet('Controle')!, 'A3'));
    expect(uitkomst(ws, 'I6')).not.toBe(1224.11);
    // Row 8 starts on 16 March 2026: nothing in 2025.
    expect(uitkomst(ws, 'U8')).toBe(0);
  });

  it('passes the scenario cell as the last argument of every LKS call', async () => {
    const wb = await begrotingMet(2026, []);
    wb.getWorksheet(BLAD)!.getCell('B3').value = 'raming';
    server.ontvangen.length = 0;
    await herbereken(wb, catalogus, createBatchingClient({ api: server.api }));
    const lks = server.ontvangen.flat().filter((a) => a.function === 'LOONKOSTENSUBSIDIE');
    expect(lks.length).toBeGreaterThan(0);
    expect(lks.every((a) => a.args.at(-1) === 'raming')).toBe(true);
  });
});

describe('the deadline template', () => {
  it('gives the beslistermijn and the end of the praktijktoets as Excel dates', async () => {
    const wb = await viaBestand(alsWerkmap(termijnenoverzicht()));
    await herbereken(wb, catalogus, createBatchingClient({ api: server.api }));
    const ws = wb.getWorksheet('Termijnen')!;
    // 2026-03-02 + 8 weeks = 2026-04-27, Koningsdag: 2026-04-28 (Beleidsregels art. 5 lid 1; Atw art. 1) = serial 46140.
    expect(uitkomst(ws, 'F2')).toBe(46140);
    // Praktijktoets from 2026-03-01, 6 + 3 months: ends 2026-11-30 (art. 3 lid 1 and 4) = serial 46356.
    expect(uitkomst(ws, 'I2')).toBe(46356);
    // 2026-01-12 + 56 days = 2026-03-09, plus 14 days suspended (20 Jan – 3 Feb, art. 5 lid 3) = 2026-03-23 = 46104.
    expect(uitkomst(ws, 'F3')).toBe(46104);
  });
});

describe('dependencies and errors', () => {
  it('evaluates an AVRES call whose argument is another AVRES result, in a later round', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.getCell('A1').value = { formula: 'AVRES.PRAKTIJKTOETS_EINDE("2026-03-01")' } as ExcelJS.CellFormulaValue;
    ws.getCell('A2').value = { formula: 'AVRES.BESLISTERMIJN(A1+1)' } as ExcelJS.CellFormulaValue;
    ws.getCell('A3').value = { formula: 'A2-A1' } as ExcelJS.CellFormulaValue;
    const verslag = await herbereken(wb, catalogus, createBatchingClient({ api: server.api }));
    expect(verslag.rondes).toBe(3);
    // Praktijktoets ends 2026-08-31 (46265); advice the day after, 2026-09-01, + 56 days = 2026-10-27 (46322).
    expect(uitkomst(ws, 'A1')).toBe(46265);
    expect(uitkomst(ws, 'A2')).toBe(46322);
    expect(uitkomst(ws, 'A3')).toBe(57);
  });

  it('writes #VALUE! for a refused call and reports the Dutch message', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Blad1').getCell('B2').value = { formula: 'AVRES.LOONKOSTENSUBSIDIE(45,36,"2026-01-01")' } as ExcelJS.CellFormulaValue;
    const verslag = await herbereken(wb, catalogus, createBatchingClient({ api: server.api }));
    expect(uitkomst(wb.getWorksheet('Blad1')!, 'B2')).toEqual({ error: '#VALUE!' });
    expect(verslag.fouten).toEqual([{ cel: 'Blad1!B2', fout: expect.stringMatching(/^#VALUE! loonwaarde moet tussen 0 en 1 liggen/) }]);
  });

  it('reads custom functions as Excel stores them in a file', () => {
    expect(alsHyperFormula('_xldudf_AVRES_WML("2026-01-01")+_xlfn.IFS(TRUE,1)')).toBe('=AVRES.WML("2026-01-01")+IFS(TRUE(),1)');
  });
});

describe('templates/', () => {
  it('are the workbooks the script generates, with AVRES formulas stored as Excel stores custom functions', async () => {
    const [b, t] = await schrijfTemplates(mkdtempSync(join(tmpdir(), 'avres-templates-')));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(b!);
    const ws = wb.getWorksheet(BLAD)!;
    expect(ws.getCell('B2').value).toBe(new Date().getFullYear() + 1);
    expect(ws.getCell('I6').formula).toContain('_xldudf_AVRES_LOONKOSTENSUBSIDIE($C6,$D6,I$5,$E6,$F6,$B$3)');
    await wb.xlsx.readFile(t!);
    expect(wb.getWorksheet('Termijnen')!.getCell('F2').formula).toBe('_xldudf_AVRES_BESLISTERMIJN(C2,D2:E2)');
  });

  it('store a formula without the custom-function prefix inside text', () => {
    expect(alsBestandsformule('=IF(A1="AVRES.X(",AVRES.WML(A2),0)')).toBe('IF(A1="AVRES.X(",_xldudf_AVRES_WML(A2),0)');
  });
});
