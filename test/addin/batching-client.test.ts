/**
 * The batching client (issue 4 §3): one request per calculation burst, identical calls sent once,
 * answers cached per function, arguments and parameter version, and every call settled within the
 * timeout with a Dutch message, so no cell stays #BUSY!.
 */
import { createBatchingClient } from '../../addin/client/batching-client';
import { AvresFout } from '../../addin/client/fout';
import { EvaluatieServer, startEvaluatieServer } from './hulp/evaluatie-server';

let server: EvaluatieServer;
beforeEach(async () => {
  server = await startEvaluatieServer();
});
afterEach(async () => {
  await server.stop();
});

describe('batching', () => {
  it('sends the calls of one burst as one POST /api/evaluate and answers each in order', async () => {
    const client = createBatchingClient({ api: server.api });
    const [lks, termijn, wml] = await Promise.all([
      client.evalueer('LOONKOSTENSUBSIDIE', [0.6, 36, '2026-01-01']),
      client.evalueer('BESLISTERMIJN', ['2026-03-02']),
      client.evalueer('WML', ['2026-01-01']),
    ]);
    // DOMAIN.md worked examples: Pw 10d lid 4 (1224,11) and Beleidsregels art. 5 + Atw (Koningsdag 2026).
    expect(lks.value).toBe(1224.11);
    expect(termijn.value).toBe('2026-04-28');
    expect(wml.value).toBe(2294.4);
    expect(server.ontvangen).toHaveLength(1);
    expect(server.ontvangen[0]!.map((c) => c.function)).toEqual(['LOONKOSTENSUBSIDIE', 'BESLISTERMIJN', 'WML']);
  });

  it('asks for values only, and for the steps only where a caller wants the explanation', async () => {
    const client = createBatchingClient({ api: server.api });
    const [cel, uitleg] = await Promise.all([
      client.evalueer('LOONKOSTENSUBSIDIE', [0.6, 36, '2026-01-01']),
      client.evalueer('LOONKOSTENSUBSIDIE', [0.6, 36, '2026-01-01'], { stappen: true }),
    ]);
    expect(cel).toEqual({ value: 1224.11 });
    expect(uitleg.value).toBe(1224.11);
    expect(uitleg.steps?.map((s) => s.value)).toEqual(expect.arrayContaining(['2477.95', '991.18', '232.93']));
    expect(server.stappen.sort()).toEqual([false, true]);
  });

  it('splits a burst above the batch limit into requests of at most that many calls', async () => {
    const client = createBatchingClient({ api: server.api, maxPerBatch: 4 });
    const uren = Array.from({ length: 10 }, (_, i) => i + 1);
    const uitkomsten = await Promise.all(uren.map((u) => client.evalueer('BEGELEIDINGSKOSTEN', [u, 3100])));
    expect(server.ontvangen.map((b) => b.length)).toEqual([4, 4, 2]);
    // Beleidsregels art. 7 lid 2c: 3100 × u/31.
    expect(uitkomsten.map((u) => u.value)).toEqual(uren.map((u) => u * 100));
  });

  it('sends identical calls once, and treats omitted trailing optional arguments as absent', async () => {
    const client = createBatchingClient({ api: server.api });
    const r = await Promise.all([
      client.evalueer('WML', ['2026-01-01']),
      client.evalueer('wml', ['2026-01-01', null]),
      client.evalueer('WML', ['2026-01-01', null, '']),
    ]);
    expect(r.map((u) => u.value)).toEqual([2294.4, 2294.4, 2294.4]);
    expect(server.ontvangen).toEqual([[{ function: 'WML', args: ['2026-01-01'] }]]);
    expect(client.statistiek()).toEqual({ aanroepen: 3, uitCache: 2, verzonden: 1, verzoeken: 1 });
  });
});

