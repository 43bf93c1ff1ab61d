/**
 * No request stalls everyone: the registry reads of one evaluate batch are answered set-wise (a fixed number of
 * queries however many WACHTLIJSTPOSITIE or BUIG_SALDO calls), a batch may ask for at most a configured number of
 * distinct registry reads (413 beyond), and each user has a rate limit (429 with Retry-After).
 */
import type { Querier } from '../../functions/registry/db';
import { BACKENDS, maakCasusMet, opWachtlijstOp, startTestApi, TestApi } from './helpers';

describe.each(BACKENDS)('load on %s', (backend) => {
  let api: TestApi;
  const nummers: string[] = [];
  let queries = 0;
  beforeAll(async () => {
    api = await startTestApi(backend, { AVRES_MAX_REGISTERLEZINGEN: '60' });
    for (let i = 0; i < 12; i++)
      nummers.push(
        (
          await maakCasusMet(
            api,
            { gemeente: 'Gorinchem', aanmeldingsdatum: '2025-04-01' },
            opWachtlijstOp(`2025-05-${String(i + 1).padStart(2, '0')}`),
          )
        ).casusnummer,
      );
    const db = api.omgeving.db;
    const geteld = (q: Querier): Querier => ({ ...q, query: (sql, p) => (queries++, q.query(sql, p)) });
    const { query, transaction } = db;
    db.query = (sql, p) => (queries++, query.call(db, sql, p)) as never;
    db.transaction = ((werk: (tx: Querier) => Promise<unknown>) => transaction.call(db, (tx) => werk(geteld(tx)))) as typeof db.transaction;
  });
  afterAll(() => api.sluit());

  const evalueer = async (calls: unknown[]) => {
    queries = 0;
    const r = await api.vraag('POST', '/evaluate', { body: { calls } });
    return { ...r, queries };
  };

  it('answers 1 or 48 WACHTLIJSTPOSITIE calls with the same number of queries, and the same positions', async () => {
    const een = await evalueer([{ function: 'WACHTLIJSTPOSITIE', args: ['Gorinchem', nummers[5], '2026-11-24'] }]);
    const calls = [1, 2, 3, 4].flatMap((d) =>
      nummers.map((n) => ({ function: 'WACHTLIJSTPOSITIE', args: ['Gorinchem', n, `2026-11-2${d}`] })),
    );
    const veel = await evalueer(calls);
    expect(een.body.results[0].value).toBe(6);
    expect(veel.body.results.map((r: { value: number }) => r.value)).toEqual([1, 2, 3, 4].flatMap(() => nummers.map((_, i) => i + 1)));
    expect(veel.queries).toBe(een.queries);
  });

  it('answers many BUIG_SALDO calls with the same number of queries as one', async () => {
    const een = await evalueer([{ function: 'BUIG_SALDO', args: ['Gorinchem', 2026] }]);
    const veel = await evalueer(
      ['Gorinchem', 'Molenlanden', 'Vijfheerenlanden'].flatMap((g) =>
        [2020, 2021, 2022, 2023, 2024, 2025, 2026].map((j) => ({ function: 'BUIG_SALDO', args: [g, j] })),
      ),
    );
    expect(een.body.results[0].error.code).toBe('NIET_GEVONDEN');
    expect(veel.body.results).toHaveLength(21);
    expect(veel.queries).toBe(een.queries);
  });

  it('refuses a batch asking more distinct registry reads than allowed with 413, reading nothing; repeats count once', async () => {
    const calls = Array.from({ length: 61 }, (_, i) => ({ function: 'WACHTLIJSTPOSITIE', args: ['Gorinchem', `BW-X-${i}`] }));
    // A batch without registry calls reads only the figure set; one with registry calls also reads the registry
    // versions before computing. That is the floor: a refused batch reads nothing more.
    const zonderRegister = await evalueer([{ function: 'WML', args: ['2026-01-01'] }]);
    const te = await evalueer(calls);
    expect([te.status, te.body.error.code, te.body.error.field]).toEqual([413, 'TE_GROOT', 'calls']);
    expect(te.body.error.message).toContain('hoogstens 60');
    expect(te.queries).toBe(zonderRegister.queries + 1);
    expect((await evalueer(calls.slice(0, 60))).status).toBe(200);
    const herhaald = Array.from({ length: 500 }, () => calls[0]);
    expect((await evalueer(herhaald)).status).toBe(200);
  });
});

describe('the per-user rate limit', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('pglite', { AVRES_VERZOEKEN_PIEK: '3', AVRES_VERZOEKEN_PER_MINUUT: '30' });
  });
  afterAll(() => api.sluit());

  it('answers 429 with Retry-After and a Dutch message once the bucket is empty, for that user only', async () => {
    const a = await api.token({ sub: 'gebruiker-a' });
    const b = await api.token({ sub: 'gebruiker-b' });
    const statussen = [];
    for (let i = 0; i < 4; i++) statussen.push((await api.vraag('GET', '/cases', { token: a })).status);
    expect(statussen).toEqual([200, 200, 200, 429]);
    const r = await api.vraag('GET', '/cases', { token: a });
    expect([r.status, r.body.error.code]).toEqual([429, 'TE_VEEL_VERZOEKEN']);
    expect(r.body.error.message).toMatch(/^te veel verzoeken: hoogstens 30 per minuut/);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(r.headers.get('retry-after'))).toBeLessThanOrEqual(2);
    expect((await api.vraag('GET', '/cases', { token: b })).status).toBe(200);
  });
});
