/**
 * A seeded, bounded fuzz over every route and method of the route table: generated paths (nasty escapes, NUL, lone
 * surrogates, long and planted values), query strings, headers, tokens and bodies. Asserted: never a 5xx and the error
 * shape on every refusal, the server still answers, no unexpected error logged, no partial write (a digest of every
 * table but the processing log, before and after each refused POST), and no BSN (a valid elfproef number planted in the
 * inputs) in any error answer, log line or processing-log row.
 */
import fc from 'fast-check';
import { routes } from '../../functions/routes';
import { BACKENDS, maakCasusMet, startTestApi, TestApi } from './helpers';

const BSN = '111222333';
const SEED = 20261201;
const RUNS = 3000;

const NARE_DELEN = [
  '%',
  '%zz',
  '%00',
  '%ff',
  '%E0%A4%A',
  '%ED%A0%80',
  '..',
  '%2e%2e',
  '%2F',
  BSN,
  '0x1',
  '1.0',
  '1e0',
  '9223372036854775808',
  '-1',
  'Gorinchem',
  'gorinchem',
];
const tekst = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.constantFrom('\u0000', 'a\ud800', '\udc00b', BSN, `BW-${BSN}`, 'x'.repeat(300), '', ' ', '2026-02-30', '9999-12-31'),
);
const asciiKop = fc.string({ unit: 'grapheme-ascii', maxLength: 40 });
const getal = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(1e12, 1e14, 1e20, -1e20, 2 ** 63, Number.MAX_SAFE_INTEGER, 0, -0));
const waarde = fc.oneof(tekst, getal, fc.boolean(), fc.constant(null));
const BEKENDE_VELDEN = [
  'gemeente',
  'route',
  'bsn',
  'aanmeldingsdatum',
  'toelichting',
  'soort',
  'datum',
  'uitkomst',
  'van',
  'naar',
  'csv',
  'rijen',
  'bestandsnaam',
  'eersteRegel',
  'jaar',
  'bedrag',
  'publicatiedatum',
  'plekken',
  'bron',
  'naam',
  'omschrijving',
  'wijzigingen',
  'calls',
  'steps',
];
const body = fc.oneof(
  fc.dictionary(
    fc.constantFrom(...BEKENDE_VELDEN),
    fc.oneof(waarde, fc.array(waarde, { maxLength: 3 }), fc.array(fc.array(waarde, { maxLength: 6 }), { maxLength: 3 })),
    { maxKeys: 8 },
  ),
  fc.record({
    calls: fc.array(
      fc.record({
        function: fc.oneof(fc.constantFrom('WACHTLIJSTPOSITIE', 'BUIG_SALDO', 'LOONKOSTENSUBSIDIE', 'UITLEG', 'WML'), tekst),
        args: fc.array(waarde, { maxLength: 5 }),
      }),
      { maxLength: 6 },
    ),
  }),
  fc.record({
    csv: fc
      .array(
        fc.tuple(
          fc.constantFrom('Gorinchem', 'Molenlanden', 'Utrecht'),
          fc.constantFrom('01-02-2026', '31-02-2026'),
          fc.constantFrom('2026-02', '2026-13'),
          fc.constantFrom('bijstand', 'lks', 'x'),
          fc.constantFrom('', BSN, 'BW-1', '\u0000'),
          fc.constantFrom('10,00', '1.000.000.000.000', '999.999.999.999,99', 'x'),
        ),
        { maxLength: 4 },
      )
      .map((rs) => `gemeente;boekdatum;periode;soort;casusnummer;bedrag\n${rs.map((r) => r.join(';')).join('\n')}\n`),
    bestandsnaam: tekst,
  }),
  fc.anything(),
);
const query = fc.array(
  fc.tuple(
    fc.constantFrom('gemeente', 'jaar', 'peildatum', 'binnen', 'limit', 'offset', 'status', 'route', 'budgetsoort', 'tolerantie', BSN),
    tekst,
  ),
  { maxLength: 3 },
);

/** encodeURIComponent, with a lone surrogate sent as the bytes of one (encodeURIComponent refuses it). */
function codeer(t: string): string {
  try {
    return encodeURIComponent(t);
  } catch {
    return '%ED%A0%80';
  }
}

interface Verzoek {
  method: string;
  pad: string;
  token: number;
  body?: unknown;
  ruw?: string;
  headers: Record<string, string>;
}