describe('cache', () => {
  it('answers a repeated call from the cache without a request', async () => {
    const client = createBatchingClient({ api: server.api });
    await client.evalueer('LOONKOSTENSUBSIDIE', [0.6, 36, '2026-01-01']);
    const opnieuw = await client.evalueer('LOONKOSTENSUBSIDIE', [0.6, 36, '2026-01-01']);
    expect(opnieuw.value).toBe(1224.11);
    expect(server.ontvangen).toHaveLength(1);
  });

  it('forgets cached answers when the API reports a new parameter version', async () => {
    const client = createBatchingClient({ api: server.api });
    server.parameterVersie = '2026-01-01';
    await client.evalueer('WML', ['2026-01-01']);
    expect(client.parameterVersie()).toBe('2026-01-01');
    server.parameterVersie = '2026-07-01';
    await client.evalueer('WML', ['2025-07-01']);
    await client.evalueer('WML', ['2026-01-01']);
    expect(server.ontvangen).toHaveLength(3);
  });

  it('asks the add-in to recalculate when the version changes, also noticed by a version check without cells', async () => {
    const nieuw: string[] = [];
    const client = createBatchingClient({ api: server.api, opNieuweVersie: (v) => nieuw.push(v) });
    server.parameterVersie = 'a';
    await client.evalueer('WML', ['2026-01-01']);
    await client.controleerVersie();
    expect(nieuw).toEqual([]);
    server.parameterVersie = 'b';
    await client.controleerVersie();
    expect(nieuw).toEqual(['b']);
    await client.evalueer('WML', ['2026-01-01']);
    expect(server.ontvangen.filter((calls) => calls.length > 0)).toHaveLength(2);
  });

  it('keeps bad-input errors (they do not change) but retries failed requests', async () => {
    const client = createBatchingClient({ api: server.api });
    await expect(client.evalueer('LOONKOSTENSUBSIDIE', [45, 36, '2026-01-01'])).rejects.toThrow(/loonwaarde moet tussen 0 en 1 liggen/);
    await expect(client.evalueer('LOONKOSTENSUBSIDIE', [45, 36, '2026-01-01'])).rejects.toThrow(/loonwaarde/);
    expect(server.ontvangen).toHaveLength(1);

    server.gedrag = 'fout500';
    await expect(client.evalueer('WML', ['2026-01-01'])).rejects.toThrow('database niet bereikbaar');
    server.gedrag = 'normaal';
    await expect(client.evalueer('WML', ['2026-01-01'])).resolves.toMatchObject({ value: 2294.4 });
    expect(server.ontvangen).toHaveLength(3);
  });
});

describe('never a stale cell', () => {
  const positie = ['Gorinchem', 'AV-1', '2026-06-01'];

  it('answers a waiting-list position from the cache only after the versions confirm it, and refetches it after a change', async () => {
    const client = createBatchingClient({ api: server.api });
    server.posities['AV-1'] = 2;
    server.register = { 'wachtlijst:Gorinchem': 4 };
    await expect(client.evalueer('WACHTLIJSTPOSITIE', positie)).resolves.toMatchObject({ value: 2 });
    await expect(client.evalueer('WACHTLIJSTPOSITIE', positie)).resolves.toMatchObject({ value: 2 });
    expect(server.ontvangen).toHaveLength(1);
    expect(server.versievragen).toBe(1);

    server.posities['AV-1'] = 1;
    server.register = { 'wachtlijst:Gorinchem': 5 };
    await expect(client.evalueer('WACHTLIJSTPOSITIE', positie)).resolves.toMatchObject({ value: 1 });
    expect(server.ontvangen).toHaveLength(2);
  });

  it('keeps pure answers and answers of other subjects when one subject changes, and asks once per burst', async () => {
    const client = createBatchingClient({ api: server.api });
    server.posities = { 'AV-1': 2, 'AV-9': 3 };
    server.register = { 'wachtlijst:Gorinchem': 1, 'wachtlijst:Molenlanden': 1 };
    const burst = () =>
      Promise.all([
        client.evalueer('WACHTLIJSTPOSITIE', positie),
        client.evalueer('WACHTLIJSTPOSITIE', ['Molenlanden', 'AV-9', '2026-06-01']),
        client.evalueer('WML', ['2026-01-01']),
      ]);
    await burst();
    server.register = { 'wachtlijst:Gorinchem': 1, 'wachtlijst:Molenlanden': 2 };
    const vragen = server.versievragen;
    await burst();
    expect(server.versievragen).toBe(vragen + 1);
    expect(server.ontvangen[1]).toEqual([{ function: 'WACHTLIJSTPOSITIE', args: ['Molenlanden', 'AV-9', '2026-06-01'] }]);
  });

  it('drops exactly the changed answers on a refresh and says with which parameter version', async () => {
    const client = createBatchingClient({ api: server.api });
    server.parameterVersie = 'p1';
    server.posities = { 'AV-1': 2 };
    server.register = { 'wachtlijst:Gorinchem': 1 };
    await Promise.all([client.evalueer('WACHTLIJSTPOSITIE', positie), client.evalueer('WML', ['2026-01-01'])]);
    expect(client.laatstBerekend()).toBeInstanceOf(Date);
    server.register = { 'wachtlijst:Gorinchem': 2 };
    await expect(client.ververs()).resolves.toEqual({ parameterVersie: 'p1', vervallen: 1 });
  });
});

