/**
 * The API over a real HTTP server and a real registry (PGlite; PostgreSQL too when DATABASE_URL is set).
 */
import { generateKeyPair, SignJWT } from 'jose';
import { request } from 'node:http';
import { BACKENDS, maakCasusMet, startTestApi, TestApi, VANDAAG, verwachtWireStappen } from './helpers';
import { ONTWIKKEL_AUDIENCE, ONTWIKKEL_ISSUER } from '../../functions/config';
import { datum } from '../../shared/time/datum';
import { staptabelAntwoordSchema, uitgeschreven } from '../../shared/schemas/evaluate';
import type { WireStap } from '../../shared/schemas/stap';
import { batchAntwoordJson, evalueerBatch } from '../../shared/catalogue/evalueer';
import { StapTabel } from '../../shared/catalogue/staptabel';
import { alsLksAanroep, lksInvoerGenerator } from '../support/lks-invoer';

describe.each(BACKENDS)('API on %s', (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(backend);
  });
  afterAll(() => api.sluit());

  describe('health, catalogue, openapi', () => {
    it('answers health without a token', async () => {
      const r = await api.vraag('GET', '/health', { token: null });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ status: 'ok', registry: backend });
    });
    it('lists the catalogue with arguments and sources for the formula builder', async () => {
      const r = await api.vraag('GET', '/functions', { token: null });
      const lks = r.body.functies.find((f: { naam: string }) => f.naam === 'LOONKOSTENSUBSIDIE');
      expect(lks.bron).toMatch(/Pw art. 10d/);
      expect(lks.argumenten[0]).toMatchObject({ naam: 'loonwaarde', soort: 'percentage', optioneel: true });
    });
    it('describes every route in openapi.json, with the case and event schemas generated from zod', async () => {
      const r = await api.vraag('GET', '/openapi.json', { token: null });
      expect(Object.keys(r.body.paths)).toEqual(
        expect.arrayContaining(['/api/evaluate', '/api/cases/{casusnummer}/events', '/api/termijnen']),
      );
      expect(JSON.stringify(r.body.components.schemas.NieuweGebeurtenis)).toContain('op_wachtlijst');
      expect(Object.keys(r.body.components.schemas.StaptabelAntwoord.properties)).toEqual(['results', 'stepLabels', 'register']);
    });
  });

  describe('POST /api/evaluate', () => {
    it('evaluates the batch contract, a bad call never failing the others', async () => {
      const r = await api.vraag('POST', '/evaluate', {
        body: {
          calls: [
            { function: 'BESLISTERMIJN', args: ['2026-03-02'] },
            { function: 'ONBESTAAND', args: [] },
          ],
        },
      });
      expect(r.status).toBe(200);
      expect(r.body.results[0].value).toBe('2026-04-28');
      expect(r.body.results[1].error.code).toBe('ONBEKENDE_FUNCTIE');
    });
    it('answers values without steps when the batch asks "steps": false', async () => {
      const r = await api.vraag('POST', '/evaluate', {
        body: { steps: false, calls: [{ function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2026-01-01'] }] },
      });
      expect(r.status).toBe(200);
      expect(r.body.results).toEqual([{ value: 1224.11 }]);
      expect(r.headers.get('x-avres-parameters')).toMatch(/^[0-9a-f]{16}$/);
    });
    it('sends every distinct step once with "stepTable": true, labels and sources once, the results naming them by number after that', async () => {
      const calls = [
        { function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2026-01-01'] },
        { function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2026-01-01'] },
        { function: 'LOONKOSTENSUBSIDIE', args: [0.5, 32, '2026-01-01'] },
        { function: 'ONBESTAAND', args: [] },
      ];
      const gewoon = await api.vraag('POST', '/evaluate', { body: { calls } });
      const tabel = await api.vraag('POST', '/evaluate', { body: { calls, stepTable: true } });
      expect(tabel.status).toBe(200);
      expect(staptabelAntwoordSchema.parse(tabel.body)).toEqual(tabel.body);
      expect(uitgeschreven(tabel.body)).toEqual(gewoon.body);
      const stappen = gewoon.body.results.flatMap((r: { steps?: WireStap[] }) => r.steps ?? []);
      // Each distinct step is given once, in the first result that has it; after that, its number.
      const gegeven = tabel.body.results.flatMap((r: { stepRefs?: unknown[] }) => (r.stepRefs ?? []).filter((e) => typeof e !== 'number'));
      expect(gegeven).toHaveLength(new Set(stappen.map((s: WireStap) => JSON.stringify(s))).size);
      expect(tabel.body.results[1].stepRefs.every((e: unknown) => typeof e === 'number')).toBe(true);
      expect(tabel.body.stepLabels).toHaveLength(new Set(stappen.map((s: WireStap) => `${s.label}|${s.source}`)).size);
    });
    it.each(['br', 'gzip'])('compresses a large answer with %s when the client accepts it', async (codering) => {
      const calls = Array.from({ length: 200 }, () => ({ function: 'WML', args: ['2026-01-01'] }));
      const r = await api.vraag('POST', '/evaluate', { body: { calls }, headers: { 'Accept-Encoding': codering } });
      expect(r.headers.get('content-encoding')).toBe(codering);
      expect(r.headers.get('vary')).toMatch(/Accept-Encoding/);
      expect(r.body.results).toHaveLength(200);
      const kaal = await api.vraag('POST', '/evaluate', { body: { calls }, headers: { 'Accept-Encoding': 'identity' } });
      expect(kaal.headers.get('content-encoding')).toBeNull();
      expect(kaal.body).toEqual(r.body);
    });
    describe('a large batch', () => {
      const calls = Array.from({ length: 2500 }, lksInvoerGenerator(20261201, { binnenBereik: true })).map(alsLksAanroep);

      it.each([
        ['values only', { steps: false }],
        ['with the step table', { stepTable: true }],
      ])('streams an answer (%s) that is the in-process answer, when no call reads the registry', async (_, vorm) => {
        for (const codering of ['br', 'gzip', 'identity']) {
          const r = await api.vraag('POST', '/evaluate', { body: { calls, ...vorm }, headers: { 'Accept-Encoding': codering } });
          expect(r.status).toBe(200);
          // Sent in pieces as it was evaluated: chunked, no length known up front.
          expect(r.headers.get('transfer-encoding')).toBe('chunked');
          expect(r.headers.get('content-length')).toBeNull();
          expect(r.headers.get('content-encoding')).toBe(codering === 'identity' ? null : codering);
          const tabel = 'stepTable' in vorm ? new StapTabel() : undefined;
          const stappen = !('steps' in vorm);
          const inProces = batchAntwoordJson(await evalueerBatch(calls, { vandaag: VANDAAG }, { stappen, stapTabel: tabel }), undefined, {
            stapTabel: tabel,
          });
          expect(r.body).toEqual(JSON.parse(inProces));
        }
      });

      it('answers whole, with the versions read, when a call reads the registry', async () => {
        const metRegister = [...calls, { function: 'WACHTLIJSTPOSITIE', args: ['Gorinchem', 'BW-2026-999999', '2026-11-24'] }];
        const r = await api.vraag('POST', '/evaluate', { body: { calls: metRegister, stepTable: true } });
        expect(r.status).toBe(200);
        expect(Number(r.headers.get('content-length'))).toBeGreaterThan(0);
        expect(r.body.results).toHaveLength(2501);
        expect(r.body.results[2500]).toMatchObject({ error: { code: 'NIET_GEVONDEN' }, depends: ['wachtlijst:Gorinchem'] });
        expect(r.body.register).toEqual({ 'wachtlijst:Gorinchem': expect.any(Number) });
      });

      it('keeps serving when a client goes away in the middle of a streamed answer', async () => {
        const token = await api.token();
        const weg = await new Promise<number>((ok, fout) => {
          const req = request(
            `${api.url}/evaluate`,
            { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Accept-Encoding': 'br' } },
            (res) => {
              res.once('data', () => {
                clearTimeout(wachter);
                req.destroy();
                ok(res.statusCode!);
              });
            },
          );
          req.on('error', () => undefined);
          const wachter = setTimeout(() => fout(new Error('geen antwoord')), 30_000);
          req.end(JSON.stringify({ calls: [...calls, ...calls, ...calls, ...calls], stepTable: true }));
        });
        expect(weg).toBe(200);
        const daarna = await api.vraag('POST', '/evaluate', { body: { calls: calls.slice(0, 3), steps: false } });
        expect(daarna.status).toBe(200);
        expect(daarna.body.results).toHaveLength(3);
        expect(api.logregels.filter((r) => r.includes('"soort":"fout"'))).toEqual([]);
      });
    });

    it('answers 413 beyond the call limit of the contract', async () => {
      const calls = Array.from({ length: 20001 }, () => ({ function: 'WML', args: ['2026-01-01'] }));
      const r = await api.vraag('POST', '/evaluate', { body: { calls } });
      expect(r.status).toBe(413);
      expect(r.body.error.message).toMatch(/hoogstens 20000/);
    });
    it('answers 413 for a body beyond the byte limit, and 400 for broken JSON', async () => {
      const groot = await api.vraag('POST', '/evaluate', { ruw: `{"calls":[{"function":"${'X'.repeat(5_100_000)}"}]}` });
      expect(groot.status).toBe(413);
      const kapot = await api.vraag('POST', '/evaluate', { ruw: '{"calls": [' });
      expect(kapot.status).toBe(400);
      expect(kapot.body.error.code).toBe('ONGELDIGE_JSON');
    });
    it('answers a stored scenario with NIET_GEVONDEN for now (issue 5)', async () => {
      const r = await api.vraag('POST', '/evaluate', {
        body: { calls: [{ function: 'LOONKOSTENSUBSIDIE', args: [0.6, 36, '2026-01-01', null, null, 'hoog'] }] },
      });
      expect(r.body.results[0].error.code).toBe('NIET_GEVONDEN');
    });
  });

  describe('cases', () => {
    it('creates a case (201, ETag, Location), reads it with derived facts, lists it without the BSN', async () => {
      const { casusnummer } = await maakCasusMet(api, { gemeente: 'Gorinchem', route: 'UWV', aanmeldingsdatum: '2026-09-01' }, [
        { soort: 'uwv_advies_ontvangen', datum: '2026-10-05', uitkomst: 'positief' },
      ]);
      const r = await api.vraag('GET', `/cases/${casusnummer}`);
      expect(r.status).toBe(200);
      expect(r.headers.get('etag')).toBe('W/"2"');
      // Beleidsregels art. 5 lid 1: 8 weeks after the advice of 2026-10-05 is Monday 2026-11-30.
      expect(r.body.afgeleid.beslistermijn).toMatchObject({
        adviesdatum: '2026-10-05',
        einde: '2026-11-30',
        dagenResterend: 6,
        verlopen: false,
      });
      verwachtWireStappen(r.body.afgeleid.beslistermijn.stappen);
      expect(r.body.afgeleid.wachtlijst).toMatchObject({ opWachtlijst: false });
      const lijst = await api.vraag('GET', '/cases?gemeente=Gorinchem&status=advies_ontvangen&route=UWV');
      expect(lijst.body.casussen.map((c: { casusnummer: string }) => c.casusnummer)).toContain(casusnummer);
      expect(JSON.stringify(lijst.body)).not.toContain('111222333');
    });

    it('derives the praktijktoets end (art. 3 lid 1 en 4) and refuses an extension beyond 6 months', async () => {
      const { casusnummer, versie } = await maakCasusMet(api, { gemeente: 'Molenlanden', route: 'Avres', aanmeldingsdatum: '2026-02-15' }, [
        { soort: 'praktijktoets_start', datum: '2026-03-01' },
        { soort: 'praktijktoets_verlenging', datum: '2026-08-01', maanden: 3 },
      ]);
      const r = await api.vraag('GET', `/cases/${casusnummer}`);
      expect(r.body.afgeleid.praktijktoets).toMatchObject({ startdatum: '2026-03-01', verlengingMaanden: 3, einde: '2026-11-30' });
      verwachtWireStappen(r.body.afgeleid.praktijktoets.stappen);
      const teVeel = await api.vraag('POST', `/cases/${casusnummer}/events`, {
        body: { soort: 'praktijktoets_verlenging', datum: '2026-11-01', maanden: 4 },
        headers: { 'If-Match': String(versie) },
      });
      expect(teVeel.status).toBe(400);
      expect(teVeel.body.error.message).toMatch(/hoogstens 6 maanden/);
      const geschiedenis = await api.vraag('GET', `/cases/${casusnummer}/events`);
      expect(geschiedenis.body.gebeurtenissen).toHaveLength(3);
    });

    it('flags the Awb conflict when the Awb term from the aanvraag ends before the policy term (UWV route)', async () => {
      const { casusnummer } = await maakCasusMet(api, { gemeente: 'Gorinchem', route: 'UWV', aanmeldingsdatum: '2026-02-02' }, [
        { soort: 'uwv_advies_ontvangen', datum: '2026-03-02', uitkomst: 'positief' },
      ]);
      const r = await api.vraag('GET', `/cases/${casusnummer}`);
      expect(r.body.afgeleid.conflicten.map((c: { code: string }) => c.code)).toEqual(
        expect.arrayContaining(['AWB_TERMIJN_EERDER', 'BESLISTERMIJN_VERSTREKEN']),
      );
      verwachtWireStappen(r.body.afgeleid.conflicten.find((c: { code: string }) => c.code === 'AWB_TERMIJN_EERDER').stappen);
    });

    it('needs If-Match (428), refuses a stale version (412, nothing written) and an event out of course (409)', async () => {
      const { casusnummer } = await maakCasusMet(api, { gemeente: 'Gorinchem', aanmeldingsdatum: '2026-05-01' });
      const zonder = await api.vraag('POST', `/cases/${casusnummer}/events`, { body: { soort: 'ziek_van', datum: '2026-06-01' } });
      expect(zonder.status).toBe(428);
      const oud = await api.vraag('POST', `/cases/${casusnummer}/events`, {
        body: { soort: 'ziek_van', datum: '2026-06-01' },
        headers: { 'If-Match': 'W/"7"' },
      });
      expect(oud.status).toBe(412);
      expect(oud.body.error).toMatchObject({ code: 'VERSIE_VEROUDERD', huidigeVersie: 1 });
      const volgorde = await api.vraag('POST', `/cases/${casusnummer}/events`, {
        body: { soort: 'ziek_tot', datum: '2026-06-01' },
        headers: { 'If-Match': '1' },
      });
      expect(volgorde.status).toBe(409);
      const vooraf = await api.vraag('POST', `/cases/${casusnummer}/events`, {
        body: { soort: 'uwv_advies_aangevraagd', datum: '2026-04-01' },
        headers: { 'If-Match': '1' },
      });
      expect(vooraf.status).toBe(409);
      expect((await api.vraag('GET', `/cases/${casusnummer}/events`)).body.gebeurtenissen).toHaveLength(1);
    });

    it('keeps events immutable in the database itself', async () => {
      await maakCasusMet(api, { gemeente: 'Gorinchem', aanmeldingsdatum: '2026-05-01' });
      await expect(api.omgeving.db.query("UPDATE gebeurtenissen SET datum = '2020-01-01'")).rejects.toThrow(/onveranderlijk/);
      await expect(api.omgeving.db.query('DELETE FROM gebeurtenissen')).rejects.toThrow(/onveranderlijk/);
    });

    it('refuses a BSN that fails the elfproef without repeating it', async () => {
      const r = await api.vraag('POST', '/cases', {
        body: { gemeente: 'Gorinchem', route: 'UWV', bsn: '123456789', aanmeldingsdatum: '2026-05-01' },
      });
      expect(r.status).toBe(400);
      expect(r.body.error.field).toBe('bsn');
      expect(JSON.stringify(r.body)).not.toContain('123456789');
    });
  });

  describe('termijnen', () => {
    it('lists open decision terms expiring within N days or expired, per gemeente, and the timer records them', async () => {
      const { casusnummer } = await maakCasusMet(api, { gemeente: 'Vijfheerenlanden', route: 'Avres', aanmeldingsdatum: '2026-08-01' }, [
        { soort: 'uwv_advies_ontvangen', datum: '2026-10-01', uitkomst: 'positief' },
      ]);
      const r = await api.vraag('GET', '/termijnen?binnen=14');
      const v = r.body.gemeenten.Vijfheerenlanden.find((s: { casusnummer: string }) => s.casusnummer === casusnummer);
      expect(v).toMatchObject({ einde: '2026-11-26', dagenResterend: 2, verlopen: false });
      const { registreerTermijnsignalen } = await import('../../functions/registry/termijnsignalen');
      await registreerTermijnsignalen(api.omgeving.db, ['Vijfheerenlanden'], datum('2026-11-24'), 14, 'test');
      await registreerTermijnsignalen(api.omgeving.db, ['Vijfheerenlanden'], datum('2026-11-24'), 14, 'test');
      const rijen = await api.omgeving.db.query<{ casusnummer: string; einde_beslistermijn: string }>(
        'SELECT casusnummer, einde_beslistermijn FROM termijnsignalen WHERE casusnummer = $1',
        [casusnummer],
      );
      expect(rijen).toEqual([{ casusnummer, einde_beslistermijn: '2026-11-26' }]);
      expect((await api.vraag('GET', '/termijnen?binnen=-1')).status).toBe(400);
    });
  });

  describe('security: the 401/403 matrix', () => {
    const pad = '/gemeenten/Gorinchem/wachtlijst';
    it('401 without a token, with an expired token, a wrong audience, a wrong issuer, or a foreign key', async () => {
      const vreemd = await generateKeyPair('ES256');
      const nu = Math.floor(Date.now() / 1000);
      const vervalst = await new SignJWT({ roles: ['casemanager'], avres_gemeenten: '*' })
        .setProtectedHeader({ alg: 'ES256', kid: 'x' })
        .setSubject('x')
        .setIssuer(ONTWIKKEL_ISSUER)
        .setAudience(ONTWIKKEL_AUDIENCE)
        .setExpirationTime(nu + 600)
        .sign(vreemd.privateKey);
      const gevallen: [string, string | null, RegExp][] = [
        ['geen token', null, /geen token/],
        ['verlopen', await api.token({ geldigheid: -3600 }), /verlopen/],
        ['verkeerde audience', await api.token({ audience: 'api://iets-anders' }), /audience/],
        ['verkeerde issuer', await api.token({ issuer: 'https://login.example/elders' }), /issuer/],
        ['vreemde sleutel', vervalst, /handtekening|ongeldig/],
      ];
      for (const [, token, bericht] of gevallen) {
        const r = await api.vraag('GET', pad, { token });
        expect(r.status).toBe(401);
        expect(r.body.error.message).toMatch(bericht);
      }
    });
    it('403 for a role that may not write, and for another gemeente; a case elsewhere is invisible (404)', async () => {
      const { casusnummer } = await maakCasusMet(api, { gemeente: 'Gorinchem', aanmeldingsdatum: '2026-05-01' });
      const controller = await api.token({ rollen: ['controller'], gemeenten: ['Gorinchem'] });
      const schrijf = await api.vraag('POST', '/cases', {
        token: controller,
        body: { gemeente: 'Gorinchem', route: 'UWV', bsn: '111222333', aanmeldingsdatum: '2026-05-01' },
      });
      expect(schrijf.status).toBe(403);
      const gelezen = await api.vraag('GET', `/cases/${casusnummer}`, { token: controller });
      expect(gelezen.status).toBe(200);
      expect(gelezen.body).not.toHaveProperty('bsn'); // only case managers receive the BSN
      expect((await api.vraag('GET', `/cases/${casusnummer}`)).body.bsn).toMatch(/^\d{9}$/); // the default test token is a case manager
      const molenlanden = await api.token({ rollen: ['casemanager', 'beleid'], gemeenten: ['Molenlanden'] });
      expect((await api.vraag('GET', pad, { token: molenlanden })).status).toBe(403);
      expect((await api.vraag('GET', `/cases/${casusnummer}`, { token: molenlanden })).status).toBe(404);
      expect(
        (
          await api.vraag('POST', `/cases/${casusnummer}/events`, {
            token: molenlanden,
            body: { soort: 'ziek_van', datum: '2026-06-01' },
            headers: { 'If-Match': '1' },
          })
        ).status,
      ).toBe(404);
      const lijst = await api.vraag('GET', '/cases', { token: molenlanden });
      expect(lijst.body.casussen.every((c: { gemeente: string }) => c.gemeente === 'Molenlanden')).toBe(true);
      expect(
        (
          await api.vraag('POST', '/cases', {
            token: molenlanden,
            body: { gemeente: 'Gorinchem', route: 'UWV', bsn: '111222333', aanmeldingsdatum: '2026-05-01' },
          })
        ).status,
      ).toBe(403);
      const geenRol = await api.token({ rollen: [], gemeenten: '*' });
      expect((await api.vraag('POST', '/evaluate', { token: geenRol, body: { calls: [] } })).status).toBe(403);
    });
  });

  describe('CORS and logging', () => {
    it('allows only the add-in origin', async () => {
      const goed = await fetch(`${api.url}/health`, { headers: { Origin: 'https://localhost:3000' } });
      expect(goed.headers.get('access-control-allow-origin')).toBe('https://localhost:3000');
      const fout = await fetch(`${api.url}/health`, { headers: { Origin: 'https://evil.example' } });
      expect(fout.headers.get('access-control-allow-origin')).toBeNull();
      const preflight = await fetch(`${api.url}/cases`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
      });
      expect(preflight.status).toBe(403);
    });
    it('logs every read and write of a case with trace id, operation, actor and case, and never the BSN', async () => {
      const { casusnummer } = await maakCasusMet(api, { gemeente: 'Gorinchem', bsn: '111222333', aanmeldingsdatum: '2026-05-01' });
      const r = await api.vraag('GET', `/cases/${casusnummer}`, {
        headers: { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' },
      });
      expect(r.headers.get('x-trace-id')).toBe('0af7651916cd43dd8448eb211c80319c');
      const rijen = await api.omgeving.db.query<Record<string, unknown>>(
        'SELECT trace_id, operatie, actor, casusnummer FROM logboek WHERE casusnummer = $1 ORDER BY id',
        [casusnummer],
      );
      expect(rijen.map((x) => x.operatie)).toEqual(['casus.aanmaken', 'casus.lezen']);
      expect(rijen[1]).toMatchObject({ trace_id: '0af7651916cd43dd8448eb211c80319c', actor: 'ontwikkelaar' });
      expect(api.logregels.some((l) => l.includes('0af7651916cd43dd8448eb211c80319c'))).toBe(true);
      expect(api.logregels.join('\n')).not.toMatch(/111222333/);
      const alles = await api.omgeving.db.query('SELECT * FROM logboek');
      expect(JSON.stringify(alles)).not.toMatch(/111222333/);
    });
  });
});
