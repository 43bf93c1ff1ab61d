/**
 * Ledger lines (grootboekregels): the spend the BUIG's netto lasten and the LKS reconciliation are computed
 * from. A line comes from a CSV file (Dutch notation: `1.234,56`, dates `dd-mm-jjjj`) or from an Excel range
 * (numbers and date serials); both are read here into the same validated form, or into a list of every bad
 * line with its line number and a Dutch reason. An import is all or nothing: with one bad line, no lines are returned.
 *
 * Columns, by name in the first row (any order, case-insensitive, extra columns ignored):
 * `gemeente; boekdatum; periode; soort; casusnummer; bedrag` (`casusnummer` may be left out or empty).
 */
import { GEMEENTEN, GROOTBOEKSOORTEN, type Gemeente, type Grootboeksoort, type Maand } from '../schemas/grootboek-waarden';
import { cijfers, Datum, isBestaandeMaand, isDatum, maak } from '../time/datum';
import { serialNaarDatum } from '../time/excel-serial';
import { DomeinFout } from '../errors';
import { doorloopCsv } from './csv';
import { bedragOp, gewoneRegelLezer } from './gewone-regel';
import { KOLOMMEN, MAX_BOEKING_CENTEN, MAX_CASUSNUMMER, STREEP, type Grootboekregel, type Kolom } from './regel';
import { centenTekst, centenUitDecimaal } from '../centen';

export { KOLOMMEN, type Grootboekregel } from './regel';

export interface RegelFout {
  regel: number;
  kolom?: string;
  reden: string;
}

export interface GelezenGrootboek {
  regels: Grootboekregel[];
  fouten: RegelFout[];
}

const VERPLICHT: readonly Kolom[] = ['gemeente', 'boekdatum', 'periode', 'soort', 'bedrag'];

const DATUM_NL = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/;
const DATUM_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAAND_ISO = /^(\d{4})[-/](\d{1,2})$/;
const MAAND_NL = /^(\d{1,2})[-/](\d{4})$/;
const BEDRAG_NL = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d{1,2})?$/;
const CASUSNUMMER = new RegExp(`^[A-Za-z0-9][A-Za-z0-9._/-]{0,${MAX_CASUSNUMMER - 1}}$`);

class VeldFout extends Error {}

function binnenKolom(centen: bigint): bigint {
  if (centen >= MAX_BOEKING_CENTEN || centen <= -MAX_BOEKING_CENTEN) throw teGroot();
  return centen;
}

const teGroot = (): VeldFout => new VeldFout('bedrag is te groot: een boeking is hoogstens 999.999.999.999,99 euro (positief of negatief)');

function tekstVan(cel: unknown): string {
  if (cel === null || cel === undefined) return '';
  return String(cel).trim();
}

/** Each gemeente by its own spelling and in lower case: most files write the name as it is. */
const GEMEENTE_OP_NAAM = new Map<string, Gemeente>(GEMEENTEN.flatMap((g) => [[g, g] as const, [g.toLowerCase(), g] as const]));

function leesGemeente(cel: unknown): Gemeente {
  const t = tekstVan(cel);
  const g = GEMEENTE_OP_NAAM.get(t) ?? GEMEENTE_OP_NAAM.get(t.toLowerCase());
  if (!g)
    throw new VeldFout(
      t === '' ? `gemeente ontbreekt; kies uit: ${GEMEENTEN.join(', ')}` : `onbekende gemeente "${t}"; kies uit: ${GEMEENTEN.join(', ')}`,
    );
  return g;
}

