/**
 * Bad input is the caller's error: each request below once got a 500 from the database (a malformed escape in a
 * path parameter, a NUL or a lone surrogate in text, an amount beyond its column, an id beyond bigint or in a loose
 * notation). Each is a 400 with a Dutch message naming the field, and nothing is written.
 */
import { BACKENDS, maakCasusMet, startTestApi, TestApi } from './helpers';

const kop = 'gemeente;boekdatum;periode;soort;casusnummer;bedrag\n';
const regels = (n: number, bedrag: string) =>
  kop + Array.from({ length: n }, (_, i) => `Gorinchem;01-02-2026;2026-02;bijstand;BW-${i};${bedrag}\n`).join('');

describe.each(BACKENDS)('bad input is a 400 on %s', (backend) => {
  let api: TestApi;
  let casus: { casusnummer: string; versie: number };
  let importId: number;
  beforeAll(async () => {
    api = await startTestApi(backend);
    casus = await maakCasusMet(api, { gemeente: 'Gorinchem', aanmeldingsdatum: '2026-01-05' });
    importId = (await api.vraag('POST', '/grootboek/imports', { body: { csv: regels(1, '10,00') } })).body.id;
  });
  afterAll(() => api.sluit());

  const gebeurtenis = (body: unknown) => ({ body, headers: { 'If-Match': String(casus.versie) } });

  it.each<[string, string, string, Record<string, unknown>, string]>([
    ['a malformed escape in casusnummer', 'GET', '/cases/%zz', {}, 'casusnummer'],
    ['a malformed escape in the events path', 'GET', '/cases/BW-%E0%A4%A/events', {}, 'casusnummer'],
    ['a malformed escape in gemeente', 'GET', '/gemeenten/%ff/wachtlijst', {}, 'gemeente'],
    ['a malformed escape in a scenario name', 'GET', '/scenarios/%zz', {}, 'naam'],
    ['a NUL in casusnummer', 'GET', '/cases/BW-2026%000001', {}, 'casusnummer'],
    ['a NUL in a waiting-list casusnummer', 'GET', '/gemeenten/Gorinchem/wachtlijst/BW%00', {}, 'casusnummer'],
    ['a NUL in a scenario name', 'GET', '/scenarios/plan%00b/vergelijking?jaar=2026', {}, 'naam'],
    [
      'a NUL in a file name',
      'POST',
      '/grootboek/imports',
      { body: { csv: regels(1, '11,00'), bestandsnaam: 'a\u0000.csv' } },
      'bestandsnaam',
    ],
    [
      'a NUL in toelichting of a case',
      'POST',
      '/cases',
      { body: { gemeente: 'Gorinchem', route: 'UWV', bsn: '111222333', aanmeldingsdatum: '2026-01-05', toelichting: 'x\u0000' } },
      'toelichting',
    ],
    [
      'a lone surrogate in a scenario description',
      'POST',
      '/scenarios',
      { body: { naam: 'plan', omschrijving: 'a\ud800', wijzigingen: {} } },
      'omschrijving',
    ],
    ['a ledger line of 10^12', 'POST', '/grootboek/imports', { body: { csv: regels(1, '1000000000000') } }, 'csv'],
    ['an import total of 10^14', 'POST', '/grootboek/imports', { body: { csv: regels(101, '999.999.999.999,99') } }, 'csv'],
    [
      'a budget of 10^20',
      'POST',
      '/buig/budgetten',
      { body: { gemeente: 'Gorinchem', jaar: 2026, soort: 'voorlopig', bedrag: 1e20, publicatiedatum: '2025-10-01' } },
      'bedrag',
    ],
    ['a first row beyond Excel', 'POST', '/grootboek/imports', { body: { rijen: [['gemeente']], eersteRegel: 1e12 } }, 'eersteRegel'],
    ['an import id of 2^63', 'POST', '/grootboek/imports/9223372036854775808/intrekken', {}, 'id'],
    ['an import id 1.0', 'POST', '/grootboek/imports/1.0/intrekken', {}, 'id'],
    ['an import id in hex', 'POST', '/grootboek/imports/0x1/intrekken', {}, 'id'],
    ['an import id with an exponent', 'POST', '/grootboek/imports/1e0/intrekken', {}, 'id'],
    ['a malformed escape in an import id', 'POST', '/grootboek/imports/%zz/intrekken', {}, 'id'],
  ])('%s', async (_naam, method, pad, o, veld) => {
    const r = await api.vraag(method, pad, o as { body?: unknown });
    expect([r.status, r.body.error.field]).toEqual([400, veld]);
    expect(r.body.error.message).toMatch(/[a-z]{4}/);
  });

  it('a NUL or a lone surrogate in toelichting of an event, and in an evaluate text argument', async () => {
    for (const toelichting of ['\u0000', 'a\udc00b']) {
      const r = await api.vraag(
        'POST',
        `/cases/${casus.casusnummer}/events`,
        gebeurtenis({ soort: 'praktijktoets_start', datum: '2026-02-01', toelichting }),
      );
      expect([r.status, r.body.error.field]).toEqual([400, 'toelichting']);
    }
    const e = await api.vraag('POST', '/evaluate', {
      body: { calls: [{ function: 'WACHTLIJSTPOSITIE', args: ['Gorinchem', 'BW\u0000'] }] },
    });
    expect(e.body.results[0].error).toMatchObject({ code: 'ONGELDIGE_INVOER', argument: 2 });
  });

  it('wrote nothing and withdrew nothing', async () => {
    expect((await api.vraag('GET', `/cases/${casus.casusnummer}`)).body.versie).toBe(casus.versie);
    expect((await api.vraag('GET', '/grootboek/imports')).body.imports.map((i: { id: number }) => i.id)).toEqual([importId]);
    expect((await api.vraag('GET', '/scenarios')).body.scenarios).toEqual([]);
    expect(api.logregels.some((l) => l.includes('"soort":"fout"'))).toBe(false);
  });
});
