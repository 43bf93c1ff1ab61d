/**
 * `npm start`: the API on http://localhost:7071/api with an embedded registry (PGlite in AVRES_DATA_DIR, or the
 * PostgreSQL server of DATABASE_URL) and demo data, in development mode (a local signing key); the same handlers
 * and the built add-in on https://localhost:3000. Prints a development token and curl examples.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ServerOptions } from 'node:https';
import { leesConfig } from '../functions/config';
import { maakOntwikkeltoken } from '../functions/auth/ontwikkelsleutel';
import { startServer } from '../functions/local-server';
import { maakOmgeving } from '../functions/omgeving';
import { zetLoguitvoer } from '../functions/registry/logboek';
import { zaaiDemo } from './seed/demo';
import { ZELFONDERTEKEND_CERTIFICAAT, zelfondertekendMap } from './ontwikkelcertificaat';
import { sideloadUitleg } from './sideload-addin';

async function httpsOpties(dataDir: string): Promise<ServerOptions | undefined> {
  try {
    const certs = (await import('office-addin-dev-certs')) as { getHttpsServerOptions(): Promise<ServerOptions> };
    return await certs.getHttpsServerOptions();
  } catch {
    const map = zelfondertekendMap(dataDir);
    const key = join(map, 'localhost.key');
    const cert = join(map, ZELFONDERTEKEND_CERTIFICAAT);
    try {
      if (!existsSync(cert)) {
        mkdirSync(map, { recursive: true });
        execFileSync(
          'openssl',
          [
            'req',
            '-x509',
            '-newkey',
            'rsa:2048',
            '-nodes',
            '-keyout',
            key,
            '-out',
            cert,
            '-days',
            '365',
            '-subj',
            '/CN=localhost',
            '-addext',
            'subjectAltName=DNS:localhost,IP:127.0.0.1',
          ],
          { stdio: 'ignore' },
        );
      }
      console.warn(
        `Let op: office-addin-dev-certs kon geen vertrouwd certificaat maken; een zelfondertekend certificaat uit ${map} wordt gebruikt (de browser waarschuwt).`,
      );
      return { key: readFileSync(key), cert: readFileSync(cert) };
    } catch {
      return undefined;
    }
  }
}

async function main(): Promise<void> {
  process.env.AVRES_AUTH_MODE ??= 'development';
  const config = leesConfig();
  const omgeving = await maakOmgeving(config);
  const logUit = zetLoguitvoer(() => undefined);
  const gezaaid = await zaaiDemo(omgeving.db, omgeving.vandaag());
  zetLoguitvoer(logUit);
  const https = await httpsOpties(config.dataDir);
  const statisch = resolve('addin/dist');
  const server = await startServer({
    omgeving,
    poort: Number(process.env.PORT ?? 7071),
    ...(https ? { https: { poort: Number(process.env.AVRES_HTTPS_PORT ?? 3000), opties: https } } : {}),
    ...(existsSync(statisch) ? { statisch } : {}),
  });
  const api = server.url.replace('127.0.0.1', 'localhost');
  const token = omgeving.sleutel ? await maakOntwikkeltoken(omgeving.sleutel) : undefined;
  console.log(`
Avres API draait op ${api}${server.httpsUrl ? ` en ${server.httpsUrl}/api (invoegtoepassing: ${server.httpsUrl}/)` : ' (geen https: zie de waarschuwing hierboven)'}
Register: ${omgeving.db.soort}${config.databaseUrl ? '' : ` in ${config.dataDir}`}${gezaaid ? `; ${gezaaid} demo-casussen aangemaakt (fictief; de BSN's zijn berekend en van niemand)` : ''}
${
  token
    ? `Ontwikkeltoken (alle rollen, alle gemeenten, 12 uur geldig):

export TOKEN=${token}

  curl -s ${api}/health
  curl -s -H "Authorization: Bearer $TOKEN" "${api}/cases?gemeente=Gorinchem&status=wachtlijst"
  curl -s -H "Authorization: Bearer $TOKEN" ${api}/gemeenten/Gorinchem/wachtlijst
  curl -s -H "Authorization: Bearer $TOKEN" "${api}/termijnen?binnen=14"
  curl -s -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" -d '{"calls":[{"function":"LOONKOSTENSUBSIDIE","args":[0.6,36,"2026-01-01"]}]}' ${api}/evaluate
`
    : ''
}
${server.httpsUrl ? sideloadUitleg(server.httpsUrl.replace('127.0.0.1', 'localhost')) : 'De invoegtoepassing heeft https nodig: installeer openssl of office-addin-dev-certs en start opnieuw.'}

Stoppen: Ctrl+C`);
  const stop = async (): Promise<void> => {
    await server.sluit();
    await omgeving.db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
