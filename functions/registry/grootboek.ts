/**
 * Ledger imports: one transaction per import, so a failure anywhere (a bad line, a database error midway, a
 * lost connection) stores nothing of it. The sha256 of the lines' canonical text is unique: the same content
 * twice (also in another layout or notation) is refused with 409 and never counted twice.
 */
import { createHash } from 'node:crypto';
import Decimal from 'decimal.js';
import { canoniekeRegel, Grootboekregel } from '../../shared/grootboek/grootboekregels';
import { centenTekst } from '../../shared/centen';
import type { LksBetaling } from '../../shared/rules/lks-reconciliatie';
import type { Uitgave } from '../../shared/rules/viermaandsrapportage';
import type { Gemeente, Grootboeksoort } from '../../shared/schemas/grootboek';
import { DomeinFout } from '../../shared/errors';
import type { Db, Querier } from './db';
import { schrijfLogboek } from './logboek';
import { bedragTekst } from '../../shared/geld';

export interface ImportSamenvatting {
  id: number;
  bestandsnaam: string | null;
  aantalRegels: number;
  totaal: string;
  inhoudSha256: string;
  geimporteerdDoor: string;
  geimporteerdOp: string;
}

interface ImportRij {
  id: number;
  bestandsnaam: string | null;
  aantal_regels: number;
  totaal: string;
  inhoud_sha256: string;
  geimporteerd_door: string;
  geimporteerd_op: string;
}

const alsSamenvatting = (r: ImportRij): ImportSamenvatting => ({
  id: r.id,
  bestandsnaam: r.bestandsnaam,
  aantalRegels: r.aantal_regels,
  totaal: bedragTekst(new Decimal(r.totaal)),
  inhoudSha256: r.inhoud_sha256,
  geimporteerdDoor: r.geimporteerd_door,
  geimporteerdOp: r.geimporteerd_op,
});

/**
 * Lines per INSERT, and per progress report. The lines are stored in blocks (migration 340): each INSERT writes
 * one row of arrays per gemeente, periode and soort among its lines, so the database's work per row (the foreign
 * key to the import, the gemeente/periode index, the key) is paid a few dozen times per 5,000 lines instead of
 * once per line; as one row per line that work was ~95 % of an import's time (1.2 s for 100,000 lines on PGlite,
 * also as one big unnest or `COPY … FROM '/dev/blob'`). Larger statements gain nothing measurable.
 */
const BLOK = 5000;

/** Lines per piece of canonical text hashed: one text of 100,000 lines built by concatenation is 4x slower to hash. */
const HASH_STUK = 2000;

/**
 * sha256 of the canonical text of the lines (layout and notation do not change it). `bedragen` are the lines'
 * amounts as centenTekst writes them, when the caller has them already (the import stores the same texts).
 */
export function inhoudHash(regels: readonly Grootboekregel[], bedragen = regels.map((r) => centenTekst(r.centen))): string {
  const hash = createHash('sha256');
  for (let i = 0; i < regels.length; i += HASH_STUK) {
    let stuk = '';
    for (let j = i; j < Math.min(i + HASH_STUK, regels.length); j++) stuk += canoniekeRegel(regels[j]!, bedragen[j]);
    hash.update(stuk, 'utf8');
  }
  return hash.digest('hex');
}

/** The lines of one gemeente, periode and soort among the lines of one INSERT, as the columns of grootboekblokken. */
interface Blok {
  gemeente: Gemeente;
  periode: string;
  soort: Grootboeksoort;
  regels: number[];
  boekdatums: string[];
  /** Each as an element of a text[] literal (casusElement). */
  casusnummers: string[];
  bedragen: string[];
}

/**
 * A casusnummer as an element of a text[] literal: always quoted (a casusnummer may be "NULL"), escaped only when
 * it holds a quote or backslash, which the reader's casusnummers never do (a regex replace per line was a twentieth
 * of an import's time).
 */
const casusElement = (c: string | null): string =>
  c === null ? 'NULL' : c.includes('"') || c.includes('\\') ? `"${c.replace(/["\\]/g, '\\$&')}"` : `"${c}"`;

/**
 * Groups the lines from `van` to `tot` by gemeente, periode and soort, each group in the lines' order (nested maps:
 * no key text per line); `bedragen` are all lines' amounts as centenTekst writes them.
 */
function blokkenVan(regels: readonly Grootboekregel[], bedragen: readonly string[], van: number, tot: number): Blok[] {
  const blokken: Blok[] = [];
  const perGemeente = new Map<Gemeente, Map<string, Map<Grootboeksoort, Blok>>>();
  for (let i = van; i < tot; i++) {
    const r = regels[i]!;
    let perPeriode = perGemeente.get(r.gemeente);
    if (!perPeriode) perGemeente.set(r.gemeente, (perPeriode = new Map()));
    let perSoort = perPeriode.get(r.periode);
    if (!perSoort) perPeriode.set(r.periode, (perSoort = new Map()));
    let blok = perSoort.get(r.soort);
    if (!blok) {
      blok = { gemeente: r.gemeente, periode: r.periode, soort: r.soort, regels: [], boekdatums: [], casusnummers: [], bedragen: [] };
      perSoort.set(r.soort, blok);
      blokken.push(blok);
    }
    blok.regels.push(r.regel);
    blok.boekdatums.push(r.boekdatum);
    blok.casusnummers.push(casusElement(r.casusnummer));
    blok.bedragen.push(bedragen[i]!);
  }
  return blokken;
}