function leesBoekdatum(cel: unknown): Datum {
  if (typeof cel === 'number') return serialAlsDatum(cel, 'boekdatum');
  const t = tekstVan(cel);
  if (isDatum(t)) return t;
  // dd-mm-jjjj, the form almost every ledger writes, without a regex match per line.
  if (t.length === 10 && t.charCodeAt(2) === STREEP && t.charCodeAt(5) === STREEP) {
    const iso = `${t.slice(6)}-${t.slice(3, 5)}-${t.slice(0, 2)}`;
    if (isDatum(iso)) return iso;
  }
  let datum: string | undefined;
  const nl = DATUM_NL.exec(t);
  if (nl) datum = maak(Number(nl[3]), Number(nl[2]), Number(nl[1]));
  else if (DATUM_ISO.test(t)) datum = t;
  if (datum === undefined || !isDatum(datum)) {
    throw new VeldFout(
      t === ''
        ? 'boekdatum ontbreekt; schrijf dd-mm-jjjj of jjjj-mm-dd'
        : `boekdatum "${t}" is geen bestaande datum; schrijf dd-mm-jjjj (31-01-2026) of jjjj-mm-dd (2026-01-31)`,
    );
  }
  return datum;
}

function serialAlsDatum(serial: number, naam: string): Datum {
  try {
    return serialNaarDatum(serial, naam);
  } catch (e) {
    throw new VeldFout(e instanceof DomeinFout ? e.message : `${naam} is geen geldige Excel-datum`);
  }
}

function leesPeriode(cel: unknown): Maand {
  if (typeof cel === 'number') return serialAlsDatum(cel, 'periode').slice(0, 7);
  const t = tekstVan(cel);
  if (isMaand(t)) return t;
  let jaar: number | undefined;
  let maand: number | undefined;
  const iso = MAAND_ISO.exec(t);
  const nl = MAAND_NL.exec(t);
  if (iso) [jaar, maand] = [Number(iso[1]), Number(iso[2])];
  else if (nl) [jaar, maand] = [Number(nl[2]), Number(nl[1])];
  else if (DATUM_ISO.test(t) || DATUM_NL.test(t)) return leesBoekdatum(t).slice(0, 7);
  if (jaar === undefined || maand === undefined || !isBestaandeMaand(jaar, maand)) {
    throw new VeldFout(
      t === ''
        ? 'periode ontbreekt; schrijf de maand als jjjj-mm (2026-03) of mm-jjjj (03-2026)'
        : `periode "${t}" is geen maand; schrijf jjjj-mm (2026-03) of mm-jjjj (03-2026)`,
    );
  }
  return maak(jaar, maand, 1).slice(0, 7);
}

const SOORTEN: ReadonlySet<string> = new Set(GROOTBOEKSOORTEN);

function leesSoort(cel: unknown): Grootboeksoort {
  const tekst = tekstVan(cel);
  const t = SOORTEN.has(tekst) ? tekst : tekst.toLowerCase();
  if (!SOORTEN.has(t))
    throw new VeldFout(
      t === ''
        ? `soort ontbreekt; kies uit: ${GROOTBOEKSOORTEN.join(', ')}`
        : `onbekende soort "${tekst}"; kies uit: ${GROOTBOEKSOORTEN.join(', ')}`,
    );
  return t as Grootboeksoort;
}

function leesCasusnummer(cel: unknown): string | null {
  const t = tekstVan(cel);
  if (t === '') return null;
  if (!CASUSNUMMER.test(t)) {
    throw new VeldFout(
      `casusnummer "${t}" is ongeldig: hoogstens ${MAX_CASUSNUMMER} tekens, letters, cijfers en . _ / -, beginnend met een letter of cijfer`,
    );
  }
  return t;
}

function leesBedrag(cel: unknown): bigint {
  if (typeof cel === 'number') {
    if (!Number.isFinite(cel)) throw new VeldFout('bedrag is geen getal');
    const centen = centenUitDecimaal(String(cel));
    if (centen === undefined)
      throw new VeldFout(`bedrag ${String(cel).replace('.', ',')} heeft meer dan twee decimalen; rond af op centen`);
    return binnenKolom(centen);
  }
  const tekst = tekstVan(cel);
  const t = tekst.includes('€') ? tekst.replace(/^€\s*/, '').replace(/^-\s*€\s*/, '-') : tekst;
  if (t === '') throw new VeldFout('bedrag ontbreekt; schrijf bijvoorbeeld 1.234,56 of -250,00');
  // Read as the fast reader reads it; what it leaves is either past the column or no amount, told apart by the pattern.
  const centen = bedragOp(t, 0, t.length);
  if (centen !== undefined) return BigInt(centen);
  if (BEDRAG_NL.test(t)) throw teGroot();
  const hint = /^-?\d+\.\d{1,2}$/.test(t) ? ' (gebruik een komma als decimaalteken: 1234,56)' : '';
  throw new VeldFout(`bedrag "${tekst}" is geen bedrag${hint}; schrijf bijvoorbeeld 1.234,56 of -250,00`);
}

