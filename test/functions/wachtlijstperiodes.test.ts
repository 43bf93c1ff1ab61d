/**
 * The registry answers a waiting-list position and the whole list of a gemeente (Beleidsregels beschut werk Avres
 * 2025 art. 8) from its cached waiting-list periods (migration 002) instead of folding every candidate case. The
 * cache is only acceptable if it never differs from the rule: over generated registries and every interesting
 * peildatum, the position and its steps (or the NIET_OP_WACHTLIJST reason), and every gemeente's list (positions,
 * fields and steps), equal the pure rule over all the registry's events; the cache rebuilt from the
 * events equals the one written on append; and events written past the append path never give a wrong answer.
 * Real PGlite, and real PostgreSQL when DATABASE_URL is set.
 */
import fc from 'fast-check';
import { DomeinFout } from '../../shared/errors';
import { wachtlijst, wachtlijstpositie, CasusVoorWachtlijst } from '../../shared/rules/wachtlijst';
import { GEMEENTEN, Gemeente } from '../../shared/schemas/casus';
import { foutAntwoord } from '../../functions/http/fouten';
import { positieUitRegister, wachtlijstUitRegister } from '../../functions/registry/wachtlijsten';
import { gebeurtenissenVan, maakCasus, voegGebeurtenisToe, Wie } from '../../functions/registry/casussen';
import type { Db } from '../../functions/registry/db';
import { migreer, openRegistry } from '../../functions/registry/open-registry';
import { zonderLoguitvoer } from '../support/zonder-loguitvoer';
import { wachtlijstUitPeriodes, werkWachtlijstperiodesBij } from '../../functions/registry/wachtlijstperiodes';
import { casusArb, peildataRond } from '../support/wachtlijst-generator';
import { BACKENDS, schemaNaam } from './helpers';
import { Datum, datum } from '../../shared/time/datum';

const wie: Wie = { actor: 'test', traceId: 'wachtlijstperiodes', gemeenten: GEMEENTEN };

zonderLoguitvoer();

/** The answer as value and steps, or as the domain error's code and Dutch message. */
async function uitkomst(f: () => Promise<unknown> | unknown): Promise<unknown> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof DomeinFout) return { code: e.code, message: e.message };
    throw e;
  }
}

