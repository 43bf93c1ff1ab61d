/**
 * The finance side of the registry against real PGlite (and real PostgreSQL when DATABASE_URL is set): a ledger
 * import is all or nothing, also when the database fails midway; the same content twice is refused (409) and
 * never counted twice; budgets and scenarios are stored as published.
 */
import Decimal from 'decimal.js';
import { leesGrootboekCsv } from '../../shared/grootboek/grootboekregels';
import { foutAntwoord } from '../../functions/http/fouten';
import { zonderLoguitvoer } from '../support/zonder-loguitvoer';
import type { Db } from '../../functions/registry/db';
import { openRegistry } from '../../functions/registry/open-registry';
import {
  importeerGrootboek,
  lijstImports,
  lksBetalingen,
  nettoLastenPerJaar,
  uitgaven,
  verwijderImport,
} from '../../functions/registry/grootboek';
import { budgetten, buigJaren, legBudgetVast } from '../../functions/registry/buig';
import { legScenarioVast, leesScenario, parametersVanScenario } from '../../functions/registry/scenarios';
import { waardeOp } from '../../shared/parameters/reeks';
import { alsCsv, genereer } from '../support/grootboek-generator';
import { datum } from '../../shared/time/datum';

const meta = { actor: 'test-financien', traceId: 'trace-test', gemeenten: ['Gorinchem', 'Molenlanden', 'Vijfheerenlanden'] as const };

/** The refusal as the API answers it: its status and code. */
const alsAntwoord = (e: unknown): { status: number; code: string; message: string } => {
  const { status, body } = foutAntwoord(e, 'test').antwoord;
  const { code, message } = (body as { error: { code: string; message: string } }).error;
  return { status, code, message };
};

async function fout(p: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return alsAntwoord(e);
  }
  throw new Error('verwachtte een fout');
}

const backends: [string, () => Promise<Db>][] = [['PGlite', () => openRegistry({})]];
if (process.env.DATABASE_URL) {
  backends.push([
    'PostgreSQL',
    () => openRegistry({ databaseUrl: process.env.DATABASE_URL, schema: `fin_test_${process.pid}_${Date.now() % 100000}` }),
  ]);
}

zonderLoguitvoer();