/** A month as the registry stores it, `jjjj-mm` from 1900 on, read without a regex match per line. */
function isMaand(t: string): boolean {
  return t.length === 7 && t.charCodeAt(4) === STREEP && isBestaandeMaand(cijfers(t, 0, 4), cijfers(t, 5, 7));
}

const LEZERS: Record<Kolom, (cel: unknown) => unknown> = {
  gemeente: leesGemeente,
  boekdatum: leesBoekdatum,
  periode: leesPeriode,
  soort: leesSoort,
  casusnummer: leesCasusnummer,
  bedrag: leesBedrag,
};

const leegBestand = (regel: number): RegelFout => ({
  regel,
  reden: `het bestand is leeg; de eerste regel moet de kolomnamen bevatten: ${KOLOMMEN.join(';')}`,
});

/**
 * A reader of ledger rows handed to it one at a time: the first row names the columns, the others are lines.
 * Each line is checked as it comes, so a caller streaming a file keeps only the lines read, not its rows.
 */
function grootboekLezer(): {
  rij: (rij: readonly unknown[], regel: number) => void;
  /** A CSV line without quotes (OpRegel): true when read as the usual line, false when it must be split. */
  gewoneRegel: (regel: number, tekst: string, begin: number, einde: number, scheiding: string) => boolean;
  klaar: () => { regels: Grootboekregel[]; fouten: RegelFout[]; kopRegel: number | undefined };
} {
  const fouten: RegelFout[] = [];
  const regels: Grootboekregel[] = [];
  let kopRegel: number | undefined;
  // The columns in the header's order (the order a line's reasons are listed in); undefined while the header is unread or wrong.
  let kolommen: { kolom: Kolom; i: number; lees: (cel: unknown) => unknown }[] | undefined;
  let leesGewoneRegel: ReturnType<typeof gewoneRegelLezer> | undefined;

  const leesKop = (kop: readonly unknown[], regel: number): void => {
    kopRegel = regel;
    const positie = new Map<Kolom, number>();
    kop.forEach((naam, i) => {
      const k = KOLOMMEN.find((x) => x === tekstVan(naam).toLowerCase());
      if (!k) return;
      if (positie.has(k)) fouten.push({ regel, kolom: k, reden: `kolom "${k}" staat twee keer in de kopregel` });
      else positie.set(k, i);
    });
    const ontbrekend = VERPLICHT.filter((k) => !positie.has(k));
    if (ontbrekend.length > 0) {
      fouten.push({
        regel,
        reden: `kolom ${ontbrekend.join(', ')} ontbreekt in de kopregel; nodig zijn: ${VERPLICHT.join(';')} (casusnummer mag ontbreken)`,
      });
    }
    if (fouten.length === 0) {
      kolommen = [...positie].map(([kolom, i]) => ({ kolom, i, lees: LEZERS[kolom] }));
      leesGewoneRegel = gewoneRegelLezer(kolommen);
    }
  };

  const leesRegel = (rij: readonly unknown[], regel: number): void => {
    if (!kolommen || rij.every((c) => tekstVan(c) === '')) return;
    const waarden: Record<Kolom, unknown> = {
      gemeente: null,
      boekdatum: null,
      periode: null,
      soort: null,
      casusnummer: null,
      bedrag: null,
    };
    let redenen: string[] | undefined;
    let eersteKolom: Kolom | undefined;
    for (const { kolom, i, lees } of kolommen) {
      try {
        waarden[kolom] = lees(rij[i]);
      } catch (e) {
        if (!(e instanceof VeldFout)) throw e;
        (redenen ??= []).push(e.message);
        eersteKolom ??= kolom;
      }
    }
    if (redenen) {
      fouten.push({ regel, ...(eersteKolom ? { kolom: eersteKolom } : {}), reden: redenen.join('; ') });
      return;
    }
    regels.push({
      regel,
      gemeente: waarden.gemeente as Gemeente,
      boekdatum: waarden.boekdatum as Datum,
      periode: waarden.periode as Maand,
      soort: waarden.soort as Grootboeksoort,
      casusnummer: waarden.casusnummer as string | null,
      centen: waarden.bedrag as bigint,
    });
  };

  return {
    rij: (rij, regel) => (kopRegel === undefined ? leesKop(rij, regel) : leesRegel(rij, regel)),
    gewoneRegel: (regel, tekst, begin, einde, scheiding) => {
      const gelezen = leesGewoneRegel?.(tekst, begin, einde, scheiding, regel);
      if (gelezen) regels.push(gelezen);
      return gelezen !== undefined;
    },
    klaar: () => {
      if (kopRegel !== undefined && kolommen && regels.length === 0 && fouten.length === 0)
        fouten.push({ regel: kopRegel, reden: 'het bestand bevat alleen een kopregel en geen boekingen' });
      return { regels: fouten.length > 0 ? [] : regels, fouten, kopRegel };
    },
  };
}

