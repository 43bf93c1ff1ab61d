/**
 * The thin layer over Excel.run: every Excel call of the add-in goes through this interface, so the
 * task panes are testable without Excel (unit tests with office-addin-mock, browser tests with an
 * in-memory workbook).
 */

export type CelInhoud = string | number | boolean | null;

export interface Selectie {
  /** Address with sheet name, as Excel reports it: `Blad1!B2`. */
  adres: string;
  /** The formula of the top-left cell (English notation, as Excel's API gives it), or null. */
  formule: string | null;
  waarde: unknown;
}

/** One cell of a new sheet: a value or a formula (English notation, `=AVRES.X(…)` as Excel's API takes it), with its number format. */
export interface BladCel {
  adres: string;
  waarde?: CelInhoud;
  formule?: string;
  formaat?: string;
  vet?: boolean;
}

/** What a refresh recalculates: the whole workbook, the active sheet, or the selected cells. */
export type Omvang = 'werkmap' | 'blad' | 'selectie';

export interface Werkboek {
  selectie(): Promise<Selectie>;
  /** The values of a range such as `B2`, `$B$2:$C$3` or `'Blad 1'!B2` (without sheet: the active sheet). */
  leesWaarden(adres: string): Promise<unknown[][]>;
  /** Writes a formula (English notation) into the top-left cell of the selection; returns its address. */
  zetFormule(formule: string): Promise<string>;
  /** Writes rows under a header as an Excel table on a sheet of that name (created or emptied); returns the table's address. */
  schrijfTabel(blad: string, tabel: string, kopjes: readonly string[], rijen: readonly (readonly CelInhoud[])[]): Promise<string>;
  /** Adds a sheet under `naam` or, when taken, the first free `naam (2)`, `naam (3)`…, writes the cells and activates it; returns the name. */
  voegBladIn(naam: string, cellen: readonly BladCel[]): Promise<string>;
  /** Calls back whenever the user selects other cells. */
  opSelectieWijziging(terugroep: () => void): Promise<void>;
  /** Recalculates the formulas of the workbook, the active sheet or the selection; returns what it covered (`Blad1!B2:C4`). */
  herbereken(omvang: Omvang): Promise<string>;
}

/**
 * Column letters of a 1-based column number.
 * @example kolomLetters(28) // 'AB'
 */
export function kolomLetters(kolom: number): string {
  let n = kolom;
  let uit = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    uit = String.fromCharCode(65 + rest) + uit;
    n = Math.floor((n - 1) / 26);
  }
  return uit;
}

/** Splits `'Blad 1'!B2` into sheet and range; no sheet gives undefined. */
export function splitsAdres(adres: string): { blad?: string; bereik: string } {
  const i = adres.lastIndexOf('!');
  if (i < 0) return { bereik: adres };
  const blad = adres
    .slice(0, i)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
  return { blad, bereik: adres.slice(i + 1) };
}

/** Excel's longest sheet name. */
const MAX_BLADNAAM = 31;

/**
 * The first name not yet taken among `bestaande` (Excel compares sheet names without case).
 * @example uniekeBladnaam('Termijnen', ['Blad1', 'termijnen']) // 'Termijnen (2)'
 */
export function uniekeBladnaam(naam: string, bestaande: readonly string[]): string {
  const bezet = new Set(bestaande.map((b) => b.toLowerCase()));
  for (let n = 1; ; n++) {
    const achtervoegsel = n === 1 ? '' : ` (${n})`;
    const kandidaat = naam.slice(0, MAX_BLADNAAM - achtervoegsel.length) + achtervoegsel;
    if (!bezet.has(kandidaat.toLowerCase())) return kandidaat;
  }
}

/** Excel table names: letters, digits and underscores, starting with a letter. */
function tabelNaam(naam: string): string {
  const schoon = naam.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z]/.test(schoon) ? schoon : `T_${schoon}`;
}

/** The Werkboek of the running Excel, through Excel.run. */
export function excelWerkboek(): Werkboek {
  return {
    selectie: () =>
      Excel.run(async (context) => {
        const r = context.workbook.getSelectedRange();
        r.load('address, formulas, values');
        await context.sync();
        const f = r.formulas[0]?.[0];
        return { adres: r.address, formule: typeof f === 'string' && f.startsWith('=') ? f : null, waarde: r.values[0]?.[0] };
      }),
    leesWaarden: (adres) =>
      Excel.run(async (context) => {
        const { blad, bereik } = splitsAdres(adres);
        const ws = blad === undefined ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(blad);
        const r = ws.getRange(bereik);
        r.load('values');
        await context.sync();
        return r.values;
      }),
    zetFormule: (formule) =>
      Excel.run(async (context) => {
        const cel = context.workbook.getSelectedRange().getCell(0, 0);
        cel.formulas = [[formule]];
        cel.load('address');
        await context.sync();
        return cel.address;
      }),
    schrijfTabel: (blad, tabel, kopjes, rijen) =>
      Excel.run(async (context) => {
        const naam = tabelNaam(tabel);
        let ws = context.workbook.worksheets.getItemOrNullObject(blad);
        const bestaand = context.workbook.tables.getItemOrNullObject(naam);
        await context.sync();
        if (!bestaand.isNullObject) bestaand.delete();
        if (ws.isNullObject) ws = context.workbook.worksheets.add(blad);
        else ws.getRange().clear();
        const adres = `A1:${kolomLetters(kopjes.length)}${rijen.length + 1}`;
        const bereik = ws.getRange(adres);
        bereik.values = [[...kopjes], ...rijen.map((r) => r.map((c) => c ?? ''))];
        const t = ws.tables.add(adres, true);
        t.name = naam;
        bereik.format.autofitColumns();
        ws.activate();
        await context.sync();
        return `${blad}!${adres}`;
      }),
    voegBladIn: (naam, cellen) =>
      Excel.run(async (context) => {
        const bladen = context.workbook.worksheets;
        bladen.load('items');
        await context.sync();
        const vrij = uniekeBladnaam(
          naam,
          bladen.items.map((b) => b.name),
        );
        const ws = bladen.add(vrij);
        for (const c of cellen) {
          const r = ws.getRange(c.adres);
          if (c.formaat) r.numberFormat = [[c.formaat]];
          if (c.formule !== undefined) r.formulas = [[c.formule]];
          else r.values = [[c.waarde ?? '']];
          if (c.vet) r.format.font.bold = true;
        }
        ws.getUsedRange().format.autofitColumns();
        ws.activate();
        await context.sync();
        return vrij;
      }),
    opSelectieWijziging: (terugroep) =>
      Excel.run(async (context) => {
        context.workbook.onSelectionChanged.add(async () => terugroep());
        await context.sync();
      }),
    // Custom functions are not volatile: Excel calls them again only for cells it recalculates, so a refresh
    // asks for exactly that recalculation (the batching client has dropped the answers that changed).
    herbereken: (omvang) =>
      Excel.run(async (context) => {
        if (omvang === 'werkmap') {
          context.workbook.application.calculate(Excel.CalculationType.full);
          await context.sync();
          return 'de werkmap';
        }
        if (omvang === 'blad') {
          const ws = context.workbook.worksheets.getActiveWorksheet();
          ws.calculate(true);
          ws.load('name');
          await context.sync();
          return ws.name;
        }
        const r = context.workbook.getSelectedRange();
        r.calculate();
        r.load('address');
        await context.sync();
        return r.address;
      }),
  };
}
