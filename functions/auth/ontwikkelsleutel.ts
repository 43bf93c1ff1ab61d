/**
 * The local development key: an ES256 key pair kept in the data folder, whose public half is served as a JWKS
 * in development mode. `npm start` signs a token with it; production refuses development mode (config.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, JWK, SignJWT } from 'jose';
import { ONTWIKKEL_AUDIENCE, ONTWIKKEL_ISSUER } from '../config';
import { maakDatamapPrive } from '../registry/datamap';
import { GEMEENTEN } from '../../shared/schemas/casus';
import { Authenticatie, maakAuthenticatie, Rol, ROLLEN } from './tokens';

export interface Ontwikkelsleutel {
  privaat: CryptoKey;
  publiek: JWK;
}

async function nieuweSleutel(): Promise<{ privaat: JWK; publiek: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = `avres-ontwikkeling-${Date.now().toString(36)}`;
  return {
    privaat: { ...(await exportJWK(privateKey)), kid, alg: 'ES256' },
    publiek: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' },
  };
}

/** Loads the key pair from `dataDir/ontwikkelsleutel.json`, creating it on first use; without a folder, in memory. */
export async function laadOntwikkelsleutel(dataDir?: string): Promise<Ontwikkelsleutel> {
  const pad = dataDir ? join(dataDir, 'ontwikkelsleutel.json') : undefined;
  let paar: { privaat: JWK; publiek: JWK };
  if (dataDir) maakDatamapPrive(dataDir);
  if (pad && existsSync(pad)) {
    paar = JSON.parse(readFileSync(pad, 'utf8')) as typeof paar;
  } else {
    paar = await nieuweSleutel();
    if (pad) writeFileSync(pad, JSON.stringify(paar), { mode: 0o600 });
  }
  return { privaat: (await importJWK(paar.privaat, 'ES256')) as CryptoKey, publiek: paar.publiek };
}

export function ontwikkelJwks(s: Ontwikkelsleutel): { keys: JWK[] } {
  return { keys: [s.publiek] };
}

export function ontwikkelAuthenticatie(s: Ontwikkelsleutel, gemeentenClaim = 'avres_gemeenten'): Authenticatie {
  return maakAuthenticatie({
    sleutels: createLocalJWKSet(ontwikkelJwks(s)),
    issuer: ONTWIKKEL_ISSUER,
    audience: ONTWIKKEL_AUDIENCE,
    gemeentenClaim,
  });
}

export interface TokenVraag {
  sub?: string;
  rollen?: readonly Rol[];
  gemeenten?: readonly string[] | '*';
  /** Seconds; default 12 hours. */
  geldigheid?: number;
  audience?: string;
  issuer?: string;
}

/** Signs a development token (all roles and gemeenten unless narrowed). */
export async function maakOntwikkeltoken(s: Ontwikkelsleutel, v: TokenVraag = {}): Promise<string> {
  const nu = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: [...(v.rollen ?? ROLLEN)], avres_gemeenten: v.gemeenten ?? [...GEMEENTEN] })
    .setProtectedHeader({ alg: 'ES256', kid: s.publiek.kid! })
    .setSubject(v.sub ?? 'ontwikkelaar')
    .setIssuer(v.issuer ?? ONTWIKKEL_ISSUER)
    .setAudience(v.audience ?? ONTWIKKEL_AUDIENCE)
    .setIssuedAt(nu - 1)
    .setExpirationTime(nu + (v.geldigheid ?? 12 * 3600))
    .sign(s.privaat);
}