/**
 * An array's text as PostgreSQL reads it (`{1,2,3}`), built here: the drivers' own serialisation of a JS array
 * quotes and escapes every element, ~25 ms more per 100,000 lines on PGlite (a sixth of the transaction). Numbers,
 * dates and amounts need no quotes; a casusnummer is quoted and escaped (casusElement).
 */
const arrayTekst = (elementen: readonly (string | number)[]): string => `{${elementen.join(',')}}`;

/** One INSERT of blocks: the import's id is $1, then the eight columns of each block. */
async function schrijfBlokken(tx: Querier, importId: number, eersteBlok: number, blokken: readonly Blok[]): Promise<void> {
  const params: unknown[] = [importId];
  const rijen = blokken.map((b, i) => {
    const p =
      params.push(
        eersteBlok + i,
        b.gemeente,
        b.periode,
        b.soort,
        arrayTekst(b.regels),
        arrayTekst(b.boekdatums),
        arrayTekst(b.casusnummers),
        arrayTekst(b.bedragen),
      ) - 8;
    return `($1, $${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}::int[], $${p + 6}::date[], $${p + 7}::text[], $${p + 8}::numeric[])`;
  });
  await tx.query(
    `INSERT INTO grootboekblokken (import_id, blok, gemeente, periode, soort, regels, boekdatums, casusnummers, bedragen)
     VALUES ${rijen.join(', ')}`,
    params,
  );
}

/**
 * A line's number identifies it within its import (a reconciliation's explanation names it). One row per line had
 * a key for that; blocks do not, so the import checks it: the readers number lines in file order.
 */
function controleerRegelnummers(regels: readonly Grootboekregel[]): void {
  for (let i = 1; i < regels.length; i++)
    if (regels[i]!.regel <= regels[i - 1]!.regel)
      throw new Error(`regelnummers moeten oplopen: regel ${regels[i]!.regel} na regel ${regels[i - 1]!.regel}`);
}

function alImportFout(bestaand: ImportRij | undefined): DomeinFout {
  const wanneer = bestaand
    ? ` op ${bestaand.geimporteerd_op.slice(0, 10)} (import ${bestaand.id}${bestaand.bestandsnaam ? `, ${bestaand.bestandsnaam}` : ''})`
    : '';
  return new DomeinFout(
    'AL_GEIMPORTEERD',
    `Deze boekingen zijn al geïmporteerd${wanneer}; ze worden niet nog eens geteld. Verwijder eerst die import als u hem wilt vervangen.`,
    {},
    bestaand ? { importId: bestaand.id } : {},
  );
}

const isUniekFout = (e: unknown): boolean => typeof e === 'object' && e !== null && (e as { code?: string }).code === '23505';

/**
 * Stores the lines of one import in one transaction. `naBlok` is called after each block of lines is written
 * (progress reporting); when it or the database fails, nothing of the import remains.
 */
export async function importeerGrootboek(
  db: Db,
  regels: readonly Grootboekregel[],
  meta: { bestandsnaam?: string; actor: string; traceId: string },
  naBlok?: (opgeslagen: number, totaal: number) => void | Promise<void>,
): Promise<ImportSamenvatting> {
  controleerRegelnummers(regels);
  const bedragen = regels.map((r) => centenTekst(r.centen));
  const hash = inhoudHash(regels, bedragen);
  const totaal = regels.reduce((s, r) => s + r.centen, 0n);
  try {
    return await db.transaction(async (tx) => {
      const [bestaand] = await tx.query<ImportRij>('SELECT * FROM grootboek_imports WHERE inhoud_sha256 = $1', [hash]);
      if (bestaand) throw alImportFout(bestaand);
      const [rij] = await tx.query<ImportRij>(
        `INSERT INTO grootboek_imports (inhoud_sha256, bestandsnaam, aantal_regels, totaal, geimporteerd_door)
         VALUES ($1, $2, $3, $4, $5) RETURNING *`,
        [hash, meta.bestandsnaam ?? null, regels.length, centenTekst(totaal), meta.actor],
      );
      let blokken = 0;
      for (let i = 0; i < regels.length; i += BLOK) {
        const deze = blokkenVan(regels, bedragen, i, Math.min(i + BLOK, regels.length));
        await schrijfBlokken(tx, rij!.id, blokken + 1, deze);
        blokken += deze.length;
        await naBlok?.(Math.min(i + BLOK, regels.length), regels.length);
      }
      await schrijfLogboek(tx, { traceId: meta.traceId, operatie: 'grootboek.import', actor: meta.actor, aantal: regels.length });
      return alsSamenvatting(rij!);
    });
  } catch (e) {
    // Two identical imports at the same moment: the second waits for the first and then meets the unique constraint.
    if (isUniekFout(e)) {
      const [bestaand] = await db.query<ImportRij>('SELECT * FROM grootboek_imports WHERE inhoud_sha256 = $1', [hash]);
      throw alImportFout(bestaand);
    }
    throw e;
  }
}

