/**
 * AVRES formulas as text: built by the formula builder (English notation for Excel's API, Dutch
 * notation to show) and read back by the explanation pane. Arguments are literal values or cell
 * references; a nested calculation is not read, and says so.
 */
import type { ArgumentSoort } from '../../shared/catalogue/beschrijving';

export type Argument = { waarde: string | number | boolean | null } | { verwijzing: string };

export interface OntledenFormule {
  naam: string;
  args: Argument[];
}

const VERWIJZING = /^(('[^']+'|[A-Za-z0-9_.]+)!)?\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/;

/** True for `B2`, `$B$2`, `A1:C3`, `Blad1!B2`, `'Blad 1'!B2:B9`. */
export function isVerwijzing(tekst: string): boolean {
  return VERWIJZING.test(tekst.trim());
}

function alsTekst(w: string): string {
  return `"${w.replace(/"/g, '""')}"`;
}

function deel(a: Argument, nl: boolean): string {
  if ('verwijzing' in a) return a.verwijzing;
  const w = a.waarde;
  if (w === null) return '';
  if (typeof w === 'boolean') return nl ? (w ? 'WAAR' : 'ONWAAR') : w ? 'TRUE' : 'FALSE';
  if (typeof w === 'number') return nl ? String(w).replace('.', ',') : String(w);
  return alsTekst(w);
}

function bouw(naam: string, args: readonly Argument[], nl: boolean): string {
  const delen = args.map((a) => deel(a, nl));
  while (delen.length > 0 && delen[delen.length - 1] === '') delen.pop();
  return `=AVRES.${naam}(${delen.join(nl ? ';' : ',')})`;
}

/**
 * The formula in Excel's API notation (comma, decimal point, TRUE), to write into a cell.
 * @example bouwFormule('LOONKOSTENSUBSIDIE', [{ waarde: 0.6 }, { waarde: 36 }, { waarde: '2026-01-01' }]) // '=AVRES.LOONKOSTENSUBSIDIE(0.6,36,"2026-01-01")'
 */
export function bouwFormule(naam: string, args: readonly Argument[]): string {
  return bouw(naam, args, false);
}

/**
 * The formula as a Dutch Excel shows it (semicolon, decimal comma, WAAR).
 * @example toonFormule('LOONKOSTENSUBSIDIE', [{ waarde: 0.6 }, { waarde: 36 }, { waarde: '2026-01-01' }]) // '=AVRES.LOONKOSTENSUBSIDIE(0,6;36;"2026-01-01")'
 */
export function toonFormule(naam: string, args: readonly Argument[]): string {
  return bouw(naam, args, true);
}

/** The separator of the formula: `;` when one stands at top level (Dutch notation, as pasted), else `,`. */
function scheidingsteken(binnen: string): ',' | ';' {
  let diepte = 0;
  let inTekst = false;
  for (const c of binnen) {
    if (c === '"') inTekst = !inTekst;
    else if (!inTekst && (c === '(' || c === '{')) diepte++;
    else if (!inTekst && (c === ')' || c === '}')) diepte--;
    else if (!inTekst && diepte === 0 && c === ';') return ';';
  }
  return ',';
}

/** Splits the text between the outer parentheses at top-level separators, keeping quoted text intact. */
function splitsArgumenten(binnen: string, teken: ',' | ';'): string[] {
  const uit: string[] = [];
  let huidig = '';
  let diepte = 0;
  let inTekst = false;
  for (let i = 0; i < binnen.length; i++) {
    const c = binnen[i]!;
    if (inTekst) {
      huidig += c;
      if (c === '"') {
        if (binnen[i + 1] === '"') huidig += binnen[++i];
        else inTekst = false;
      }
    } else if (c === '"') {
      inTekst = true;
      huidig += c;
    } else if (c === '(' || c === '{') {
      diepte++;
      huidig += c;
    } else if (c === ')' || c === '}') {
      diepte--;
      huidig += c;
    } else if (c === teken && diepte === 0) {
      uit.push(huidig);
      huidig = '';
    } else {
      huidig += c;
    }
  }
  uit.push(huidig);
  return uit.length === 1 && uit[0]!.trim() === '' ? [] : uit;
}

function leesArgument(ruw: string, positie: number, teken: ',' | ';'): Argument {
  const t = ruw.trim();
  if (t === '') return { waarde: null };
  if (/^"(?:[^"]|"")*"$/.test(t)) return { waarde: t.slice(1, -1).replace(/""/g, '"') };
  const getal = teken === ';' ? t.replace(',', '.') : t;
  if (/^-?\d+(\.\d+)?(E[+-]?\d+)?$/i.test(getal)) return { waarde: Number(getal) };
  if (/^(TRUE|WAAR)$/i.test(t)) return { waarde: true };
  if (/^(FALSE|ONWAAR)$/i.test(t)) return { waarde: false };
  if (isVerwijzing(t)) return { verwijzing: t };
  throw new Error(
    `argument ${positie} (${t}) is een berekening; de uitleg werkt met waarden en celverwijzingen. Zet de berekening in een eigen cel en verwijs daarnaar.`,
  );
}

