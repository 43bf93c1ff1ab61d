/**
 * The Excel layer (addin/excel/), against office-addin-mock: what the task panes ask of Excel
 * becomes the right Excel.run calls.
 */
// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose ESM-only dependencies
// Jest (CommonJS) cannot load; the enum's real values stand in for the module.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));
import { OfficeMockObject } from 'office-addin-mock';
import { excelWerkboek, kolomLetters, splitsAdres, uniekeBladnaam } from '../../addin/excel/werkboek';

type Mock = Record<string, any>;

function excelMet(workbook: Mock): Mock {
  const data = {
    context: { workbook },
    run: async function (this: { context: unknown }, callback: (c: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as unknown as Mock;
  (global as unknown as { Excel: unknown }).Excel = mock;
  return mock;
}

describe('addresses', () => {
  it('names columns as Excel does', () => {
    expect([1, 3, 26, 27, 28, 702, 703].map(kolomLetters)).toEqual(['A', 'C', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('splits a sheet name, quoted or not, from the range', () => {
    expect(splitsAdres("'Blad 1'!B2")).toEqual({ blad: 'Blad 1', bereik: 'B2' });
    expect(splitsAdres('Begroting!$A$1:$C$3')).toEqual({ blad: 'Begroting', bereik: '$A$1:$C$3' });
    expect(splitsAdres('B2')).toEqual({ bereik: 'B2' });
  });
});

describe('sheet names', () => {
  it('numbers a taken name, compared without case, within the 31 characters Excel allows', () => {
    expect(uniekeBladnaam('Termijnen', ['Blad1'])).toBe('Termijnen');
    expect(uniekeBladnaam('Termijnen', ['termijnen', 'Termijnen (2)'])).toBe('Termijnen (3)');
    expect(uniekeBladnaam('A'.repeat(31), ['A'.repeat(31)])).toBe(`${'A'.repeat(27)} (2)`);
  });
});

describe('excelWerkboek', () => {
  it('adds a template sheet under a free name with its values, formulas and number formats', async () => {
    const cellen: Record<string, Mock> = {};
    const toegevoegd: string[] = [];
    const mock = excelMet({
      nieuw: {
        getRange: function (a: string) {
          cellen[a] = { values: [], formulas: [], numberFormat: [], format: { font: { bold: false } } };
          return cellen[a];
        },
        getUsedRange: function () {
          return { format: { autofitColumns: function () {} } };
        },
        activate: function () {},
      },
      worksheets: {
        items: [{ name: 'Blad1' }, { name: 'Termijnen' }],
        add: function (naam: string) {
          toegevoegd.push(naam);
          return mock.context.workbook.nieuw;
        },
      },
    });
    const blad = await excelWerkboek().voegBladIn('Termijnen', [
      { adres: 'A1', waarde: 'Casus', vet: true },
      { adres: 'F2', formule: '=AVRES.BESLISTERMIJN(C2,D2:E2)', formaat: 'dd-mm-yyyy' },
    ]);
    expect(blad).toBe('Termijnen (2)');
    expect(toegevoegd).toEqual(['Termijnen (2)']);
    expect(cellen.A1).toMatchObject({ values: [['Casus']], format: { font: { bold: true } } });
    expect(cellen.F2).toMatchObject({ formulas: [['=AVRES.BESLISTERMIJN(C2,D2:E2)']], numberFormat: [['dd-mm-yyyy']] });
  });

  it('reads the selected cell with its formula', async () => {
    excelMet({
      range: { address: 'Blad1!B2', formulas: [['=AVRES.WML("2026-01-01")']], values: [[2294.4]] },
      getSelectedRange: function () {
        return this.range;
      },
    });
    await expect(excelWerkboek().selectie()).resolves.toEqual({ adres: 'Blad1!B2', formule: '=AVRES.WML("2026-01-01")', waarde: 2294.4 });
  });

  it('reports no formula for a cell holding a plain value', async () => {
    excelMet({
      range: { address: 'Blad1!A1', formulas: [[36]], values: [[36]] },
      getSelectedRange: function () {
        return this.range;
      },
    });
    await expect(excelWerkboek().selectie()).resolves.toMatchObject({ formule: null, waarde: 36 });
  });

  it('writes a formula into the top-left cell of the selection', async () => {
    const mock = excelMet({
      cel: { address: 'Blad1!C4', formulas: [[null]] },
      range: {
        getCell: function () {
          return mock.context.workbook.cel;
        },
      },
      getSelectedRange: function () {
        return this.range;
      },
    });
    const adres = await excelWerkboek().zetFormule('=AVRES.LOONKOSTENSUBSIDIE(0.6,36,"2026-01-01")');
    expect(adres).toBe('Blad1!C4');
    expect(mock.context.workbook.cel.formulas).toEqual([['=AVRES.LOONKOSTENSUBSIDIE(0.6,36,"2026-01-01")']]);
  });

  it('reads values from a named sheet', async () => {
    const gevraagd: string[] = [];
    const mock = excelMet({
      bereik: { values: [[0.6]] },
      worksheets: {
        blad: {
          getRange: function (a: string) {
            gevraagd.push(a);
            return mock.context.workbook.bereik;
          },
        },
        getItem: function (naam: string) {
          gevraagd.push(naam);
          return this.blad;
        },
      },
    });
    await expect(excelWerkboek().leesWaarden("'Blad 1'!B2")).resolves.toEqual([[0.6]]);
    expect(gevraagd).toEqual(['Blad 1', 'B2']);
  });

  it('writes a list as an Excel table on a new sheet and activates it', async () => {
    const geschreven: { adres?: string; values?: unknown[][]; tabel?: string; geactiveerd?: boolean } = {};
    const mock = excelMet({
      nieuw: {
        getRange: function (a: string) {
          geschreven.adres = a;
          return mock.context.workbook.bereik;
        },
        tables: {
          add: function (a: string) {
            geschreven.tabel = a;
            return mock.context.workbook.tabel;
          },
        },
        activate: function () {
          geschreven.geactiveerd = true;
        },
      },
      bereik: { values: [], format: { autofitColumns: function () {} } },
      tabel: { name: '' },
      worksheets: {
        getItemOrNullObject: function () {
          return { isNullObject: true };
        },
        add: function () {
          return mock.context.workbook.nieuw;
        },
      },
      tables: {
        getItemOrNullObject: function () {
          return { isNullObject: true };
        },
      },
    });
    const adres = await excelWerkboek().schrijfTabel(
      'Wachtlijst Gorinchem',
      'Wachtlijst Gorinchem',
      ['positie', 'casusnummer'],
      [
        [1, 'BW-2026-0001'],
        [2, null],
      ],
    );
    expect(adres).toBe('Wachtlijst Gorinchem!A1:B3');
    expect(geschreven.tabel).toBe('A1:B3');
    expect(mock.context.workbook.bereik.values).toEqual([
      ['positie', 'casusnummer'],
      [1, 'BW-2026-0001'],
      [2, ''],
    ]);
    expect(mock.context.workbook.tabel.name).toBe('Wachtlijst_Gorinchem');
    expect(geschreven.geactiveerd).toBe(true);
  });
});
