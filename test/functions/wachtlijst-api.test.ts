/**
 * Beleidsregels beschut werk Avres 2025 art. 8 through the API: the list per gemeente and one case's position,
 * from events recorded over HTTP, also via WACHTLIJSTPOSITIE in POST /api/evaluate.
 */
import { BACKENDS, maakCasusMet, startTestApi, TestApi, verwachtWireStappen } from './helpers';

const indicatie = (datum: string) => [
  { soort: 'uwv_advies_ontvangen', datum, uitkomst: 'positief' },
  { soort: 'besluit_indicatie', datum, uitkomst: 'toegekend' },
];

describe.each(BACKENDS)('waiting list through the API on %s', (backend) => {
  let api: TestApi;
  const nr: Record<string, string> = {};
  beforeAll(async () => {
    api = await startTestApi(backend);
    nr.oud = (
      await maakCasusMet(api, { gemeente: 'Gorinchem', aanmeldingsdatum: '2025-04-01' }, [
        ...indicatie('2025-05-01'),
        { soort: 'op_wachtlijst', datum: '2025-05-01' },
      ])
    ).casusnummer;
    nr.nieuw = (
      await maakCasusMet(api, { gemeente: 'Gorinchem', aanmeldingsdatum: '2025-04-01' }, [
        ...indicatie('2025-09-01'),
        { soort: 'op_wachtlijst', datum: '2025-09-01' },
      ])
    ).casusnummer;
    nr.gelijk = (
      await maakCasusMet(api, { gemeente: 'Gorinchem', aanmeldingsdatum: '2025-04-01' }, [
        ...indicatie('2025-09-01'),
        { soort: 'op_wachtlijst', datum: '2025-09-01' },
      ])
    ).casusnummer;
    nr.terug = (
      await maakCasusMet(api, { gemeente: 'Gorinchem', aanmeldingsdatum: '2025-04-01' }, [
        ...indicatie('2025-04-10'),
        { soort: 'dienstverband_start', datum: '2025-06-01', dienstverband: 'tijdelijk', urenPerWeek: 31, loonwaarde: 0.4 },
        { soort: 'dienstverband_einde', datum: '2026-01-31' },
        { soort: 'opnieuw_aangemeld', datum: '2026-03-01' },
        { soort: 'op_wachtlijst', datum: '2026-03-01' },
      ])
    ).casusnummer;
    nr.ziek = (
      await maakCasusMet(api, { gemeente: 'Gorinchem', aanmeldingsdatum: '2025-04-01' }, [
        ...indicatie('2025-07-01'),
        { soort: 'op_wachtlijst', datum: '2025-07-01' },
        { soort: 'ziek_van', datum: '2026-10-01' },
      ])
    ).casusnummer;
    nr.instromer = (
      await maakCasusMet(api, { gemeente: 'Gorinchem', aanmeldingsdatum: '2026-06-01' }, [
        { soort: 'verhuisd', datum: '2026-06-01', van: 'buiten_regio', naar: 'Gorinchem', oorspronkelijkeIndicatiedatum: '2024-11-01' },
        { soort: 'op_wachtlijst', datum: '2026-06-01' },
      ])
    ).casusnummer;
    nr.molenlanden = (
      await maakCasusMet(api, { gemeente: 'Molenlanden', aanmeldingsdatum: '2025-04-01' }, [
        ...indicatie('2025-04-02'),
        { soort: 'op_wachtlijst', datum: '2025-04-02' },
      ])
    ).casusnummer;
    nr.inDienst = (
      await maakCasusMet(api, { gemeente: 'Gorinchem', aanmeldingsdatum: '2025-04-01' }, [
        ...indicatie('2025-04-03'),
        { soort: 'op_wachtlijst', datum: '2025-04-03' },
        { soort: 'dienstverband_start', datum: '2026-02-01', dienstverband: 'tijdelijk', urenPerWeek: 31 },
      ])
    ).casusnummer;
  }, 120_000);
  afterAll(() => api.sluit());

  it('orders Gorinchem: lid 4 (2024-11-01), lid 2 oldest first, lid 5 sick keeps place, ties by registration, lid 3 renewed registration last', async () => {
    const r = await api.vraag('GET', '/gemeenten/Gorinchem/wachtlijst?peildatum=2026-11-24');
    expect(r.status).toBe(200);
    expect(r.body.wachtlijst.map((x: { casusnummer: string }) => x.casusnummer)).toEqual([
      nr.instromer,
      nr.oud,
      nr.ziek,
      nr.nieuw,
      nr.gelijk,
      nr.terug,
    ]);
    expect(r.body.wachtlijst.map((x: { grond: string }) => x.grond)).toEqual([
      'indicatiedatum_buiten_regio',
      'indicatiedatum',
      'indicatiedatum',
      'indicatiedatum',
      'indicatiedatum',
      'hernieuwde_melding',
    ]);
    expect(r.body.wachtlijst[2].ziek).toBe(true);
  });

  it('answers the position of one case, and of the same case on an earlier peildatum', async () => {
    const nu = await api.vraag('GET', `/gemeenten/Gorinchem/wachtlijst/${nr.nieuw}?peildatum=2026-11-24`);
    expect(nu.body.positie).toBe(4);
    verwachtWireStappen(nu.body.stappen);
    const toen = await api.vraag('GET', `/gemeenten/Gorinchem/wachtlijst/${nr.nieuw}?peildatum=2025-12-01`);
    // On 2025-12-01 the in-region indications of 2025-04-03 (not yet employed), 2025-05-01 and 2025-07-01 came first.
    expect(toen.body.positie).toBe(4);
    const lijstToen = await api.vraag('GET', '/gemeenten/Gorinchem/wachtlijst?peildatum=2025-12-01');
    expect(lijstToen.body.wachtlijst[0].casusnummer).toBe(nr.inDienst);
    verwachtWireStappen(lijstToen.body.stappen);
  });

  it('answers 404 NIET_OP_WACHTLIJST with the reason for a case in a dienstverband', async () => {
    const r = await api.vraag('GET', `/gemeenten/Gorinchem/wachtlijst/${nr.inDienst}?peildatum=2026-11-24`);
    expect(r.status).toBe(404);
    expect(r.body.error).toMatchObject({ code: 'NIET_OP_WACHTLIJST' });
    expect(r.body.error.message).toMatch(/dienstverband/);
  });

  it('shows the position among the derived facts of the case', async () => {
    const r = await api.vraag('GET', `/cases/${nr.oud}`);
    expect(r.body.afgeleid.wachtlijst).toMatchObject({ opWachtlijst: true, positie: 2, ingangsdatum: '2025-05-01' });
    verwachtWireStappen(r.body.afgeleid.wachtlijst.stappen);
  });

  it("evaluates WACHTLIJSTPOSITIE from the registry, within the caller's gemeenten", async () => {
    const calls = [
      { function: 'WACHTLIJSTPOSITIE', args: ['Gorinchem', nr.oud, '2026-11-24'] },
      { function: 'WACHTLIJSTPOSITIE', args: ['Molenlanden', nr.molenlanden, '2026-11-24'] },
    ];
    const alle = await api.vraag('POST', '/evaluate', { body: { calls } });
    expect(alle.body.results.map((x: { value: number }) => x.value)).toEqual([2, 1]);
    const gorinchem = await api.token({ rollen: ['beleid'], gemeenten: ['Gorinchem'] });
    const beperkt = await api.vraag('POST', '/evaluate', { token: gorinchem, body: { calls } });
    expect(beperkt.body.results[0].value).toBe(2);
    // Another gemeente's list is refused before any case is looked up, as GET /api/gemeenten/Molenlanden/wachtlijst is.
    expect(beperkt.body.results[1].error).toMatchObject({ code: 'NIET_BESCHIKBAAR', argument: 1 });
  });

  it('names the registry data an answer read and its version, and raises the version of both gemeenten when a case moves', async () => {
    const calls = [
      { function: 'WACHTLIJSTPOSITIE', args: ['Gorinchem', nr.oud, '2026-11-24'] },
      { function: 'WML', args: ['2026-01-01'] },
    ];
    const voor = await api.vraag('POST', '/evaluate', { body: { calls, steps: true } });
    expect(voor.body.results[0].depends).toEqual(['wachtlijst:Gorinchem']);
    expect(voor.body.results[1].depends).toBeUndefined();
    const stand = await api.vraag('GET', '/registerversies');
    expect(voor.body.register).toEqual({ 'wachtlijst:Gorinchem': stand.body.register['wachtlijst:Gorinchem'] });
    expect(stand.body.parameters).toBe(voor.headers.get('x-avres-parameters'));
    const { casusnummer, versie } = await maakCasusMet(api, { gemeente: 'Molenlanden', aanmeldingsdatum: '2025-04-01' }, [
      ...indicatie('2025-06-20'),
      { soort: 'op_wachtlijst', datum: '2025-06-20' },
    ]);
    const tussen = (await api.vraag('GET', '/registerversies')).body.register;
    const verhuisd = await api.vraag('POST', `/cases/${casusnummer}/events`, {
      body: { soort: 'verhuisd', datum: '2026-07-01', van: 'Molenlanden', naar: 'Gorinchem' },
      headers: { 'If-Match': String(versie) },
    });
    expect(verhuisd.status).toBe(201);
    const na = (await api.vraag('GET', '/registerversies')).body.register;
    expect(na['wachtlijst:Gorinchem']).toBeGreaterThan(tussen['wachtlijst:Gorinchem']);
    expect(na['wachtlijst:Molenlanden']).toBeGreaterThan(tussen['wachtlijst:Molenlanden']);
    expect(na['wachtlijst:Vijfheerenlanden']).toBe(tussen['wachtlijst:Vijfheerenlanden']);
  });

  it('moves a case between Avres gemeenten with its date (documented choice)', async () => {
    const { casusnummer, versie } = await maakCasusMet(api, { gemeente: 'Molenlanden', aanmeldingsdatum: '2025-04-01' }, [
      ...indicatie('2025-06-15'),
      { soort: 'op_wachtlijst', datum: '2025-06-15' },
    ]);
    const v = await api.vraag('POST', `/cases/${casusnummer}/events`, {
      body: { soort: 'verhuisd', datum: '2026-07-01', van: 'Molenlanden', naar: 'Gorinchem' },
      headers: { 'If-Match': String(versie) },
    });
    expect(v.status).toBe(201);
    expect(v.body.gemeente).toBe('Gorinchem');
    const r = await api.vraag('GET', `/gemeenten/Gorinchem/wachtlijst/${casusnummer}?peildatum=2026-11-24`);
    // 2024-11-01 (lid 4) and 2025-05-01 come before its indication date 2025-06-15.
    expect(r.body.positie).toBe(3);
  });
});
