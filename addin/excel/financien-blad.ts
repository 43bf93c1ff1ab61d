/**
 * Finance sheets: one or more Excel tables on a sheet of their own, each optionally with a chart beside it.
 * The panes talk to Excel only through the `FinancienBlad` interface, so they can be tested without Excel.
 */
import type { Tabel } from '../../shared/grootboek/tabellen';
import { kolomLetters } from './werkboek';

export type GrafiekSoort = 'kolommen' | 'lijn';

export interface Grafiek {
  titel: string;
  soort: GrafiekSoort;
  /** 0-based column of the categories (x axis). */
  categorie: number;
  /** 0-based columns of the series. */
  reeksen: number[];
}

export interface BladOnderdeel {
  /** Excel table name: letters, digits, underscores. */
  naam: string;
  titel: string;
  tabel: Tabel;
  grafiek?: Grafiek;
}

export interface FinancienBlad {
  /** Writes the parts under each other on sheet `blad` (created, or emptied); returns the sheet's name. */
  schrijfBlad(blad: string, onderdelen: readonly BladOnderdeel[]): Promise<string>;
}

const EURO = '#,##0.00';

/**
 * Where the parts go: a title row, the table, and two empty rows between parts.
 * @example indeling([{ naam: 'A', titel: 'A', tabel: { kopjes: ['x'], rijen: [[1]], bedragKolommen: [] } }])[0].tabelAdres // 'A2:A3'
 */
export function indeling(onderdelen: readonly BladOnderdeel[]): { titelCel: string; tabelAdres: string; eersteRij: number }[] {
  let rij = 1;
  return onderdelen.map((o) => {
    const titelCel = `A${rij}`;
    const eersteRij = rij + 1;
    const laatsteRij = eersteRij + Math.max(o.tabel.rijen.length, 1);
    rij = laatsteRij + 3;
    return { titelCel, tabelAdres: `A${eersteRij}:${kolomLetters(o.tabel.kopjes.length)}${laatsteRij}`, eersteRij };
  });
}

/** The finance sheets of the running Excel, through Excel.run. */
export function excelFinancienBlad(): FinancienBlad {
  return {
    schrijfBlad: (blad, onderdelen) =>
      Excel.run(async (context) => {
        let ws = context.workbook.worksheets.getItemOrNullObject(blad);
        const bestaande = onderdelen.map((o) => context.workbook.tables.getItemOrNullObject(o.naam));
        await context.sync();
        for (const t of bestaande) if (!t.isNullObject) t.delete();
        if (ws.isNullObject) ws = context.workbook.worksheets.add(blad);
        else {
          ws.getRange().clear();
          ws.charts.load('items');
          await context.sync();
          for (const c of ws.charts.items) c.delete();
        }
        const plaatsen = indeling(onderdelen);
        onderdelen.forEach((o, i) => {
          const p = plaatsen[i]!;
          const titel = ws.getRange(p.titelCel);
          titel.values = [[o.titel]];
          titel.format.font.bold = true;
          const rijen = o.tabel.rijen.length ? o.tabel.rijen : [o.tabel.kopjes.map(() => null)];
          const bereik = ws.getRange(p.tabelAdres);
          bereik.values = [o.tabel.kopjes, ...rijen.map((r) => r.map((c) => c ?? ''))];
          const t = ws.tables.add(p.tabelAdres, true);
          t.name = o.naam;
          for (const k of o.tabel.bedragKolommen) t.columns.getItemAt(k).getDataBodyRange().numberFormat = [[EURO]];
          bereik.format.autofitColumns();
          if (o.grafiek && o.tabel.rijen.length) {
            const g = o.grafiek;
            const kolom = (k: number) => t.columns.getItemAt(k).getDataBodyRange();
            const soort = g.soort === 'lijn' ? Excel.ChartType.line : Excel.ChartType.columnClustered;
            const chart = ws.charts.add(soort, kolom(g.reeksen[0]!), Excel.ChartSeriesBy.columns);
            chart.title.text = g.titel;
            chart.setPosition(`${kolomLetters(o.tabel.kopjes.length + 2)}${p.eersteRij}`);
            g.reeksen.forEach((k, n) => {
              const reeks = n === 0 ? chart.series.getItemAt(0) : chart.series.add(o.tabel.kopjes[k]!);
              if (n > 0) reeks.setValues(kolom(k));
              reeks.setXAxisValues(kolom(g.categorie));
              reeks.name = o.tabel.kopjes[k]!;
            });
          }
        });
        ws.activate();
        await context.sync();
        return blad;
      }),
  };
}
