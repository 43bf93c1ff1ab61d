/**
 * Logboek Dataverwerkingen: a read of many cases names every case it returned (the case list, a waiting list, the
 * deadlines, the reconciliation, WACHTLIJSTPOSITIE in a batch), and a refused attempt (403, 404) is a row too.
 * Casusnummers only: never a BSN.
 */
import { BACKENDS, maakCasusMet, opWachtlijstOp, startTestApi, TestApi } from './helpers';

describe.each(BACKENDS)('the processing log on %s', (backend) => {
  let api: TestApi;
  const g: string[] = [];
  let m: string;
  beforeAll(async () => {
    api = await startTestApi(backend);
    for (const d of ['2025-05-01', '2025-06-01'])
      g.push(
        (await maakCasusMet(api, { gemeente: 'Gorinchem', bsn: '111222333', aanmeldingsdatum: '2025-04-01' }, opWachtlijstOp(d)))
          .casusnummer,
      );
    m = (
      await maakCasusMet(api, { gemeente: 'Molenlanden', aanmeldingsdatum: '2026-11-01' }, [
        { soort: 'uwv_advies_aangevraagd', datum: '2026-11-02' },
      ])
    ).casusnummer;
  });
  afterAll(() => api.sluit());

  const rij = async (traceId: string) =>
    await api.omgeving.db.query<{
      operatie: string;
      actor: string;
      casusnummer: string | null;
      gemeente: string | null;
      casusnummers: string[] | null;
      geweigerd: boolean;
      aantal: number | null;
    }>('SELECT operatie, actor, casusnummer, gemeente, casusnummers, geweigerd, aantal FROM logboek WHERE trace_id = $1 ORDER BY id', [
      traceId,
    ]);
  const vraag = async (pad: string, o: Parameters<TestApi['vraag']>[2] = {}, method = 'GET') => {
    const r = await api.vraag(method, pad, o);
    return { ...r, rijen: await rij(r.headers.get('x-trace-id')!) };
  };

  it('names the cases a list read returned', async () => {
    const lijst = await vraag('/cases?gemeente=Gorinchem');
    expect(lijst.rijen).toEqual([expect.objectContaining({ operatie: 'casussen.lijst', casusnummers: g, aantal: 2, geweigerd: false })]);
    const wachtlijst = await vraag('/gemeenten/Gorinchem/wachtlijst');
    expect(wachtlijst.rijen).toEqual([expect.objectContaining({ operatie: 'wachtlijst.lezen', gemeente: 'Gorinchem', casusnummers: g })]);
    const termijnen = await vraag('/termijnen?binnen=366');
    expect(termijnen.rijen[0]!.casusnummers).toEqual(
      Object.values(termijnen.body.gemeenten as Record<string, { casusnummer: string }[]>)
        .flat()
        .map((s) => s.casusnummer),
    );
    const batch = await vraag(
      '/evaluate',
      { body: { calls: g.map((n) => ({ function: 'WACHTLIJSTPOSITIE', args: ['Gorinchem', n] })) } },
      'POST',
    );
    expect(batch.rijen).toEqual([expect.objectContaining({ operatie: 'wachtlijst.positie', gemeente: 'Gorinchem', casusnummers: g })]);
  });

  it('names the cases of the reconciliation it returned', async () => {
    const r = await vraag('/grootboek/reconciliatie?jaar=2026');
    expect(r.status).toBe(200);
    expect(r.rijen).toEqual([expect.objectContaining({ operatie: 'grootboek.reconciliatie', casusnummers: [] })]);
  });

  it('records refused attempts: a case outside scope (404), a gemeente outside scope and a role refused (403)', async () => {
    const molenlanden = await api.token({ rollen: ['controller'], gemeenten: ['Molenlanden'], sub: 'm-gebruiker' });
    const zaak = await vraag(`/cases/${g[0]}`, { token: molenlanden });
    expect(zaak.status).toBe(404);
    expect(zaak.rijen).toEqual([
      expect.objectContaining({ operatie: 'casusLezen', actor: 'm-gebruiker', casusnummer: g[0], geweigerd: true }),
    ]);
    const lijst = await vraag('/gemeenten/Gorinchem/wachtlijst', { token: molenlanden });
    expect(lijst.status).toBe(403);
    expect(lijst.rijen).toEqual([expect.objectContaining({ operatie: 'wachtlijst', gemeente: 'Gorinchem', geweigerd: true })]);
    const rol = await vraag(
      '/cases',
      { token: molenlanden, body: { gemeente: 'Molenlanden', route: 'UWV', bsn: '111222333', aanmeldingsdatum: '2026-01-05' } },
      'POST',
    );
    expect(rol.status).toBe(403);
    expect(rol.rijen).toEqual([expect.objectContaining({ operatie: 'casusAanmaken', geweigerd: true })]);
    const batch = await vraag(
      '/evaluate',
      { token: molenlanden, body: { calls: [{ function: 'WACHTLIJSTPOSITIE', args: ['Gorinchem', g[0]] }] } },
      'POST',
    );
    expect(batch.rijen).toEqual([expect.objectContaining({ operatie: 'evaluate', gemeente: 'Gorinchem', geweigerd: true })]);
    const bsnAlsNummer = await vraag('/cases/111222333', { token: molenlanden });
    expect(bsnAlsNummer.rijen).toEqual([expect.objectContaining({ casusnummer: '*********', geweigerd: true })]);
    expect((await vraag('/cases')).rijen[0]!.casusnummers).toEqual([...g, m]);
  });

  it('holds no BSN', async () => {
    expect(JSON.stringify(await api.omgeving.db.query('SELECT * FROM logboek'))).not.toMatch(/111222333/);
    expect(api.logregels.join('\n')).not.toMatch(/111222333/);
  });
});
