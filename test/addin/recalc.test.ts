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
import { begroting, maandenVan, schrijfTemplates, termijnen, VOORBEELD_MEDEWERKERS } from '../../scripts/templates';
import { EvaluatieServer, startEvaluatieServer } from './hulp/evaluatie-server';
import { uitkomst, viaBestand } from './hulp/werkmap-bestand';

let server: EvaluatieServer;
beforeAll(async () => {
  server = await startEvaluatieServer();
});
afterAll(() => server.stop());

describe('the budget template', () => {
  it('computes LKS, begeleidingskosten and places per row and sums them per gemeente, in one request', async () => {
    const rijen = maandenVan(2026).flatMap((maand) => VOORBEELD_MEDEWERKERS.map((m) => ({ maand, m })));
    const wb = await viaBestand(begroting(rijen));
    const client = createBatchingClient({ api: server.api });
    const verslag = await herbereken(wb, catalogus, client);
    expect(verslag.fouten).toEqual([]);

    const ws = wb.getWorksheet('Begroting')!;
    // Row 2: January 2026, loonwaarde 60%, 36 hours: 1224,11 (DOMAIN.md, Pw 10d lid 4).
    expect(uitkomst(ws, 'F2')).toBe(1224.11);
    // Row 3: loonwaarde 20%: the 70% cap binds, 2142,19 (DOMAIN.md).
    expect(uitkomst(ws, 'F3')).toBe(2142.19);
    // Begeleiding: 9000 × min(36/31, 1) / 12 = 750 (Beleidsregels art. 7 lid 2c); places: min(36/31, 1) = 1 (art. 6 lid 6).
    expect(uitkomst(ws, 'G2')).toBe(750);
    expect(uitkomst(ws, 'H2')).toBe(1);

    const pg = wb.getWorksheet('Per gemeente')!;
    let gorinchem = 0;
    ws.eachRow((rij, r) => {
      if (r > 1 && rij.getCell(3).value === 'Gorinchem') gorinchem += (rij.getCell(6).value as ExcelJS.CellFormulaValue).result as number;
    });
    expect(uitkomst(pg, 'B2')).toBeCloseTo(gorinchem, 6);
    expect(uitkomst(pg, 'D2')).toBe(2);

    // 72 rows: LKS differs by month (its peildatum), begeleiding and places only by hours (5 distinct):
    // 72 + 5 + 5 distinct calls out of 216, all sent in one request.
    expect(client.statistiek().verzoeken).toBe(1);
    expect(client.statistiek().verzonden).toBe(72 + 5 + 5);
  });
});

describe('the deadline template', () => {
  it('gives the beslistermijn and the end of the praktijktoets as Excel dates', async () => {
    const wb = await viaBestand(termijnen());
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
  it('are the workbooks the script generates, with AVRES formulas in them', async () => {
    const [b, t] = await schrijfTemplates(mkdtempSync(join(tmpdir(), 'avres-templates-')));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(b!);
    expect(wb.getWorksheet('Begroting')!.getCell('F2').formula).toBe('AVRES.LOONKOSTENSUBSIDIE(D2,E2,A2)');
    await wb.xlsx.readFile(t!);
    expect(wb.getWorksheet('Termijnen')!.getCell('F2').formula).toBe('AVRES.BESLISTERMIJN(C2,D2:E2)');
  });
});
