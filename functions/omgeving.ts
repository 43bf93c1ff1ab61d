/**
 * Assembles what the handlers share from the configuration: the registry (PGlite or PostgreSQL, migrated), the
 * token validation (Entra JWKS, or the local development key) and today's date in the Netherlands.
 */
import { createRemoteJWKSet } from 'jose';
import { vandaag as vandaagInNl } from '../shared/time/vandaag';
import type { Datum } from '../shared/time/datum';
import { Config } from './config';
import { laadOntwikkelsleutel, ontwikkelAuthenticatie, ontwikkelJwks, Ontwikkelsleutel } from './auth/ontwikkelsleutel';
import { maakAuthenticatie } from './auth/tokens';
import { openRegistry } from './registry/open-registry';
import { entraWachtwoord } from './registry/entra';
import type { Omgeving } from './http/types';
import { snelheidsbegrenzer } from './http/snelheid';

export interface OmgevingOpties {
  /** Fixed "today" (tests, demos); default: today in Europe/Amsterdam. */
  vandaag?: () => Datum;
  /** PGlite in memory instead of the data folder (tests). */
  inGeheugen?: boolean;
  /** PostgreSQL schema (tests). */
  schema?: string;
}

export async function maakOmgeving(config: Config, o: OmgevingOpties = {}): Promise<Omgeving & { sleutel?: Ontwikkelsleutel }> {
  const db = await openRegistry({
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    ...(o.inGeheugen ? {} : { dataDir: config.dataDir }),
    ...(o.schema ? { schema: o.schema } : {}),
    ...(config.databaseEntra ? { wachtwoord: entraWachtwoord() } : {}),
  });
  const vandaag = o.vandaag ?? (() => vandaagInNl());
  const snelheid = snelheidsbegrenzer(config.snelheid);
  if (config.authModus === 'development') {
    const sleutel = await laadOntwikkelsleutel(o.inGeheugen ? undefined : config.dataDir);
    return {
      db,
      config,
      vandaag,
      snelheid,
      auth: ontwikkelAuthenticatie(sleutel, config.gemeentenClaim),
      jwks: ontwikkelJwks(sleutel),
      sleutel,
    };
  }
  const sleutels = createRemoteJWKSet(new URL(config.jwksUrl!));
  return {
    db,
    config,
    vandaag,
    snelheid,
    auth: maakAuthenticatie({ sleutels, issuer: config.issuer, audience: config.audience, gemeentenClaim: config.gemeentenClaim }),
  };
}
