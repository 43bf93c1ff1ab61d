/**
 * A strict reader of the CSV files Dutch ledgers export: fields separated by `;` (a `,` separator is
 * recognised from the header when the header has no `;`), fields optionally in double quotes with `""` for a
 * quote, CRLF or LF line ends, an optional UTF-8 byte order mark. It only splits text into records; what a
 * field means is decided in `grootboekregels.ts`.
 */

export interface CsvRecord {
  /** 1-based line of the file on which the record starts (the header is line 1). */
  regel: number;
  velden: string[];
}

export interface CsvFout {
  regel: number;
  reden: string;
}

/**
 * Splits CSV text into records; empty lines are skipped. Quote errors are returned, not thrown, so every bad
 * line can be reported together.
 * @example leesCsv('gemeente;bedrag\r\nGorinchem;"1.234,56"\r\n').records[1] // { regel: 2, velden: ['Gorinchem', '1.234,56'] }
 */
export function leesCsv(tekst: string): { records: CsvRecord[]; fouten: CsvFout[]; scheiding: ';' | ',' } {
  const inhoud = tekst.charCodeAt(0) === 0xfeff ? tekst.slice(1) : tekst;
  const eersteRegel = inhoud.slice(0, inhoud.search(/\r?\n|$/));
  const scheiding = !eersteRegel.includes(';') && eersteRegel.includes(',') ? ',' : ';';
  const records: CsvRecord[] = [];
  const fouten: CsvFout[] = [];

  let regel = 1;
  let start = 1;
  let velden: string[] = [];
  let veld = '';
  let inQuotes = false;
  let naQuote = false;
  let fout: string | undefined;

  const sluitRecord = (): void => {
    velden.push(veld);
    if (fout !== undefined) fouten.push({ regel: start, reden: fout });
    else if (velden.length > 1 || velden[0]!.trim() !== '') records.push({ regel: start, velden });
    velden = [];
    veld = '';
    naQuote = false;
    fout = undefined;
  };

  for (let i = 0; i < inhoud.length; i++) {
    const c = inhoud[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (inhoud[i + 1] === '"') {
          veld += '"';
          i++;
        } else {
          inQuotes = false;
          naQuote = true;
        }
      } else {
        if (c === '\n') regel++;
        veld += c;
      }
      continue;
    }
    if (c === scheiding) {
      velden.push(veld);
      veld = '';
      naQuote = false;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && inhoud[i + 1] === '\n') i++;
      sluitRecord();
      regel++;
      start = regel;
    } else if (c === '"' && veld.trim() === '' && !naQuote) {
      veld = '';
      inQuotes = true;
    } else if (naQuote) {
      if (c !== ' ' && c !== '\t')
        fout ??= `tekst na een afsluitend aanhalingsteken; zet het hele veld tussen aanhalingstekens en schrijf een aanhalingsteken in het veld als ""`;
    } else {
      veld += c;
    }
  }
  if (inQuotes) {
    fout ??= 'aanhalingsteken niet afgesloten: elk veld dat met " begint moet ook met " eindigen';
    velden.push(veld);
    fouten.push({ regel: start, reden: fout });
  } else if (veld !== '' || velden.length > 0) {
    sluitRecord();
  }
  return { records, fouten, scheiding };
}
