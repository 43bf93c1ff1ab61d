/**
 * Sign-in choice (issue 4 §3): Microsoft's nested app authentication when an app registration is
 * configured, otherwise the development token of npm start, kept in the browser and asked for in Dutch.
 */
import { kiesAanmelding, ONTWIKKELTOKEN_SLEUTEL, Opslag } from '../../addin/auth/token';
import { createBatchingClient } from '../../addin/client/batching-client';
import { EvaluatieServer, startEvaluatieServer } from './hulp/evaluatie-server';

function geheugen(): Opslag & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('sign-in', () => {
  it('uses nested app authentication when config.json names a client id', () => {
    expect(kiesAanmelding({ clientId: '00000000-0000-0000-0000-000000000001' }, geheugen()).modus).toBe('microsoft');
  });

  it('keeps the development token the user pasted, trimmed, and forgets it when emptied', async () => {
    const opslag = geheugen();
    const a = kiesAanmelding({}, opslag);
    expect(a.modus).toBe('ontwikkeling');
    a.bewaarOntwikkeltoken('  eyJ.abc.def \n');
    expect(opslag.data.get(ONTWIKKELTOKEN_SLEUTEL)).toBe('eyJ.abc.def');
    await expect(Promise.resolve(a.token())).resolves.toBe('eyJ.abc.def');
    a.bewaarOntwikkeltoken('');
    expect(a.heeftOntwikkeltoken()).toBe(false);
  });

  it('without a token, a call fails at once with a Dutch instruction instead of a bare 401', async () => {
    const server: EvaluatieServer = await startEvaluatieServer();
    try {
      const client = createBatchingClient({ api: server.api, token: kiesAanmelding({}, geheugen()).token });
      await expect(client.evalueer('WML', ['2026-01-01'])).rejects.toMatchObject({
        code: 'NIET_AANGEMELD',
        message: expect.stringContaining('plak bij "Aanmelden (ontwikkeling)"'),
      });
      expect(server.ontvangen).toHaveLength(0);
    } finally {
      await server.stop();
    }
  });
});