describe.each(BACKENDS)('waiting-list periods on %s', (backend) => {
  let db: Db;
  const schema = schemaNaam();
  beforeAll(async () => {
    db = await openRegistry(backend === 'postgresql' ? { databaseUrl: process.env.DATABASE_URL!, schema } : {});
  });
  afterAll(async () => {
    if (backend === 'postgresql') await db.exec(`DROP SCHEMA ${schema} CASCADE`);
    await db.close();
  });

  const leeg = () =>
    db.exec('TRUNCATE logboek, wachtlijstperiodes, wachtlijstperiodes_verouderd, gebeurtenissen, casussen RESTART IDENTITY CASCADE');
  const verouderd = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM wachtlijstperiodes_verouderd'))[0]!.n;
  const periodes = () =>
    db.query(
      'SELECT casus_id, geldig_vanaf, geldig_tot, gemeente, ingangsdatum, grond, ziek FROM wachtlijstperiodes ORDER BY casus_id, geldig_vanaf',
    );

  /** Every case with all its events, as the pure rule takes them: registration order is the case id. */
  async function alleCasussen(): Promise<CasusVoorWachtlijst[]> {
    const rijen = await db.query<{ id: number; casusnummer: string }>('SELECT id, casusnummer FROM casussen ORDER BY id');
    return Promise.all(
      rijen.map(async (r) => ({
        casusnummer: r.casusnummer,
        registratievolgorde: r.id,
        gebeurtenissen: await gebeurtenissenVan(db, r.id),
      })),
    );
  }

  /**
   * Asks every gemeente's list, and every case's position on it, on every peildatum, from the registry and from the
   * pure rule. Returns how many positions and list lines were compared.
   */
  async function vergelijkMetRegel(): Promise<{ geplaatst: number; regels: number }> {
    const casussen = await alleCasussen();
    const peildata = peildataRond(casussen.flatMap((c) => c.gebeurtenissen.map((g) => g.datum)));
    let geplaatst = 0;
    let regels = 0;
    for (const peildatum of peildata) {
      for (const gemeente of GEMEENTEN) {
        const register = await wachtlijstUitRegister(db, gemeente, peildatum);
        expect({ peildatum, gemeente, lijst: register }).toEqual({ peildatum, gemeente, lijst: wachtlijst(casussen, gemeente, peildatum) });
        regels += register.waarde.length;
      }
      for (const c of casussen) {
        for (const gemeente of GEMEENTEN) {
          const register = await uitkomst(() => positieUitRegister(db, gemeente, c.casusnummer, peildatum, wie));
          const regel = await uitkomst(() => wachtlijstpositie(casussen, gemeente, c.casusnummer, peildatum));
          expect({ peildatum, gemeente, casus: c.casusnummer, uitkomst: register }).toEqual({
            peildatum,
            gemeente,
            casus: c.casusnummer,
            uitkomst: regel,
          });
          if (!('code' in (register as object))) geplaatst++;
        }
      }
    }
    return { geplaatst, regels };
  }

  it('answers positions and whole lists exactly as the pure rule for generated registries, on every event date and the day before it', async () => {
    let geplaatst = 0;
    let regels = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(casusArb(), { minLength: 1, maxLength: 8 }), async (gegenereerd) => {
        await leeg();
        for (const g of gegenereerd) {
          const casus = await maakCasus(
            db,
            { gemeente: g.gemeente, route: 'UWV', bsn: '111222333', aanmeldingsdatum: g.aanmeldingsdatum },
            wie,
          );
          let versie = casus.versie;
          for (const gebeurtenis of g.gebeurtenissen) {
            try {
              versie = (await voegGebeurtenisToe(db, casus.casusnummer, versie, gebeurtenis, wie)).casus.versie;
            } catch (e) {
              // The registry refuses what does not fit the course of the case; the history goes on without it.
              if (![400, 409].includes(foutAntwoord(e, 'test').antwoord.status)) throw e;
            }
          }
        }
        // Nothing stale: every answer below comes from the cached periods, not from the fold.
        expect(await verouderd()).toBe(0);
        expect(await wachtlijstUitPeriodes(db, 'Gorinchem', datum('2025-03-01'))).not.toBeNull();
        const vergeleken = await vergelijkMetRegel();
        geplaatst += vergeleken.geplaatst;
        regels += vergeleken.regels;
        // The cache can be thrown away and rebuilt from the events alone, to the same rows.
        const geschreven = await periodes();
        await db.exec('DELETE FROM wachtlijstperiodes; INSERT INTO wachtlijstperiodes_verouderd (casus_id) SELECT id FROM casussen');
        await werkWachtlijstperiodesBij(db);
        expect(await periodes()).toEqual(geschreven);
      }),
      { numRuns: 30 },
    );
    // The generated registries put cases on lists, so positions (not only refusals) and non-empty lists were compared.
    expect(geplaatst).toBeGreaterThan(400);
    expect(regels).toBe(geplaatst);
  }, 300_000);

  it('does not count an op_wachtlijst dated next week today, and counts it from that date', async () => {
    await leeg();
    const plaats = async (gemeente: Gemeente, indicatiedatum: Datum, opLijst: Datum) => {
      const c = await maakCasus(db, { gemeente, route: 'UWV', bsn: '111222333', aanmeldingsdatum: datum('2025-04-01') }, wie);
      const a = await voegGebeurtenisToe(
        db,
        c.casusnummer,
        1,
        { soort: 'besluit_indicatie', datum: indicatiedatum, uitkomst: 'toegekend' },
        wie,
      );
      await voegGebeurtenisToe(db, c.casusnummer, a.casus.versie, { soort: 'op_wachtlijst', datum: opLijst }, wie);
      return c.casusnummer;
    };
    const wachtend = await plaats('Gorinchem', datum('2025-06-01'), datum('2025-06-01'));
    await plaats('Gorinchem', datum('2025-05-01'), datum('2026-12-01'));
    expect((await positieUitRegister(db, 'Gorinchem', wachtend, datum('2026-11-24'), wie)).waarde).toBe(1);
    expect((await positieUitRegister(db, 'Gorinchem', wachtend, datum('2026-12-01'), wie)).waarde).toBe(2);
  });

  it('answers by the rule while events written past the append path are not yet in the cache, and from the cache once rebuilt', async () => {
    await leeg();
    const casussen: string[] = [];
    for (const dag of [datum('2025-05-01'), datum('2025-06-01'), datum('2025-07-01')]) {
      const c = await maakCasus(
        db,
        { gemeente: 'Molenlanden', route: 'UWV', bsn: '111222333', aanmeldingsdatum: datum('2025-04-01') },
        wie,
      );
      const a = await voegGebeurtenisToe(db, c.casusnummer, 1, { soort: 'besluit_indicatie', datum: dag, uitkomst: 'toegekend' }, wie);
      await voegGebeurtenisToe(db, c.casusnummer, a.casus.versie, { soort: 'op_wachtlijst', datum: dag }, wie);
      casussen.push(c.casusnummer);
    }
    const laatste = casussen[2]!;
    expect((await positieUitRegister(db, 'Molenlanden', laatste, datum('2026-11-24'), wie)).waarde).toBe(3);
    // A bulk load with SQL: the first case starts a dienstverband, so it leaves the list.
    await db.exec(`INSERT INTO gebeurtenissen (casus_id, volgnummer, soort, datum, gegevens, vastgelegd_door)
      VALUES (1, 4, 'dienstverband_start', '2026-01-05', '{"soort":"dienstverband_start","datum":"2026-01-05","dienstverband":"tijdelijk","urenPerWeek":31}', 'import')`);
    expect(await verouderd()).toBe(1);
    const voorHerbouw = await positieUitRegister(db, 'Molenlanden', laatste, datum('2026-11-24'), wie);
    expect(voorHerbouw.waarde).toBe(2);
    expect(voorHerbouw).toEqual(wachtlijstpositie(await alleCasussen(), 'Molenlanden', laatste, datum('2026-11-24')));
    // The whole list too: the cache is not trusted, not even for a gemeente whose list is empty.
    expect(await wachtlijstUitPeriodes(db, 'Molenlanden', datum('2026-11-24'))).toBeNull();
    expect(await wachtlijstUitPeriodes(db, 'Gorinchem', datum('2026-11-24'))).toBeNull();
    const lijstVoorHerbouw = await wachtlijstUitRegister(db, 'Molenlanden', datum('2026-11-24'));
    expect(lijstVoorHerbouw.waarde.map((r) => r.casusnummer)).toEqual(casussen.slice(1));
    expect(lijstVoorHerbouw).toEqual(wachtlijst(await alleCasussen(), 'Molenlanden', datum('2026-11-24')));
    expect(await werkWachtlijstperiodesBij(db)).toBe(1);
    expect(await verouderd()).toBe(0);
    expect(await positieUitRegister(db, 'Molenlanden', laatste, datum('2026-11-24'), wie)).toEqual(voorHerbouw);
    expect(await wachtlijstUitPeriodes(db, 'Gorinchem', datum('2026-11-24'))).toEqual([]);
    expect(await wachtlijstUitPeriodes(db, 'Molenlanden', datum('2026-11-24'))).not.toBeNull();
    expect(await wachtlijstUitRegister(db, 'Molenlanden', datum('2026-11-24'))).toEqual(lijstVoorHerbouw);
    expect((await positieUitRegister(db, 'Molenlanden', laatste, datum('2025-12-31'), wie)).waarde).toBe(3);
  });

  it('fills the periods of a registry from before migration 002 from its events, as openRegistry does on start', async () => {
    await leeg();
    for (const gemeente of ['Gorinchem', 'Vijfheerenlanden'] as const) {
      const c = await maakCasus(db, { gemeente, route: 'UWV', bsn: '111222333', aanmeldingsdatum: datum('2025-04-01') }, wie);
      const a = await voegGebeurtenisToe(
        db,
        c.casusnummer,
        1,
        { soort: 'besluit_indicatie', datum: datum('2025-05-01'), uitkomst: 'toegekend' },
        wie,
      );
      await voegGebeurtenisToe(db, c.casusnummer, a.casus.versie, { soort: 'op_wachtlijst', datum: datum('2025-05-01') }, wie);
    }
    const geschreven = await periodes();
    expect(geschreven).toHaveLength(2);
    await db.exec(`DROP TRIGGER wachtlijstperiodes_verouderen ON gebeurtenissen; DROP FUNCTION wachtlijstperiodes_verouderen();
      DROP TABLE wachtlijstperiodes, wachtlijstperiodes_verouderd; DELETE FROM schema_migraties WHERE versie = 2`);
    expect(await migreer(db)).toEqual(['002_wachtlijstperiodes.sql']);
    expect(await verouderd()).toBe(2);
    expect(await werkWachtlijstperiodesBij(db)).toBe(2);
    expect(await periodes()).toEqual(geschreven);
  });
});
