/**
 * The custom functions (issue 4 §3) as Excel calls them: arguments as Excel passes them (serials,
 * nulls for omitted arguments, matrices for ranges), date results as serials, UITLEG as a table, and
 * refused calls as #VALUE!/#N/A carrying the Dutch message. Over the real client and a real HTTP server.
 */
import { catalogus } from '../../shared/catalogue';
import { maakCustomFuncties, celFoutSoort } from '../../addin/functions/aanroepen';
import { createBatchingClient } from '../../addin/client/batching-client';
import { EvaluatieServer, startEvaluatieServer } from './hulp/evaluatie-server';

class CelFout extends Error {
  constructor(
    readonly soort: string,
    bericht: string,
  ) {
    super(bericht);
  }
}

let server: EvaluatieServer;
let f: ReturnType<typeof maakCustomFuncties>;
beforeAll(async () => {
  server = await startEvaluatieServer();
  f = maakCustomFuncties(catalogus, createBatchingClient({ api: server.api }), (soort, bericht) => new CelFout(soort, bericht));
});
afterAll(() => server.stop());

describe('custom functions', () => {
  it('=AVRES.LOONKOSTENSUBSIDIE(0,6;36;"2026-01-01") gives 1224.11 (DOMAIN.md, Pw 10d lid 4)', async () => {
    await expect(f.LOONKOSTENSUBSIDIE!(0.6, 36, '2026-01-01', null, null, null)).resolves.toBe(1224.11);
  });

  it('takes an Excel date serial for a date argument and returns a date as a serial', async () => {
    // 46083 = 2026-03-02; the beslistermijn ends 2026-04-28 (Koningsdag 27 April moves it: Atw art. 1) = 46140.
    await expect(f.BESLISTERMIJN!(46083, null, null)).resolves.toBe(46140);
  });

  it('passes a range as rows of cells (TAAKSTELLING_PLEKKEN over three people)', async () => {
    await expect(f.TAAKSTELLING_PLEKKEN!([[31], [20], [36]])).resolves.toBeCloseTo(2.65, 2);
  });

  it('spills UITLEG as a table whose header is stap, waarde, bron and whose amounts are numbers', async () => {
    const tabel = (await f.UITLEG!('LOONKOSTENSUBSIDIE', [[[0.6]], [[36]], [['2026-01-01']]])) as (string | number)[][];
    expect(tabel[0]).toEqual(['stap', 'waarde', 'bron']);
    expect(tabel.length).toBeGreaterThan(3);
    expect(tabel.slice(1).some((r) => r[1] === 2477.95)).toBe(true);
  });

  it('turns bad input into #VALUE! with the Dutch message and the argument it concerns', async () => {
    const fout = await f.LOONKOSTENSUBSIDIE!(45, 36, '2026-01-01', null, null, null).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(CelFout);
    expect((fout as CelFout).soort).toBe('#VALUE!');
    expect((fout as CelFout).message).toMatch(/loonwaarde moet tussen 0 en 1 liggen.*\(argument 1\)/);
  });

  it('turns an unreachable server into #N/A with a message, never a cell left waiting', async () => {
    const los = maakCustomFuncties(
      catalogus,
      createBatchingClient({ api: 'http://127.0.0.1:9/api', timeoutMs: 2000 }),
      (soort, bericht) => new CelFout(soort, bericht),
    );
    await expect(los.WML!('2026-01-01', null, null)).rejects.toMatchObject({
      soort: '#N/A',
      message: expect.stringContaining('niet bereikbaar'),
    });
  });

  it('maps registry and availability codes to #N/A and input codes to #VALUE!', () => {
    expect(['ONGELDIGE_INVOER', 'BUITEN_PARAMETERBEREIK', 'ONBEKENDE_FUNCTIE'].map(celFoutSoort)).toEqual([
      '#VALUE!',
      '#VALUE!',
      '#VALUE!',
    ]);
    expect(['NIET_OP_WACHTLIJST', 'NIET_GEVONDEN', 'NIET_BESCHIKBAAR', 'TIME_OUT', 'GEEN_VERBINDING'].map(celFoutSoort)).toEqual([
      '#N/A',
      '#N/A',
      '#N/A',
      '#N/A',
      '#N/A',
    ]);
  });
});