/**
 * Reads ledger rows: the first row names the columns, the others are lines. `eersteRegel` is the line number of
 * the first row (1 for a file; the sheet row for an Excel range). Rows whose cells are all empty are skipped.
 * @example
 * leesGrootboekRijen([['gemeente', 'boekdatum', 'periode', 'soort', 'casusnummer', 'bedrag'],
 *                     ['Gorinchem', '25-02-2026', '2026-03', 'lks', 'BW-1', '1.224,11']]).regels[0].centen // 122411n
 */
export function leesGrootboekRijen(
  rijen: readonly (readonly unknown[])[],
  eersteRegel = 1,
  regelnummers?: readonly number[],
): GelezenGrootboek {
  if (rijen.length === 0) return { regels: [], fouten: [leegBestand(regelnummers?.[0] ?? eersteRegel)] };
  const lezer = grootboekLezer();
  rijen.forEach((rij, r) => lezer.rij(rij, regelnummers?.[r] ?? eersteRegel + r));
  const { regels, fouten } = lezer.klaar();
  return { regels, fouten };
}

/**
 * Reads a ledger CSV file (see the module comment for the format); line numbers are the file's lines.
 * @example leesGrootboekCsv('gemeente;boekdatum;periode;soort;casusnummer;bedrag\nGorinchem;25-02-2026;2026-03;lks;BW-1;1.224,11\n').regels.length // 1
 */
export function leesGrootboekCsv(tekst: string): GelezenGrootboek {
  const lezer = grootboekLezer();
  const { fouten: csvFouten } = doorloopCsv(tekst, (regel, velden) => lezer.rij(velden, regel), lezer.gewoneRegel);
  const gelezen = lezer.klaar();
  const rijFouten = gelezen.kopRegel === undefined ? [leegBestand(1)] : gelezen.fouten;
  if (gelezen.kopRegel === undefined && csvFouten.length === 0) return { regels: [], fouten: rijFouten };
  const fouten = [...csvFouten, ...rijFouten].sort((a, b) => a.regel - b.regel);
  return { regels: csvFouten.length > 0 ? [] : gelezen.regels, fouten };
}

/**
 * One line of the canonical text of a set of lines: what decides whether two imports are "the same file" (their
 * lines' texts in order, hashed by the registry). Layout, column order, notation ("1.234,56" or 1234.56, dd-mm-jjjj
 * or a serial) and extra columns do not change it. `bedrag` is the amount's text (centenTekst) when a caller made it
 * already.
 * @example canoniekeRegel(leesGrootboekCsv(csv).regels[0]) // 'Gorinchem|2026-02-25|2026-03|lks|BW-1|1224.11\n'
 */
export function canoniekeRegel(r: Grootboekregel, bedrag = centenTekst(r.centen)): string {
  return `${r.gemeente}|${r.boekdatum}|${r.periode}|${r.soort}|${r.casusnummer ?? ''}|${bedrag}\n`;
}
