/**
 * Thousands of generated bad requests across every endpoint: never a 5xx, always the error shape with a
 * message, and never a partial write (every case's version equals its number of events; the log has no BSN).
 */
import fc from 'fast-check';
import { BACKENDS, maakCasusMet, startTestApi, TestApi } from './helpers';

const soorten = [
  'praktijktoets_start',
  'praktijktoets_verlenging',
  'uwv_advies_ontvangen',
  'opschorting_ontvangen',
  'besluit_indicatie',
  'op_wachtlijst',
  'ziek_tot',
  'dienstverband_start',
  'dienstverband_einde',
  'verhuisd',
  'indicatie_ingetrokken',
  'aanmelding',
  'onzin',
];

const waarde = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('2026-02-30', '2026-06-01', '', '1900-01-01', '9999-12-31'),
);
const gebeurtenis = fc.record(
  {
    soort: fc.oneof(fc.constantFrom(...soorten), waarde),
    datum: waarde,
    uitkomst: fc.oneof(fc.constantFrom('positief', 'toegekend', 'x'), waarde),
    maanden: fc.oneof(fc.integer({ min: -3, max: 20 }), waarde),
    urenPerWeek: waarde,
    loonwaarde: waarde,
    van: fc.oneof(fc.constantFrom('buiten_regio', 'Gorinchem', 'Utrecht'), waarde),
    naar: fc.oneof(fc.constantFrom('Molenlanden', 'Gorinchem'), waarde),
  },
  { requiredKeys: [] },
);
const casus = fc.record(
  {
    gemeente: fc.oneof(fc.constantFrom('Gorinchem', 'Amsterdam'), waarde),
    route: fc.oneof(fc.constantFrom('UWV', 'Avres'), waarde),
    bsn: fc.oneof(fc.constantFrom('123456789', '12345678', '1112223334'), waarde),
    aanmeldingsdatum: waarde,
    extra: waarde,
  },
  { requiredKeys: [] },
);

type Verzoek = { method: string; pad: string; body?: unknown; ruw?: string; headers?: Record<string, string> };

describe.each(BACKENDS)('bad payloads on %s', (backend) => {
  let api: TestApi;
  let casusnummer = '';
  beforeAll(async () => {
    api = await startTestApi(backend);
    casusnummer = (await maakCasusMet(api, { gemeente: 'Gorinchem', aanmeldingsdatum: '2026-01-05' })).casusnummer;
  });
  afterAll(() => api.sluit());

  const verzoek: fc.Arbitrary<Verzoek> = fc.oneof(
    casus.map((body) => ({ method: 'POST', pad: '/cases', body })),
    fc
      .tuple(gebeurtenis, fc.oneof(fc.constantFrom('1', 'W/"1"', '"x"', '', '99999999999'), fc.string({ maxLength: 8 })))
      .map(([body, versie]) => ({
        method: 'POST',
        pad: `/cases/${casusnummer}/events`,
        body,
        headers: { 'If-Match': versie },
      })),
    fc.anything().map((body) => ({ method: 'POST', pad: '/evaluate', body })),
    fc
      .array(
        fc.record(
          {
            function: fc.oneof(fc.constantFrom('LOONKOSTENSUBSIDIE', 'BESLISTERMIJN', 'WACHTLIJSTPOSITIE', 'UITLEG', 'DWANGSOM'), waarde),
            args: fc.array(fc.oneof(waarde, fc.array(fc.array(waarde, { maxLength: 3 }), { maxLength: 3 })), { maxLength: 7 }),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 5 },
      )
      .map((calls) => ({ method: 'POST', pad: '/evaluate', body: { calls } })),
    fc.string({ maxLength: 40 }).map((ruw) => ({ method: 'POST', pad: '/cases', ruw })),
    fc
      .tuple(fc.constantFrom('gemeente', 'status', 'route', 'limit', 'offset', 'x'), fc.string({ maxLength: 12 }))
      .map(([k, v]) => ({ method: 'GET', pad: `/cases?${k}=${encodeURIComponent(v)}` })),
    fc.string({ maxLength: 12 }).map((v) => ({ method: 'GET', pad: `/termijnen?binnen=${encodeURIComponent(v)}` })),
    fc
      .tuple(fc.constantFrom('Gorinchem', 'gorinchem', 'Utrecht', '%E2%82%AC'), fc.string({ maxLength: 12 }))
      .map(([g, p]) => ({ method: 'GET', pad: `/gemeenten/${g}/wachtlijst?peildatum=${encodeURIComponent(p)}` })),
    fc.string({ minLength: 1, maxLength: 16 }).map((n) => ({ method: 'GET', pad: `/cases/${encodeURIComponent(n)}` })),
    fc
      .string({ minLength: 1, maxLength: 16 })
      .map((n) => ({ method: 'GET', pad: `/gemeenten/Gorinchem/wachtlijst/${encodeURIComponent(n)}` })),
  );

  it('answers 3000 generated bad requests without a 5xx and without a partial write', async () => {
    let aantal = 0;
    await fc.assert(
      fc.asyncProperty(verzoek, async (v) => {
        aantal++;
        const r = await api.vraag(v.method, v.pad, {
          ...(v.ruw !== undefined ? { ruw: v.ruw } : { body: v.body }),
          ...(v.headers ? { headers: v.headers } : {}),
        });
        expect(r.status).toBeLessThan(500);
        if (r.status >= 400) {
          expect(typeof r.body.error.code).toBe('string');
          expect(r.body.error.message.length).toBeGreaterThan(5);
        }
      }),
      { numRuns: 3000 },
    );
    expect(aantal).toBe(3000);
    const scheef = await api.omgeving.db.query(
      'SELECT c.casusnummer FROM casussen c LEFT JOIN gebeurtenissen g ON g.casus_id = c.id GROUP BY c.id, c.casusnummer, c.versie HAVING count(g.id) <> c.versie OR max(g.volgnummer) <> c.versie',
    );
    expect(scheef).toEqual([]);
    const zonderLog = await api.omgeving.db.query(
      "SELECT c.casusnummer FROM casussen c WHERE NOT EXISTS (SELECT 1 FROM logboek l WHERE l.casusnummer = c.casusnummer AND l.operatie = 'casus.aanmaken')",
    );
    expect(zonderLog).toEqual([]);
    expect(api.logregels.some((l) => l.includes('"soort":"fout"'))).toBe(false);
  }, 300_000);
});
