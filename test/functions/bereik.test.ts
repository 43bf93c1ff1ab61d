/**
 * One scope rule on every entry point (functions/auth/bereik.ts): a user of Molenlanden reaches nothing of
 * Gorinchem, not through a GET, evaluate (WACHTLIJSTPOSITIE, BUIG_SALDO), an event (a move into Gorinchem), a
 * ledger import or its withdrawal, nor a report. A named gemeente outside scope is 403; another gemeente's case or
 * import is 404, as if it did not exist.
 */
import { BACKENDS, maakCasusMet, startTestApi, TestApi } from './helpers';

const indicatie = (datum: string) => [
  { soort: 'uwv_advies_ontvangen', datum, uitkomst: 'positief' },
  { soort: 'besluit_indicatie', datum, uitkomst: 'toegekend' },
];
const kop = 'gemeente;boekdatum;periode;soort;casusnummer;bedrag\n';

describe.each(BACKENDS)('scope across gemeenten on %s', (backend) => {
  let api: TestApi;
  let gorinchem: string;
  let verhuisd: string;
  let molenlanden: { casusnummer: string; versie: number };
  let casemanagerM: string;
  let financienM: string;
  let lezerM: string;

  beforeAll(async () => {
    api = await startTestApi(backend);
    casemanagerM = await api.token({ rollen: ['casemanager'], gemeenten: ['Molenlanden'] });
    financienM = await api.token({ rollen: ['financien'], gemeenten: ['Molenlanden'] });
    lezerM = await api.token({ rollen: ['controller'], gemeenten: ['Molenlanden'] });
    gorinchem = (
      await maakCasusMet(api, { gemeente: 'Gorinchem', aanmeldingsdatum: '2025-04-01' }, [
        ...indicatie('2025-05-01'),
        { soort: 'op_wachtlijst', datum: '2025-05-01' },
      ])
    ).casusnummer;
    // On Gorinchem's list until it moved to Molenlanden: its own gemeente is now in the Molenlanden user's scope.
    verhuisd = (
      await maakCasusMet(api, { gemeente: 'Gorinchem', aanmeldingsdatum: '2025-04-01' }, [
        ...indicatie('2025-06-01'),
        { soort: 'op_wachtlijst', datum: '2025-06-01' },
        { soort: 'verhuisd', datum: '2026-06-01', van: 'Gorinchem', naar: 'Molenlanden' },
      ])
    ).casusnummer;
    molenlanden = await maakCasusMet(api, { gemeente: 'Molenlanden', aanmeldingsdatum: '2025-04-01' }, [
      ...indicatie('2025-04-01'),
      { soort: 'op_wachtlijst', datum: '2025-04-01' },
    ]);
  });
  afterAll(() => api.sluit());

  it('GET: another gemeente named is 403, its case is 404, lists hold only the own gemeenten', async () => {
    expect((await api.vraag('GET', `/cases/${gorinchem}`, { token: lezerM })).status).toBe(404);
    expect((await api.vraag('GET', `/cases/${gorinchem}/events`, { token: lezerM })).status).toBe(404);
    expect((await api.vraag('GET', '/cases?gemeente=Gorinchem', { token: lezerM })).status).toBe(403);
    const lijst = await api.vraag('GET', '/cases', { token: lezerM });
    expect(new Set(lijst.body.casussen.map((c: { gemeente: string }) => c.gemeente))).toEqual(new Set(['Molenlanden']));
    expect((await api.vraag('GET', '/gemeenten/Gorinchem/wachtlijst', { token: lezerM })).status).toBe(403);
    expect((await api.vraag('GET', `/gemeenten/Gorinchem/wachtlijst/${verhuisd}`, { token: lezerM })).status).toBe(403);
  });

  it("evaluate: WACHTLIJSTPOSITIE on another gemeente's list and BUIG_SALDO of another gemeente are refused per call", async () => {
    const calls = [
      { function: 'WACHTLIJSTPOSITIE', args: ['Gorinchem', verhuisd, '2026-01-01'] },
      { function: 'BUIG_SALDO', args: ['Gorinchem', 2026] },
      { function: 'WACHTLIJSTPOSITIE', args: ['Molenlanden', verhuisd, '2026-11-24'] },
    ];
    const alle = await api.vraag('POST', '/evaluate', { body: { calls: calls.slice(0, 1) } });
    expect(alle.body.results[0].value).toBe(2);
    const r = await api.vraag('POST', '/evaluate', { token: lezerM, body: { calls } });
    expect(r.body.results[0].error).toMatchObject({ code: 'NIET_BESCHIKBAAR', argument: 1 });
    expect(r.body.results[0].error.message).toContain('Gorinchem');
    expect(r.body.results[1].error).toMatchObject({ code: 'NIET_BESCHIKBAAR', argument: 1 });
    expect(typeof r.body.results[2].value).toBe('number');
  });

  it('events: a move into a gemeente outside scope is 403 and writes nothing; a case elsewhere is 404', async () => {
    const zet = await api.vraag('POST', `/cases/${molenlanden.casusnummer}/events`, {
      token: casemanagerM,
      body: { soort: 'verhuisd', datum: '2026-07-01', van: 'Molenlanden', naar: 'Gorinchem' },
      headers: { 'If-Match': String(molenlanden.versie) },
    });
    expect([zet.status, zet.body.error.code]).toEqual([403, 'GEEN_TOEGANG']);
    const na = await api.vraag('GET', `/cases/${molenlanden.casusnummer}`);
    expect([na.body.gemeente, na.body.versie]).toEqual(['Molenlanden', molenlanden.versie]);
    const elders = await api.vraag('POST', `/cases/${gorinchem}/events`, {
      token: casemanagerM,
      body: { soort: 'ziek_van', datum: '2026-07-01' },
      headers: { 'If-Match': '4' },
    });
    expect(elders.status).toBe(404);
  });

  it("imports: another gemeente's import is neither listed nor withdrawn (404); a mixed one neither; an own one both", async () => {
    const financien = await api.token({ rollen: ['financien'] });
    const importeer = async (csv: string) =>
      (await api.vraag('POST', '/grootboek/imports', { token: financien, body: { csv } })).body.id as number;
    const g = await importeer(`${kop}Gorinchem;01-02-2026;2026-02;bijstand;;100,00\n`);
    const gm = await importeer(`${kop}Gorinchem;01-02-2026;2026-02;bijstand;;200,00\nMolenlanden;01-02-2026;2026-02;bijstand;;200,00\n`);
    const m = await importeer(`${kop}Molenlanden;01-02-2026;2026-02;bijstand;;300,00\n`);
    const zichtbaar = await api.vraag('GET', '/grootboek/imports', { token: financienM });
    expect(zichtbaar.body.imports.map((i: { id: number }) => i.id)).toEqual([m]);
    for (const id of [g, gm]) {
      const r = await api.vraag('POST', `/grootboek/imports/${id}/intrekken`, { token: financienM });
      expect([r.status, r.body.error.code]).toEqual([404, 'NIET_GEVONDEN']);
    }
    expect((await api.vraag('GET', '/grootboek/imports', { token: financien })).body.imports).toHaveLength(3);
    expect((await api.vraag('POST', `/grootboek/imports/${m}/intrekken`, { token: financienM })).status).toBe(200);
    const gemengd = await api.vraag('POST', '/grootboek/imports', {
      token: financienM,
      body: { csv: `${kop}Gorinchem;01-03-2026;2026-03;bijstand;;5,00\n` },
    });
    expect(gemengd.status).toBe(403);
  });

  it('reports and finance reads: another gemeente named is 403', async () => {
    for (const pad of [
      '/rapportages/viermaands?jaar=2026&gemeente=Gorinchem',
      '/buig?jaar=2026&gemeente=Gorinchem',
      '/buig/budgetten?gemeente=Gorinchem',
      '/grootboek/reconciliatie?jaar=2026&gemeente=Gorinchem',
    ]) {
      expect([pad, (await api.vraag('GET', pad, { token: lezerM })).status]).toEqual([pad, 403]);
    }
    const budget = { gemeente: 'Gorinchem', jaar: 2026, soort: 'voorlopig', bedrag: 1000, publicatiedatum: '2025-10-01' };
    expect((await api.vraag('POST', '/buig/budgetten', { token: financienM, body: budget })).status).toBe(403);
  });
});
