/**
 * Concurrent appends: every append carries the version it read (If-Match); of conflicting appends exactly one
 * wins per version and the rest get 412 with nothing written; retrying clients lose no event.
 */
import { BACKENDS, maakCasusMet, startTestApi, TestApi } from './helpers';

describe.each(BACKENDS)('concurrent appends on %s', (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(backend);
  });
  afterAll(() => api.sluit());

  const gebeurtenis = (n: number) => ({ soort: 'uwv_advies_aangevraagd', datum: '2026-06-01', toelichting: `poging ${n}` });

  it('200 appends against the same version: exactly one 201, 199 times 412, one event written', async () => {
    const { casusnummer } = await maakCasusMet(api, { gemeente: 'Gorinchem', aanmeldingsdatum: '2026-05-01' });
    const antwoorden = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        api.vraag('POST', `/cases/${casusnummer}/events`, { body: gebeurtenis(i), headers: { 'If-Match': '1' } }),
      ),
    );
    const statussen = antwoorden.map((a) => a.status).sort();
    expect(statussen.filter((s) => s === 201)).toHaveLength(1);
    expect(statussen.filter((s) => s === 412)).toHaveLength(199);
    const h = await api.vraag('GET', `/cases/${casusnummer}/events`);
    expect(h.body.versie).toBe(2);
    expect(h.body.gebeurtenissen).toHaveLength(2);
  });

  // 60 clients, not 200: every round all of them re-read for one winner, so the requests grow with the square of the
  // clients (200 took 40 s alone and over 120 s late in a loaded CI run); 60 in lockstep race just as hard per round.
  it('60 clients that re-read and retry on 412 all get their event in, with versions 2…61 and none lost', async () => {
    const { casusnummer } = await maakCasusMet(api, { gemeente: 'Molenlanden', aanmeldingsdatum: '2026-05-01' });
    let geweigerd = 0;
    const klant = async (n: number): Promise<void> => {
      for (;;) {
        const gelezen = await api.vraag('GET', `/cases/${casusnummer}/events`);
        const r = await api.vraag('POST', `/cases/${casusnummer}/events`, {
          body: gebeurtenis(n),
          headers: { 'If-Match': gelezen.headers.get('etag')! },
        });
        if (r.status === 201) return;
        expect(r.status).toBe(412);
        geweigerd++;
      }
    };
    const klanten = 60;
    await Promise.all(Array.from({ length: klanten }, (_, i) => klant(i)));
    const h = await api.vraag('GET', `/cases/${casusnummer}/events`);
    expect(h.body.versie).toBe(klanten + 1);
    expect(h.body.gebeurtenissen.map((g: { volgnummer: number }) => g.volgnummer)).toEqual(
      Array.from({ length: klanten + 1 }, (_, i) => i + 1),
    );
    expect(new Set(h.body.gebeurtenissen.slice(1).map((g: { toelichting: string }) => g.toelichting)).size).toBe(klanten);
    // In lockstep each round refuses all but one: far more than one refusal per client.
    expect(geweigerd).toBeGreaterThan(klanten);
  }, 120_000);
});
