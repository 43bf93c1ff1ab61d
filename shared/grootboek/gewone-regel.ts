/**
 * The ledger line as nearly every file writes it, read straight from the CSV text: no quotes or spaces, the
 * gemeente and soort spelled as in GEMEENTEN and GROOTBOEKSOORTEN, boekdatum dd-mm-jjjj or jjjj-mm-dd, periode
 * jjjj-mm, casusnummer empty or of its allowed characters, bedrag in Dutch notation without a euro sign. Such a line
 * is read from its character codes, with no string per field: of 100,000 lines only the casusnummers are cut out,
 * and each date and month is made once. Any other line, every bad one among them, is left to the full reader in
 * grootboekregels.ts, which gives the Dutch reasons; this path accepts only what that reader reads to the same line.
 */
import { GEMEENTEN, GROOTBOEKSOORTEN, type Gemeente, type Grootboeksoort, type Maand } from '../schemas/grootboek-waarden';
import { cijfers, isBestaandeDatum, isBestaandeMaand, maak, type Datum } from '../time/datum';
import { KOMMA, MAX_BOEKING_CENTEN_GETAL, MAX_CASUSNUMMER, NUL, PUNT, STREEP, type Grootboekregel, type Kolom } from './regel';

/** What a field of the line is, by its place: 0 for a column the reader ignores. */
const VELD: Record<Kolom, number> = { gemeente: 1, boekdatum: 2, periode: 3, soort: 4, casusnummer: 5, bedrag: 6 };
const GENEGEERD = 0;

const SCHUINE_STREEP = 0x2f;
const LAAG_STREEPJE = 0x5f;

/**
 * A reader of the usual line for a header's columns (each with its field's place in the line). It answers the line
 * read, or undefined for a line it leaves to the full reader.
 * @example
 * const lees = gewoneRegelLezer([{ kolom: 'gemeente', i: 0 }, { kolom: 'boekdatum', i: 1 }, { kolom: 'periode', i: 2 },
 *   { kolom: 'soort', i: 3 }, { kolom: 'casusnummer', i: 4 }, { kolom: 'bedrag', i: 5 }]);
 * lees('Gorinchem;25-02-2026;2026-03;lks;BW-1;1.224,11', 0, 46, ';', 2)?.centen // 122411n
 */
export function gewoneRegelLezer(
  kolommen: readonly { kolom: Kolom; i: number }[],
): (tekst: string, begin: number, einde: number, scheiding: string, regel: number) => Grootboekregel | undefined {
  const velden = new Array<number>(Math.max(...kolommen.map((k) => k.i)) + 1).fill(GENEGEERD);
  for (const { kolom, i } of kolommen) velden[i] = VELD[kolom];
  // Each date and month once per file: a ledger repeats a few hundred of them over all its lines.
  const datums = new Map<number, Datum>();
  const maanden = new Map<number, Maand>();

  return (tekst, begin, einde, scheiding, regel) => {
    let gemeente: Gemeente | undefined;
    let boekdatum: Datum | undefined;
    let periode: Maand | undefined;
    let soort: Grootboeksoort | undefined;
    let casusnummer: string | null = null;
    let centen: number | undefined;
    let van = begin;
    for (let veld = 0; veld < velden.length; veld++) {
      if (van > einde) return undefined;
      let tot = tekst.indexOf(scheiding, van);
      if (tot < 0 || tot > einde) tot = einde;
      switch (velden[veld]) {
        case VELD.gemeente:
          if (!(gemeente = naamOp(tekst, van, tot, GEMEENTEN))) return undefined;
          break;
        case VELD.boekdatum:
          if (!(boekdatum = datumOp(tekst, van, tot, datums))) return undefined;
          break;
        case VELD.periode:
          if (!(periode = maandOp(tekst, van, tot, maanden))) return undefined;
          break;
        case VELD.soort:
          if (!(soort = naamOp(tekst, van, tot, GROOTBOEKSOORTEN))) return undefined;
          break;
        case VELD.casusnummer:
          if (tot > van) {
            if (!isCasusnummer(tekst, van, tot)) return undefined;
            casusnummer = tekst.slice(van, tot);
          }
          break;
        case VELD.bedrag:
          if ((centen = bedragOp(tekst, van, tot)) === undefined) return undefined;
          break;
      }
      van = tot + 1;
    }
    return { regel, gemeente: gemeente!, boekdatum: boekdatum!, periode: periode!, soort: soort!, casusnummer, centen: BigInt(centen!) };
  };
}

/** The name among `namen` the field is exactly. */
function naamOp<T extends string>(tekst: string, van: number, tot: number, namen: readonly T[]): T | undefined {
  for (const naam of namen) if (naam.length === tot - van && tekst.startsWith(naam, van)) return naam;
  return undefined;
}

