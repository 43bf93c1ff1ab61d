/**
 * The development certificate of `npm start`'s https server, for the command-line tools that call it: the CA of
 * office-addin-dev-certs when it could install one, else the self-signed certificate start.ts made with openssl.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataMap } from '../functions/config';

export const ZELFONDERTEKEND_CERTIFICAAT = 'localhost.crt';

export function zelfondertekendMap(dataDir: string): string {
  return join(dataDir, 'certs');
}

/**
 * A PEM file with the certificates to trust for an https API on this machine (AVRES_CA, the office-addin-dev-certs
 * CA and the self-signed certificate, whichever exist: which one the server uses depends on whether the CA could
 * be installed), or undefined for any other API.
 */
export function ontwikkelCertificaten(api: string): string | undefined {
  const { protocol, hostname } = new URL(api);
  if (protocol !== 'https:' || !['localhost', '127.0.0.1'].includes(hostname)) return undefined;
  const gevonden = [
    process.env.AVRES_CA,
    join(homedir(), '.office-addin-dev-certs', 'ca.crt'),
    join(zelfondertekendMap(dataMap()), ZELFONDERTEKEND_CERTIFICAAT),
  ].filter((p): p is string => !!p && existsSync(p));
  if (gevonden.length === 0) return undefined;
  const bundel = join(mkdtempSync(join(tmpdir(), 'avres-ca-')), 'ca.pem');
  writeFileSync(bundel, gevonden.map((p) => readFileSync(p, 'utf8').trim()).join('\n') + '\n');
  return bundel;
}
