/**
 * The ledger reader as it was before issue 12 made it fast (commit 28c8aef, shared/grootboek/csv.ts and
 * grootboekregels.ts): regex per field, the CSV split character by character, a record list kept whole. Kept
 * here only as the reference the fast reader must equal on every input, good or bad (grootboek-lezer.test.ts).
 */
import { GEMEENTEN, GROOTBOEKSOORTEN, type Gemeente, type Grootboeksoort, type Maand } from '../../shared/schemas/grootboek-waarden';
import { Datum, isDatum, maak } from '../../shared/time/datum';
import { serialNaarDatum } from '../../shared/time/excel-serial';
import { DomeinFout } from '../../shared/errors';
import { centenUitDecimaal } from '../../shared/centen';
import { KOLOMMEN, type GelezenGrootboek, type Grootboekregel, type RegelFout } from '../../shared/grootboek/grootboekregels';
import type { CsvFout } from '../../shared/grootboek/csv';
import type { CsvRecord } from './csv-records';

type Kolom = (typeof KOLOMMEN)[number];
const VERPLICHT: readonly Kolom[] = ['gemeente', 'boekdatum', 'periode', 'soort', 'bedrag'];

const DATUM_NL = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/;
const DATUM_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAAND_ISO = /^(\d{4})[-/](\d{1,2})$/;
const MAAND_NL = /^(\d{1,2})[-/](\d{4})$/;
const BEDRAG_NL = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d{1,2})?$/;
const CASUSNUMMER = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$/;

class VeldFout extends Error {}

/** One line's amount fits the registry's column numeric(14, 2): below 10^12 euro either way. */
const MAX_BOEKING_CENTEN = 10n ** 14n;

function binnenKolom(centen: bigint): bigint {
  if (centen >= MAX_BOEKING_CENTEN || centen <= -MAX_BOEKING_CENTEN)
    throw new VeldFout('bedrag is te groot: een boeking is hoogstens 999.999.999.999,99 euro (positief of negatief)');
  return centen;
}

function tekstVan(cel: unknown): string {
  if (cel === null || cel === undefined) return '';
  return String(cel).trim();
}

function leesGemeente(cel: unknown): Gemeente {
  const t = tekstVan(cel);
  const g = GEMEENTEN.find((x) => x.toLowerCase() === t.toLowerCase());
  if (!g)
    throw new VeldFout(
      t === '' ? `gemeente ontbreekt; kies uit: ${GEMEENTEN.join(', ')}` : `onbekende gemeente "${t}"; kies uit: ${GEMEENTEN.join(', ')}`,
    );
  return g;
}

function leesBoekdatum(cel: unknown): Datum {
  if (typeof cel === 'number') return serialAlsDatum(cel, 'boekdatum');
  const t = tekstVan(cel);
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
  let jaar: number | undefined;
  let maand: number | undefined;
  const iso = MAAND_ISO.exec(t);
  const nl = MAAND_NL.exec(t);
  if (iso) [jaar, maand] = [Number(iso[1]), Number(iso[2])];
  else if (nl) [jaar, maand] = [Number(nl[2]), Number(nl[1])];
  else if (DATUM_ISO.test(t) || DATUM_NL.test(t)) return leesBoekdatum(t).slice(0, 7);
  if (jaar === undefined || maand === undefined || maand < 1 || maand > 12 || jaar < 1900) {
    throw new VeldFout(
      t === ''
        ? 'periode ontbreekt; schrijf de maand als jjjj-mm (2026-03) of mm-jjjj (03-2026)'
        : `periode "${t}" is geen maand; schrijf jjjj-mm (2026-03) of mm-jjjj (03-2026)`,
    );
  }
  return maak(jaar, maand, 1).slice(0, 7);
}

function leesSoort(cel: unknown): Grootboeksoort {
  const t = tekstVan(cel).toLowerCase();
  const s = GROOTBOEKSOORTEN.find((x) => x === t);
  if (!s)
    throw new VeldFout(
      t === ''
        ? `soort ontbreekt; kies uit: ${GROOTBOEKSOORTEN.join(', ')}`
        : `onbekende soort "${tekstVan(cel)}"; kies uit: ${GROOTBOEKSOORTEN.join(', ')}`,
    );
  return s;
}