/** An existing date from 1900 on (as isDatum), written dd-mm-jjjj or jjjj-mm-dd. */
function datumOp(tekst: string, van: number, tot: number, datums: Map<number, Datum>): Datum | undefined {
  if (tot - van !== 10) return undefined;
  let jaar: number;
  let maand: number;
  let dag: number;
  if (tekst.charCodeAt(van + 2) === STREEP && tekst.charCodeAt(van + 5) === STREEP) {
    dag = cijfers(tekst, van, van + 2);
    maand = cijfers(tekst, van + 3, van + 5);
    jaar = cijfers(tekst, van + 6, tot);
  } else if (tekst.charCodeAt(van + 4) === STREEP && tekst.charCodeAt(van + 7) === STREEP) {
    jaar = cijfers(tekst, van, van + 4);
    maand = cijfers(tekst, van + 5, van + 7);
    dag = cijfers(tekst, van + 8, tot);
  } else return undefined;
  if (!isBestaandeDatum(jaar, maand, dag)) return undefined;
  const sleutel = jaar * 10000 + maand * 100 + dag;
  let datum = datums.get(sleutel);
  if (datum === undefined) datums.set(sleutel, (datum = maak(jaar, maand, dag)));
  return datum;
}

/** A month from 1900 on written jjjj-mm, as the registry stores it. */
function maandOp(tekst: string, van: number, tot: number, maanden: Map<number, Maand>): Maand | undefined {
  if (tot - van !== 7 || tekst.charCodeAt(van + 4) !== STREEP) return undefined;
  const jaar = cijfers(tekst, van, van + 4);
  const maand = cijfers(tekst, van + 5, tot);
  if (!isBestaandeMaand(jaar, maand)) return undefined;
  const sleutel = jaar * 100 + maand;
  let uit = maanden.get(sleutel);
  if (uit === undefined) maanden.set(sleutel, (uit = tekst.slice(van, tot)));
  return uit;
}

const isLetterOfCijfer = (c: number): boolean => (c >= NUL && c <= NUL + 9) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);

/** The casusnummer's form (a letter or digit, then letters, digits and . _ / -; at most MAX_CASUSNUMMER), read without a regex. */
function isCasusnummer(tekst: string, van: number, tot: number): boolean {
  if (tot - van > MAX_CASUSNUMMER || !isLetterOfCijfer(tekst.charCodeAt(van))) return false;
  for (let i = van + 1; i < tot; i++) {
    const c = tekst.charCodeAt(i);
    if (!isLetterOfCijfer(c) && c !== PUNT && c !== LAAG_STREEPJE && c !== SCHUINE_STREEP && c !== STREEP) return false;
  }
  return true;
}

/**
 * The cents of an amount in Dutch notation from `van` to `tot`, `-?(\d{1,3}(\.\d{3})+|\d+)(,\d{1,2})?`, counted
 * digit by digit in a number: exact while below 2^53; undefined for any other text and for an amount of 10^14 cents
 * or more (the full reader, which reads its amounts here too, tells those apart for its message).
 * @example bedragOp('-1.224,5', 0, 8) // -122450
 */
export function bedragOp(tekst: string, van: number, tot: number): number | undefined {
  const negatief = tekst.charCodeAt(van) === STREEP;
  let i = negatief ? van + 1 : van;
  let centen = 0;
  // Digits since the last thousands dot (or the start), and the dots seen.
  let groep = 0;
  let punten = 0;
  for (; i < tot; i++) {
    const c = tekst.charCodeAt(i);
    if (c === PUNT) {
      if (groep === 0 || groep > 3 || (punten > 0 && groep !== 3)) return undefined;
      punten++;
      groep = 0;
    } else if (c >= NUL && c <= NUL + 9) {
      centen = centen * 10 + (c - NUL);
      groep++;
    } else break;
  }
  if (groep === 0 || (punten > 0 && groep !== 3)) return undefined;
  let schaal = 100;
  if (i < tot) {
    const decimalen = tot - i - 1;
    if (tekst.charCodeAt(i) !== KOMMA || decimalen < 1 || decimalen > 2) return undefined;
    for (i++; i < tot; i++) {
      const c = tekst.charCodeAt(i) - NUL;
      if (c < 0 || c > 9) return undefined;
      centen = centen * 10 + c;
      schaal /= 10;
    }
  }
  centen *= schaal;
  // An amount of MAX_BOEKING_CENTEN or more is left to the full reader's message.
  if (centen >= MAX_BOEKING_CENTEN_GETAL) return undefined;
  return negatief ? -centen : centen;
}