describe('errors and timeouts', () => {
  it('rejects only the bad call of a batch, with the Dutch message and the argument it concerns', async () => {
    const client = createBatchingClient({ api: server.api });
    const [goed, fout] = await Promise.allSettled([
      client.evalueer('LOONKOSTENSUBSIDIE', [0.6, 36, '2026-01-01']),
      client.evalueer('LOONKOSTENSUBSIDIE', [0.6, 'zesendertig', '2026-01-01']),
    ]);
    expect(goed).toMatchObject({ status: 'fulfilled', value: { value: 1224.11 } });
    expect(fout.status).toBe('rejected');
    const e = (fout as PromiseRejectedResult).reason as AvresFout;
    expect(e).toBeInstanceOf(AvresFout);
    expect(e.code).toBe('ONGELDIGE_INVOER');
    expect(e.argument).toBe(2);
    expect(e.message).toContain('uren_per_week moet een getal zijn');
  });

  it('rejects every call of a request that hangs within the timeout, in Dutch', async () => {
    server.gedrag = 'hangt';
    const client = createBatchingClient({ api: server.api, timeoutMs: 300 });
    const r = await Promise.allSettled([client.evalueer('WML', ['2026-01-01']), client.evalueer('WML', ['2025-01-01'])]);
    expect(r.map((x) => x.status)).toEqual(['rejected', 'rejected']);
    expect((r[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'TIME_OUT', message: expect.stringContaining('geen antwoord') });
  });

  it('rejects with a clear message when the server cannot be reached', async () => {
    const api = server.api;
    await server.stop();
    const client = createBatchingClient({ api, timeoutMs: 5000 });
    await expect(client.evalueer('WML', ['2026-01-01'])).rejects.toMatchObject({
      code: 'GEEN_VERBINDING',
      message: expect.stringContaining('niet bereikbaar'),
    });
    server = await startEvaluatieServer();
  });

  it('rejects when the answer is not JSON (a proxy page), instead of waiting', async () => {
    server.gedrag = 'geenJson';
    const client = createBatchingClient({ api: server.api });
    await expect(client.evalueer('WML', ['2026-01-01'])).rejects.toMatchObject({ code: 'INTERNE_FOUT' });
  });

  it('rejects when acquiring the token hangs, within the timeout', async () => {
    const client = createBatchingClient({ api: server.api, timeoutMs: 200, token: () => new Promise<string>(() => undefined) });
    await expect(client.evalueer('WML', ['2026-01-01'])).rejects.toMatchObject({ code: 'TIME_OUT' });
    expect(server.ontvangen).toHaveLength(0);
  });
});
