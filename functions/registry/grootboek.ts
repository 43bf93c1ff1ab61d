/**
 * Ledger imports: one transaction per import, so a failure anywhere (a bad line, a database error midway, a
 * lost connection) stores nothing of it. The sha256 of the lines' canonical text is unique: the same content
 * twice (also in another layout or notation) is refused with 409 and never counted twice.
 */
import { createHash } from 'node:crypto';
import Decimal from 'decimal.js';
import { canoniekeTekst, Grootboekregel } from '../../shared/grootboek/grootboekregels';
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
 * Lines per INSERT: large enough to be fast, small enough for PostgreSQL's parameter and memory limits, and a
 * progress report per block. Larger blocks gain nothing: on PGlite one 100,000-line unnest and one
 * `COPY … FROM '/dev/blob'` took as long as blocks of 5,000 (1.1–1.2 s for 100,000 lines); the time is the
 * database's work per row (the foreign key check to the import ~45 %, the gemeente/periode index ~25 %, the key ~15 %).
 */
const BLOK = 5000;

/** sha256 of the canonical text of the lines (layout and notation do not change it). */
export function inhoudHash(regels: readonly Grootboekregel[]): string {
  return createHash('sha256').update(canoniekeTekst(regels), 'utf8').digest('hex');
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
  const hash = inhoudHash(regels);
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
      for (let i = 0; i < regels.length; i += BLOK) {
        const blok = regels.slice(i, i + BLOK);
        await tx.query(
          `INSERT INTO grootboekregels (import_id, regel, gemeente, boekdatum, periode, soort, casusnummer, bedrag)
           SELECT $1, * FROM unnest($2::int[], $3::text[], $4::date[], $5::text[], $6::text[], $7::text[], $8::numeric[])`,
          [
            rij!.id,
            blok.map((r) => r.regel),
            blok.map((r) => r.gemeente),
            blok.map((r) => r.boekdatum),
            blok.map((r) => r.periode),
            blok.map((r) => r.soort),
            blok.map((r) => r.casusnummer),
            blok.map((r) => centenTekst(r.centen)),
          ],
        );
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

/** An import lies within the gemeenten when every one of its lines does (auth/bereik.ts). */
const BINNEN_GEMEENTEN = 'NOT EXISTS (SELECT 1 FROM grootboekregels r WHERE r.import_id = i.id AND r.gemeente <> ALL($1::text[]))';

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
