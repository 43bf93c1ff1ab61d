/**
 * The records of a CSV text collected in a list, as the tests compare them: `doorloopCsv` hands them over one by one.
 */
import { doorloopCsv, type CsvFout } from '../../shared/grootboek/csv';

export interface CsvRecord {
  /** 1-based line of the file on which the record starts (the header is line 1). */
  regel: number;
  velden: string[];
}

export function leesCsv(tekst: string): { records: CsvRecord[]; fouten: CsvFout[]; scheiding: ';' | ',' } {
  const records: CsvRecord[] = [];
  const { fouten, scheiding } = doorloopCsv(tekst, (regel, velden) => void records.push({ regel, velden }));
  return { records, fouten, scheiding };
}
