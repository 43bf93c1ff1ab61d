/**
 * A template as one description: the task pane inserts it as a new sheet through addin/excel/, and
 * `npm run templates` writes the same cells into templates/*.xlsx, so the file and the inserted sheet agree.
 */
import type { BladCel } from '../excel/werkboek';

export interface Sjabloon {
  /** The sheet's name (Excel adds a number when it is taken). */
  blad: string;
  cellen: readonly BladCel[];
  /** Column widths in characters, from column A. */
  breedtes: readonly number[];
}

export const EURO = '€ #,##0.00';
export const DATUM = 'dd-mm-yyyy';

/** A header row: bold texts from column A on. */
export function kopRij(rij: number, kopjes: readonly string[], kolom: (k: number) => string): BladCel[] {
  return kopjes.map((k, i) => ({ adres: `${kolom(i + 1)}${rij}`, waarde: k, vet: true }));
}