function leesCasusnummer(cel: unknown): string | null {
  const t = tekstVan(cel);
  if (t === '') return null;
  if (!CASUSNUMMER.test(t)) {
    throw new VeldFout(
      `casusnummer "${t}" is ongeldig: hoogstens 40 tekens, letters, cijfers en . _ / -, beginnend met een letter of cijfer`,
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
  const t = tekstVan(cel)
    .replace(/^€\s*/, '')
    .replace(/^-\s*€\s*/, '-');
  if (t === '') throw new VeldFout('bedrag ontbreekt; schrijf bijvoorbeeld 1.234,56 of -250,00');
  if (!BEDRAG_NL.test(t)) {
    const hint = /^-?\d+\.\d{1,2}$/.test(t) ? ' (gebruik een komma als decimaalteken: 1234,56)' : '';
    throw new VeldFout(`bedrag "${tekstVan(cel)}" is geen bedrag${hint}; schrijf bijvoorbeeld 1.234,56 of -250,00`);
  }
  return binnenKolom(centenUitDecimaal(t.replace(/\./g, '').replace(',', '.'))!);
}

const LEZERS: Record<Kolom, (cel: unknown) => unknown> = {
  gemeente: leesGemeente,
  boekdatum: leesBoekdatum,
  periode: leesPeriode,
  soort: leesSoort,
  casusnummer: leesCasusnummer,
  bedrag: leesBedrag,
};

/**
 * Reads ledger rows: the first row names the columns, the others are lines. `eersteRegel` is the line number of
 * the first row (1 for a file; the sheet row for an Excel range). Rows whose cells are all empty are skipped.
 * @example
 * leesGrootboekRijen([['gemeente', 'boekdatum', 'periode', 'soort', 'casusnummer', 'bedrag'],
 *                     ['Gorinchem', '25-02-2026', '2026-03', 'lks', 'BW-1', '1.224,11']]).regels[0].centen // 122411n
 */
export function leesGrootboekRijenReferentie(
  rijen: readonly (readonly unknown[])[],
  eersteRegel = 1,
  regelnummers?: readonly number[],
): GelezenGrootboek {
  const fouten: RegelFout[] = [];
  const regels: Grootboekregel[] = [];
  const kop = rijen[0];
  const kopRegel = regelnummers?.[0] ?? eersteRegel;
  if (!kop)
    return {
      regels,
      fouten: [{ regel: kopRegel, reden: `het bestand is leeg; de eerste regel moet de kolomnamen bevatten: ${KOLOMMEN.join(';')}` }],
    };

  const positie = new Map<Kolom, number>();
  kop.forEach((naam, i) => {
    const k = KOLOMMEN.find((x) => x === tekstVan(naam).toLowerCase());
    if (!k) return;
    if (positie.has(k)) fouten.push({ regel: kopRegel, kolom: k, reden: `kolom "${k}" staat twee keer in de kopregel` });
    else positie.set(k, i);
  });
  const ontbrekend = VERPLICHT.filter((k) => !positie.has(k));
  if (ontbrekend.length > 0) {
    fouten.push({
      regel: kopRegel,
      reden: `kolom ${ontbrekend.join(', ')} ontbreekt in de kopregel; nodig zijn: ${VERPLICHT.join(';')} (casusnummer mag ontbreken)`,
    });
  }
  if (fouten.length > 0) return { regels, fouten };

  for (let r = 1; r < rijen.length; r++) {
    const rij = rijen[r]!;
    const regel = regelnummers?.[r] ?? eersteRegel + r;
    if (rij.every((c) => tekstVan(c) === '')) continue;
    const waarden: Partial<Record<Kolom, unknown>> = {};
    const redenen: string[] = [];
    let eersteKolom: Kolom | undefined;
    for (const [kolom, i] of positie) {
      try {
        waarden[kolom] = LEZERS[kolom](rij[i]);
      } catch (e) {
        if (!(e instanceof VeldFout)) throw e;
        redenen.push(e.message);
        eersteKolom ??= kolom;
      }
    }
    if (redenen.length > 0) {
      fouten.push({ regel, ...(eersteKolom ? { kolom: eersteKolom } : {}), reden: redenen.join('; ') });
      continue;
    }
    regels.push({
      regel,
      gemeente: waarden.gemeente as Gemeente,
      boekdatum: waarden.boekdatum as Datum,
      periode: waarden.periode as Maand,
      soort: waarden.soort as Grootboeksoort,
      casusnummer: (waarden.casusnummer as string | null | undefined) ?? null,
      centen: waarden.bedrag as bigint,
    });
  }
  if (regels.length === 0 && fouten.length === 0)
    fouten.push({ regel: kopRegel, reden: 'het bestand bevat alleen een kopregel en geen boekingen' });
  return { regels: fouten.length > 0 ? [] : regels, fouten };
}

/**
 * Reads a ledger CSV file (see the module comment for the format); line numbers are the file's lines.
 * @example leesGrootboekCsv('gemeente;boekdatum;periode;soort;casusnummer;bedrag\nGorinchem;25-02-2026;2026-03;lks;BW-1;1.224,11\n').regels.length // 1
 */
export function leesGrootboekCsvReferentie(tekst: string): GelezenGrootboek {
  const { records, fouten: csvFouten } = leesCsvReferentie(tekst);
  if (records.length === 0 && csvFouten.length === 0) {
    return {
      regels: [],
      fouten: [{ regel: 1, reden: `het bestand is leeg; de eerste regel moet de kolomnamen bevatten: ${KOLOMMEN.join(';')}` }],
    };
  }
  const gelezen = leesGrootboekRijenReferentie(
    records.map((r) => r.velden),
    1,
    records.map((r) => r.regel),
  );
  const fouten = [...csvFouten, ...gelezen.fouten].sort((a, b) => a.regel - b.regel);
  return { regels: csvFouten.length > 0 ? [] : gelezen.regels, fouten };
}

export function leesCsvReferentie(tekst: string): { records: CsvRecord[]; fouten: CsvFout[]; scheiding: ';' | ',' } {
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
