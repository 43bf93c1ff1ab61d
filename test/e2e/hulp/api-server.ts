/**
 * Test only: starts the real local API (functions/local-server.ts) in development mode with an in-memory
 * registry and a fixed today, serving the folder given as first argument beside /api, and prints one JSON
 * line {url, token, beheerderToken} on stdout (the second token: another user with the role beheerder, for four eyes). Runs in its own process (tsx), as `npm start` does.
 */
import { leesConfig } from '../../../functions/config';
import { maakOmgeving } from '../../../functions/omgeving';
import { startServer } from '../../../functions/local-server';
import { maakOntwikkeltoken } from '../../../functions/auth/ontwikkelsleutel';
import { datum } from '../../../shared/time/datum';

async function main(): Promise<void> {
  const statisch = process.argv[2];
  const omgeving = await maakOmgeving(leesConfig({ AVRES_AUTH_MODE: 'development', AVRES_ADDIN_ORIGIN: 'http://127.0.0.1' }), {
    inGeheugen: true,
    vandaag: () => datum(process.env.AVRES_VANDAAG ?? '2026-06-01'),
  });
  const server = await startServer({ omgeving, poort: 0, ...(statisch ? { statisch } : {}) });
  const token = await maakOntwikkeltoken(omgeving.sleutel!);
  const beheerderToken = await maakOntwikkeltoken(omgeving.sleutel!, { sub: 'tweede-beheerder', rollen: ['beheerder'] });
  process.stdout.write(`${JSON.stringify({ url: server.url, token, beheerderToken })}\n`);
  const stop = (): void => void server.sluit().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