describe.each(BACKENDS)('fuzz over every route on %s', (backend) => {
  let api: TestApi;
  let tokens: (string | null)[];
  const geldig: Record<string, string[]> = { casusnummer: [], gemeente: ['Gorinchem', 'Molenlanden'], id: ['1'], naam: ['basis'] };

  beforeAll(async () => {
    api = await startTestApi(backend);
    geldig.casusnummer!.push((await maakCasusMet(api, { gemeente: 'Gorinchem', aanmeldingsdatum: '2026-01-05' })).casusnummer);
    await api.vraag('POST', '/scenarios', { body: { naam: 'basis', wijzigingen: { wmlFactor: 1.01 } } });
    await api.vraag('POST', '/grootboek/imports', {
      body: { csv: 'gemeente;boekdatum;periode;soort;casusnummer;bedrag\nGorinchem;01-02-2026;2026-02;bijstand;;10,00\n' },
    });
    tokens = [
      await api.token(),
      await api.token({ rollen: ['controller'], gemeenten: ['Molenlanden'] }),
      await api.token({ rollen: ['casemanager'], gemeenten: [] }),
      await api.token({ geldigheid: -3600 }),
      await api.token({ audience: 'api://elders' }),
      null,
      `${BSN}.${BSN}.${BSN}`,
    ];
  });
  afterAll(() => api.sluit());

  const digest = async (): Promise<string> => {
    const tabellen = await api.omgeving.db.query<{ naam: string }>(
      "SELECT tablename AS naam FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT IN ('logboek', 'schema_migraties') ORDER BY 1",
    );
    const delen = [];
    for (const { naam } of tabellen) {
      const [r] = await api.omgeving.db.query<{ d: string }>(
        `SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS d FROM ${naam} t`,
      );
      delen.push(`${naam}=${r!.d}`);
    }
    return delen.join(' ');
  };

  const verzoek: fc.Arbitrary<Verzoek> = fc
    .record({
      route: fc.constantFrom(...routes),
      andereMethode: fc.option(fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'GET', 'POST'), { freq: 5 }),
      delen: fc.array(fc.oneof(fc.constantFrom(...NARE_DELEN), tekst.map(codeer), fc.constant('geldig')), {
        minLength: 3,
        maxLength: 3,
      }),
      query,
      // Mostly the token of every role and gemeente, so most requests reach the handlers rather than a 401.
      token: fc.oneof({ arbitrary: fc.constant(0), weight: 4 }, { arbitrary: fc.nat({ max: 6 }), weight: 3 }),
      body: fc.option(body, { freq: 6 }),
      ruw: fc.option(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('{', '[1,', '{"calls":', '\u0000', `"${BSN}"`)), { freq: 8 }),
      ifMatch: fc.option(fc.oneof(asciiKop, fc.constantFrom('1', 'W/"1"', BSN, '"99999999999"')), { freq: 2 }),
      contentType: fc.option(fc.oneof(fc.constantFrom('text/plain', 'application/xml', 'application/json; charset=latin1'), asciiKop)),
      traceparent: fc.option(asciiKop),
      origin: fc.option(fc.oneof(fc.constantFrom('https://localhost:3000', 'https://evil.example'), asciiKop)),
    })
    .map((x) => {
      let i = 0;
      const pad = x.route.route.replace(/\{(\w+)\}/g, (_m, naam: string) => {
        const deel = x.delen[i++]!;
        return deel === 'geldig' ? encodeURIComponent(geldig[naam]![0]!) : deel;
      });
      const qs = x.query.map(([k, v]) => `${k}=${codeer(v)}`).join('&');
      const method = x.andereMethode ?? x.route.methods[0]!;
      const headers: Record<string, string> = {};
      if (x.ifMatch !== null) headers['If-Match'] = x.ifMatch;
      if (x.contentType !== null) headers['Content-Type'] = x.contentType;
      if (x.traceparent !== null) headers.traceparent = x.traceparent;
      if (x.origin !== null) headers.Origin = x.origin;
      const metBody = method !== 'GET' && method !== 'HEAD';
      return {
        method,
        pad: `/${pad}${qs ? `?${qs}` : ''}`,
        token: x.token,
        headers,
        ...(metBody && x.ruw !== null ? { ruw: x.ruw } : metBody && x.body !== null ? { body: x.body } : {}),
      };
    });

  it(`answers ${RUNS} generated bad requests without a 5xx, a partial write or a BSN`, async () => {
    let voor = await digest();
    const fouten: string[] = [];
    await fc.assert(
      fc.asyncProperty(verzoek, async (v) => {
        const r = await fetch(api.url + v.pad, {
          method: v.method,
          headers: { ...(tokens[v.token] ? { Authorization: `Bearer ${tokens[v.token]}` } : {}), ...v.headers },
          ...(v.ruw !== undefined ? { body: v.ruw } : v.body !== undefined ? { body: JSON.stringify(v.body) } : {}),
        });
        const tekst = await r.text();
        expect([v.method, v.pad, r.status]).toEqual([v.method, v.pad, expect.any(Number)]);
        expect(r.status).toBeLessThan(500);
        if (r.status >= 400 && v.method !== 'HEAD' && tekst) {
          const fout = JSON.parse(tekst) as { error: { code: string; message: string } };
          expect(typeof fout.error.code).toBe('string');
          expect(fout.error.message.length).toBeGreaterThan(5);
          expect(tekst).not.toContain(BSN);
        }
        if (v.method === 'POST') {
          const na = await digest();
          if (r.status >= 400 && na !== voor) fouten.push(`${v.method} ${v.pad} ${r.status} schreef iets`);
          voor = na;
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect(fouten).toEqual([]);
    expect((await api.vraag('GET', '/health')).status).toBe(200);
    expect(api.logregels.filter((l) => l.includes('"soort":"fout"'))).toEqual([]);
    expect(api.logregels.join('\n')).not.toContain(BSN);
    expect(JSON.stringify(await api.omgeving.db.query('SELECT * FROM logboek'))).not.toContain(BSN);
  }, 120_000);
});