/**
 * Reads an AVRES formula as Excel's API gives it (`range.formulas`, English notation), as a file stores it
 * (`_xldudf_AVRES_LOONKOSTENSUBSIDIE`), or as pasted in Dutch notation (`;`, decimal comma, WAAR).
 * Returns null when the formula is not one AVRES call; throws a Dutch Error for a nested calculation.
 * @example ontleedFormule('=AVRES.LOONKOSTENSUBSIDIE(B2,36,"2026-01-01")') // { naam: 'LOONKOSTENSUBSIDIE', args: [{ verwijzing: 'B2' }, { waarde: 36 }, { waarde: '2026-01-01' }] }
 */
export function ontleedFormule(formule: string): OntledenFormule | null {
  const m = /^=\s*(?:AVRES\.|_xldudf_AVRES_)([A-Z_]+)\s*\(([\s\S]*)\)\s*$/i.exec(formule.trim());
  if (!m) return null;
  const binnen = m[2]!;
  // The closing parenthesis must close the AVRES call itself, not a later one: =AVRES.X(1)+ROUND(2)
  let diepte = 0;
  let inTekst = false;
  for (const c of binnen) {
    if (c === '"') inTekst = !inTekst;
    else if (!inTekst && c === '(') diepte++;
    else if (!inTekst && c === ')' && --diepte < 0) return null;
  }
  const teken = scheidingsteken(binnen);
  return { naam: m[1]!.toUpperCase(), args: splitsArgumenten(binnen, teken).map((a, i) => leesArgument(a, i + 1, teken)) };
}

export type InvoerSoort = ArgumentSoort;

/**
 * Reads what a user typed into an argument field of the formula builder, in Dutch notation:
 * `0,6` and `60%` are 0.6 for a percentage, `1.224,11` is 1224.11, `WAAR` is true, `B2` is a reference.
 * @example leesInvoer('60%', 'percentage') // { waarde: 0.6 }
 */
export function leesInvoer(tekst: string, soort: InvoerSoort): Argument {
  const t = tekst.trim();
  if (t === '') return { waarde: null };
  if (isVerwijzing(t)) return { verwijzing: t };
  switch (soort) {
    case 'getal':
    case 'geheel':
    case 'bedrag':
    case 'percentage': {
      const procent = t.endsWith('%');
      const kaal = (procent ? t.slice(0, -1) : t).replace(/\s|€/g, '');
      const genormaliseerd = kaal.includes(',') ? kaal.replace(/\./g, '').replace(',', '.') : kaal;
      if (!/^-?\d+(\.\d+)?$/.test(genormaliseerd)) return { waarde: t };
      const n = Number(genormaliseerd);
      return { waarde: procent ? Math.round(n * 1e6) / 1e8 : n };
    }
    case 'logisch':
      if (/^(waar|true|1)$/i.test(t)) return { waarde: true };
      if (/^(onwaar|false|0)$/i.test(t)) return { waarde: false };
      return { waarde: t };
    case 'datum': {
      const nl = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(t);
      if (nl) return { waarde: `${nl[3]}-${nl[2]!.padStart(2, '0')}-${nl[1]!.padStart(2, '0')}` };
      return { waarde: t };
    }
    default:
      return { waarde: t };
  }
}