describe.each(backends)('finance registry on %s', (_naam, open) => {
  let db: Db;
  beforeEach(async () => {
    db = await open();
    await db.exec('TRUNCATE grootboek_imports, grootboekblokken, buig_budgetten, scenarios CASCADE');
  });
  afterEach(async () => {
    await db.close();
  });

  const aantal = async (tabel: string) => Number((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${tabel}`))[0]!.n);

  it('stores an import and refuses the same content again, also in another notation and column order', async () => {
    const a = leesGrootboekCsv(
      'gemeente;boekdatum;periode;soort;casusnummer;bedrag\nGorinchem;25-02-2026;2026-03;lks;BW-1;1.224,11\nGorinchem;01-03-2026;2026-03;bijstand;;7.000,00\n',
    ).regels;
    const b = leesGrootboekCsv(
      'bedrag,soort,gemeente,periode,boekdatum,casusnummer\n"1224,11",LKS,gorinchem,03-2026,2026-02-25,BW-1\n"7000,00",bijstand,Gorinchem,2026-03,1-3-2026,\n',
    ).regels;
    const eerste = await importeerGrootboek(db, a, { ...meta, bestandsnaam: 'maart.csv' });
    expect([eerste.aantalRegels, eerste.totaal]).toEqual([2, '8224.11']);
    const f = await fout(importeerGrootboek(db, b, meta));
    expect([f.status, f.code]).toEqual([409, 'AL_GEIMPORTEERD']);
    expect(f.message).toMatch(
      /^Deze boekingen zijn al geïmporteerd op \d{4}-\d{2}-\d{2} \(import \d+, maart\.csv\); ze worden niet nog eens geteld/,
    );
    expect(await aantal('grootboekregels')).toBe(2);
    expect((await nettoLastenPerJaar(db, ['Gorinchem'], [2026])).get('Gorinchem')!.get(2026)).toEqual({
      bijstand: new Decimal('7000'),
      lks: new Decimal('1224.11'),
    });
  });

  it('rolls back the whole import when the database fails on a line after 30.000 good ones', async () => {
    const { betalingen } = genereer(2026, 1000, 11);
    const regels = leesGrootboekCsv(alsCsv(betalingen.slice(0, 30000))).regels;
    regels.push({ ...regels[0]!, regel: 30002, casusnummer: 'FAAL-1' });
    await db.exec(`CREATE FUNCTION faal() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'schijf vol (test)'; END; $$;
      CREATE TRIGGER faal BEFORE INSERT ON grootboekblokken FOR EACH ROW WHEN ('FAAL-1' = ANY (NEW.casusnummers)) EXECUTE FUNCTION faal();`);
    const blokken: number[] = [];
    await expect(importeerGrootboek(db, regels, meta, (n) => void blokken.push(n))).rejects.toThrow(/schijf vol/);
    expect(blokken).toEqual([5000, 10000, 15000, 20000, 25000, 30000]);
    expect(await aantal('grootboekregels')).toBe(0);
    expect(await aantal('grootboek_imports')).toBe(0);
    await db.exec('DROP TRIGGER faal ON grootboekblokken; DROP FUNCTION faal();');
    const opnieuw = await importeerGrootboek(db, regels, meta);
    expect(opnieuw.aantalRegels).toBe(30001);
    expect(await aantal('grootboekregels')).toBe(30001);
  });

  it('rolls back when the import is interrupted between blocks', async () => {
    const regels = leesGrootboekCsv(alsCsv(genereer(2026, 800, 12).betalingen.slice(0, 12000))).regels;
    await expect(
      importeerGrootboek(db, regels, meta, (n) => {
        if (n === 10000) throw new Error('verbinding verbroken');
      }),
    ).rejects.toThrow('verbinding verbroken');
    expect(await aantal('grootboekregels')).toBe(0);
    expect(await lijstImports(db, meta.gemeenten)).toEqual([]);
  });

  it('lets exactly one of two identical imports at the same moment through', async () => {
    const regels = leesGrootboekCsv(alsCsv(genereer(2026, 100, 13).betalingen)).regels;
    const uitkomsten = await Promise.allSettled([importeerGrootboek(db, regels, meta), importeerGrootboek(db, regels, meta)]);
    expect(uitkomsten.filter((u) => u.status === 'fulfilled')).toHaveLength(1);
    const afgewezen = uitkomsten.find((u) => u.status === 'rejected') as PromiseRejectedResult;
    expect(alsAntwoord(afgewezen.reason).status).toBe(409);
    expect(await aantal('grootboekregels')).toBe(regels.length);
  });

  it('reads LKS lines and sums back per gemeente and month, and removes an import with its lines', async () => {
    const { betalingen } = genereer(2026, 20, 14);
    const regels = leesGrootboekCsv(
      alsCsv(betalingen, [{ gemeente: 'Molenlanden', periode: '2026-02', bedrag: new Decimal('5000') }]),
    ).regels;
    const imp = await importeerGrootboek(db, regels, meta);
    const lks = await lksBetalingen(db, 2026, ['Gorinchem', 'Molenlanden', 'Vijfheerenlanden']);
    expect(lks).toHaveLength(betalingen.length);
    expect(lks.reduce((s, b) => s.plus(b.bedrag), new Decimal(0)).toFixed(2)).toBe(
      betalingen.reduce((s, b) => s.plus(b.bedrag), new Decimal(0)).toFixed(2),
    );
    expect((await uitgaven(db, 2026, ['Molenlanden'])).find((u) => u.soort === 'bijstand')).toEqual({
      gemeente: 'Molenlanden',
      periode: '2026-02',
      soort: 'bijstand',
      bedrag: new Decimal('5000'),
    });
    await verwijderImport(db, imp.id, meta);
    expect(await aantal('grootboekregels')).toBe(0);
    expect((await fout(verwijderImport(db, imp.id, meta))).status).toBe(404);
  });

  it('stores budgets as published: the same again is accepted, another amount for the same publication is 409', async () => {
    const b = {
      gemeente: 'Gorinchem' as const,
      jaar: 2025,
      soort: 'definitief' as const,
      bedrag: '10000000.00',
      publicatiedatum: datum('2025-09-30'),
    };
    expect((await legBudgetVast(db, b, meta)).nieuw).toBe(true);
    expect((await legBudgetVast(db, b, meta)).nieuw).toBe(false);
    const f = await fout(legBudgetVast(db, { ...b, bedrag: '10000001' }, meta));
    expect([f.status, f.code]).toEqual([409, 'BUDGET_BESTAAT']);
    await legBudgetVast(db, { ...b, soort: 'voorlopig', bedrag: '9000000', publicatiedatum: datum('2024-09-30') }, meta);
    expect((await budgetten(db, ['Gorinchem'])).map((x) => [x.soort, x.bedrag])).toEqual([
      ['voorlopig', '9000000.00'],
      ['definitief', '10000000.00'],
    ]);
    const jaren = await buigJaren(db, 'Gorinchem', 2025);
    expect(jaren.map((j) => [j.jaar, j.budgetten.length, j.bijstand.toFixed(2)])).toEqual([
      [2023, 0, '0.00'],
      [2024, 0, '0.00'],
      [2025, 2, '0.00'],
    ]);
  });

  it('stores scenarios with a version, finds them regardless of case, and names the known ones when one is missing', async () => {
    await legScenarioVast(db, { naam: 'WML plus 3', wijzigingen: { wmlFactor: 1.03 } }, meta);
    const tweede = await legScenarioVast(db, { naam: 'wml plus 3', omschrijving: 'herzien', wijzigingen: { wmlFactor: 1.05 } }, meta);
    expect([tweede.nieuw, tweede.scenario.naam, tweede.scenario.versie]).toEqual([false, 'WML plus 3', 2]);
    const { parameters } = await parametersVanScenario(db, 'WML PLUS 3');
    expect(waardeOp(parameters.wml, datum('2026-01-01')).waarde.referentiemaandloon.toFixed(2)).toBe('2409.12');
    await expect(leesScenario(db, 'onbekend')).rejects.toThrow('scenario "onbekend" bestaat niet; bekend zijn: WML plus 3');
  });
});
