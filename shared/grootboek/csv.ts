/**
 * A strict reader of the CSV files Dutch ledgers export: fields separated by `;` (a `,` separator is
 * recognised from the header when the header has no `;`), fields optionally in double quotes with `""` for a
 * quote, CRLF, LF or CR line ends, an optional UTF-8 byte order mark. It only splits text into records; what a
 * field means is decided in `grootboekregels.ts`.
 */

export interface CsvFout {
  regel: number;
  reden: string;
}

const TEKST_NA_QUOTE =
  'tekst na een afsluitend aanhalingsteken; zet het hele veld tussen aanhalingstekens en schrijf een aanhalingsteken in het veld als ""';
const QUOTE_OPEN = 'aanhalingsteken niet afgesloten: elk veld dat met " begint moet ook met " eindigen';

/**
 * A line without quotes offered before it is split: its fields are exactly the text from `begin` to `einde` (the
 * line end, not included) between the separators. Returning true takes the line as read; false has it split and
 * handed to `opRecord` as any other record. A reader can so read the usual line from the text itself, with no string
 * per field.
 */
export type OpRegel = (regel: number, tekst: string, begin: number, einde: number, scheiding: ';' | ',') => boolean;

/**
 * Splits CSV text into records, handing each to `opRecord` with the 1-based line it starts on (the header is line 1)
 * as it is read, so a reader of 100,000 lines keeps only what it makes of them. Empty lines are skipped. Quote
 * errors are returned, not thrown, so every bad line can be reported together. A line without quotes is first
 * offered to `opRegel`, when given (see OpRegel).
 * @example doorloopCsv('a;b\n1;2\n', (regel, velden) => console.log(regel, velden)) // logs 1 ['a', 'b'], then 2 ['1', '2']
 */
export function doorloopCsv(
  tekst: string,
  opRecord: (regel: number, velden: string[]) => void,
  opRegel?: OpRegel,
): { fouten: CsvFout[]; scheiding: ';' | ',' } {
  const inhoud = tekst.charCodeAt(0) === 0xfeff ? tekst.slice(1) : tekst;
  const eersteRegel = inhoud.slice(0, inhoud.search(/\r?\n|$/));
  const scheiding = !eersteRegel.includes(';') && eersteRegel.includes(',') ? ',' : ';';
  const fouten: CsvFout[] = [];
  const sluit = (regel: number, velden: string[], fout: string | undefined): void => {
    if (fout !== undefined) fouten.push({ regel, reden: fout });
    else if (velden.length > 1 || velden[0]!.trim() !== '') opRecord(regel, velden);
  };

  // The next line end and quote at or after a position, found with indexOf (native, no per-character loop in
  // JavaScript) and remembered until passed: a ledger of 100,000 lines is read in one pass.
  let volgendeLf = -1;
  let volgendeCr = -1;
  let volgendeQuote = -1;
  const volgende = (teken: string, vorige: number, vanaf: number): number => {
    if (vorige >= vanaf) return vorige;
    const i = inhoud.indexOf(teken, vanaf);
    return i < 0 ? inhoud.length : i;
  };

  let regel = 1;
  let i = 0;
  while (i < inhoud.length) {
    volgendeLf = volgende('\n', volgendeLf, i);
    volgendeCr = volgende('\r', volgendeCr, i);
    volgendeQuote = volgende('"', volgendeQuote, i);
    const einde = Math.min(volgendeLf, volgendeCr);
    if (volgendeQuote >= einde) {
      // No quote on this line: its fields are the text between the separators, exactly.
      if (!opRegel?.(regel, inhoud, i, einde, scheiding)) sluit(regel, inhoud.slice(i, einde).split(scheiding), undefined);
      i = einde + (inhoud[einde] === '\r' && inhoud[einde + 1] === '\n' ? 2 : 1);
      regel++;
      continue;
    }
    const gelezen = leesGequoteRecord(inhoud, i, scheiding);
    sluit(regel, gelezen.velden, gelezen.fout);
    i = gelezen.verder;
    regel += gelezen.regels;
  }
  return { fouten, scheiding };
}

/**
 * Reads one record with quoted fields from `begin`, character by character (a quoted field may hold separators and
 * line ends). Returns its fields or its first error, where the next record begins, and the lines it spans.
 */
function leesGequoteRecord(
  inhoud: string,
  begin: number,
  scheiding: string,
): { velden: string[]; fout: string | undefined; verder: number; regels: number } {
  const velden: string[] = [];
  let veld = '';
  let inQuotes = false;
  let naQuote = false;
  let fout: string | undefined;
  let regels = 1;
  for (let i = begin; i < inhoud.length; i++) {
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
        if (c === '\n') regels++;
        veld += c;
      }
      continue;
    }
    if (c === scheiding) {
      velden.push(veld);
      veld = '';
      naQuote = false;
    } else if (c === '\n' || c === '\r') {
      velden.push(veld);
      return { velden, fout, verder: i + (c === '\r' && inhoud[i + 1] === '\n' ? 2 : 1), regels };
    } else if (c === '"' && veld.trim() === '' && !naQuote) {
      veld = '';
      inQuotes = true;
    } else if (naQuote) {
      if (c !== ' ' && c !== '\t') fout ??= TEKST_NA_QUOTE;
    } else {
      veld += c;
    }
  }
  if (inQuotes) return { velden: [...velden, veld], fout: fout ?? QUOTE_OPEN, verder: inhoud.length, regels };
  // The text ends on this record without a line end; one that only held an empty quoted field is no record.
  if (veld === '' && velden.length === 0) return { velden: [''], fout: undefined, verder: inhoud.length, regels };
  velden.push(veld);
  return { velden, fout, verder: inhoud.length, regels };
}
