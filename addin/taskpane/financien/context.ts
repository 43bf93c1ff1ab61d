/** What the finance panes work with: the finance API, the sheet writer, the workbook (to read a range). */
import type { FinancienApi } from '../../client/financien-api';
import type { FinancienBlad } from '../../excel/financien-blad';
import type { Werkboek } from '../../excel/werkboek';

export interface FinancienContext {
  api: FinancienApi;
  blad: FinancienBlad;
  werkboek: Werkboek;
  /** This year, the default of the year fields. */
  jaar: number;
}