/** An import lies within the gemeenten when every one of its lines does (auth/bereik.ts); a block's lines share its gemeente. */
const BINNEN_GEMEENTEN = 'NOT EXISTS (SELECT 1 FROM grootboekblokken b WHERE b.import_id = i.id AND b.gemeente <> ALL($1::text[]))';

/** The imports all of whose lines lie within `gemeenten`. */
export async function lijstImports(q: Querier, gemeenten: readonly Gemeente[]): Promise<ImportSamenvatting[]> {
  return (await q.query<ImportRij>(`SELECT i.* FROM grootboek_imports i WHERE ${BINNEN_GEMEENTEN} ORDER BY i.id`, [[...gemeenten]])).map(
    alsSamenvatting,
  );
}

/**
 * Removes one import with all its lines (to replace a wrong file); 404 when it does not exist or has a line outside
 * `meta.gemeenten` (as for a case outside scope: another gemeente's import is not revealed).
 */
export async function verwijderImport(
  db: Db,
  id: number,
  meta: { actor: string; traceId: string; gemeenten: readonly Gemeente[] },
): Promise<void> {
  await db.transaction(async (tx) => {
    const weg = await tx.query<{ id: number; aantal_regels: number }>(
      `DELETE FROM grootboek_imports i WHERE i.id = $2 AND ${BINNEN_GEMEENTEN} RETURNING i.id, i.aantal_regels`,
      [[...meta.gemeenten], id],
    );
    if (weg.length === 0)
      throw new DomeinFout('NIET_GEVONDEN', `import ${id} bestaat niet, of bevat boekingen buiten uw gemeenten`, { field: 'id' });
    await schrijfLogboek(tx, {
      traceId: meta.traceId,
      operatie: 'grootboek.import.verwijderen',
      actor: meta.actor,
      aantal: weg[0]!.aantal_regels,
    });
  });
}

/** Sums per gemeente, periode and soort for the months of `jaar`. */
export async function uitgaven(q: Querier, jaar: number, gemeenten: readonly Gemeente[]): Promise<Uitgave[]> {
  const rijen = await q.query<{ gemeente: Gemeente; periode: string; soort: Grootboeksoort; bedrag: string }>(
    `SELECT gemeente, periode, soort, sum(bedrag)::text AS bedrag FROM grootboekregels
     WHERE gemeente = ANY($1::text[]) AND periode BETWEEN $2 AND $3
     GROUP BY gemeente, periode, soort ORDER BY gemeente, periode, soort`,
    [[...gemeenten], `${jaar}-01`, `${jaar}-12`],
  );
  return rijen.map((r) => ({ gemeente: r.gemeente, periode: r.periode, soort: r.soort, bedrag: new Decimal(r.bedrag) }));
}

/** Bijstand and LKS of each gemeente per year, for the BUIG netto lasten; one read for all of them. */
export async function nettoLastenPerJaar(
  q: Querier,
  gemeenten: readonly Gemeente[],
  jaren: readonly number[],
): Promise<Map<Gemeente, Map<number, { bijstand: Decimal; lks: Decimal }>>> {
  const rijen = await q.query<{ gemeente: Gemeente; jaar: string; soort: Grootboeksoort; bedrag: string }>(
    `SELECT gemeente, substr(periode, 1, 4) AS jaar, soort, sum(bedrag)::text AS bedrag FROM grootboekregels
     WHERE gemeente = ANY($1::text[]) AND soort IN ('bijstand', 'lks') AND substr(periode, 1, 4) = ANY($2::text[])
     GROUP BY 1, 2, 3`,
    [[...gemeenten], jaren.map(String)],
  );
  const uit = new Map(
    gemeenten.map((g) => [g, new Map(jaren.map((j) => [j, { bijstand: new Decimal(0), lks: new Decimal(0) }]))] as const),
  );
  for (const r of rijen) uit.get(r.gemeente)!.get(Number(r.jaar))![r.soort as 'bijstand' | 'lks'] = new Decimal(r.bedrag);
  return uit;
}

/** The LKS lines of a year, each with its import line number. */
export async function lksBetalingen(q: Querier, jaar: number, gemeenten: readonly Gemeente[]): Promise<LksBetaling[]> {
  const rijen = await q.query<{
    gemeente: Gemeente;
    casusnummer: string | null;
    periode: string;
    bedrag: string;
    regel: number;
    import_id: number;
  }>(
    `SELECT gemeente, casusnummer, periode, bedrag::text AS bedrag, regel, import_id FROM grootboekregels
     WHERE soort = 'lks' AND gemeente = ANY($1::text[]) AND periode BETWEEN $2 AND $3`,
    [[...gemeenten], `${jaar}-01`, `${jaar}-12`],
  );
  return rijen.map((r) => ({
    gemeente: r.gemeente,
    casusnummer: r.casusnummer,
    periode: r.periode,
    bedrag: new Decimal(r.bedrag),
    regel: r.regel,
    importId: r.import_id,
  }));
}
