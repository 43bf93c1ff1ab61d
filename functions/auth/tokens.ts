/**
 * Bearer tokens, validated with jose: signature against a JWKS, issuer, audience and expiry. Entra ID in
 * production; the local development key (auth/ontwikkelsleutel.ts) when `AVRES_AUTH_MODE=development`.
 * `exp` and `iat` are required; a token lives at most MAX_TOKENLEEFTIJD_S (exp − iat, and now − iat), and an `iat`
 * in the future beyond the clock skew is refused: a token that never expires cannot exist. Entra's live about an hour.
 * Claims: `roles` (app roles, below) and a gemeenten claim (default `avres_gemeenten`): the string "*" for all
 * three, or an array of gemeente names (one name as a plain string also counts), matched exactly as written.
 */
import { errors, jwtVerify, JWTVerifyGetKey } from 'jose';
import { GEMEENTEN, Gemeente } from '../../shared/schemas/casus';
import { ApiFout } from '../http/api-fout';

export const ROLLEN = ['casemanager', 'controller', 'beleid', 'financien', 'beheerder'] as const;
export type Rol = (typeof ROLLEN)[number];
/** The roles that work with cases; the beheerder keeps the legal figures current and reads no case. */
const CASUSROLLEN = ['casemanager', 'controller', 'beleid', 'financien'] as const satisfies readonly Rol[];

export interface Gebruiker {
  /** Pseudonymous id for the processing log: Entra `oid`, else `sub`. */
  id: string;
  rollen: Rol[];
  gemeenten: Gemeente[];
}

export interface Authenticatie {
  verifieer(authorization: string | undefined): Promise<Gebruiker>;
}

export interface AuthOpties {
  sleutels: JWTVerifyGetKey;
  issuer: string;
  audience: string;
  gemeentenClaim: string;
}

/** The longest a token may live: 24 hours. */
export const MAX_TOKENLEEFTIJD_S = 24 * 3600;
/** The clock difference tolerated between issuer and API. */
const KLOKSPELING_S = 30;

const nietIngelogd = (bericht: string): ApiFout => new ApiFout(401, 'NIET_INGELOGD', bericht, {}, {});

function leesGemeenten(claim: unknown): Gemeente[] {
  if (claim === '*') return [...GEMEENTEN];
  const namen: unknown[] = Array.isArray(claim) ? claim : [claim];
  return GEMEENTEN.filter((g) => namen.includes(g));
}

function claimFout(e: errors.JWTClaimValidationFailed): ApiFout {
  if (e.reason === 'missing') return nietIngelogd(`het token mist de claim ${e.claim}; vraag een token aan bij Entra ID`);
  if (e.claim === 'iat') return nietIngelogd('het token is uitgegeven in de toekomst (iat); controleer de klok van de uitgever');
  const claim = e.claim === 'aud' ? 'audience' : e.claim === 'iss' ? 'issuer' : e.claim;
  return nietIngelogd(`het token is niet voor deze API bestemd (${claim} klopt niet)`);
}

/** Token validation against the given keys. */
export function maakAuthenticatie(o: AuthOpties): Authenticatie {
  return {
    async verifieer(authorization) {
      const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
      if (!m) throw nietIngelogd('geen token: stuur de kop "Authorization: Bearer <token>"');
      try {
        const { payload } = await jwtVerify(m[1]!, o.sleutels, {
          issuer: o.issuer,
          audience: o.audience,
          algorithms: ['RS256', 'ES256'],
          clockTolerance: KLOKSPELING_S,
          requiredClaims: ['exp', 'iat'],
          maxTokenAge: MAX_TOKENLEEFTIJD_S,
        });
        if (payload.exp! - payload.iat! > MAX_TOKENLEEFTIJD_S) {
          throw nietIngelogd(`het token leeft te lang (exp − iat): hoogstens ${MAX_TOKENLEEFTIJD_S / 3600} uur`);
        }
        const id = typeof payload.oid === 'string' ? payload.oid : payload.sub;
        if (!id) throw nietIngelogd('het token heeft geen gebruiker (oid of sub)');
        const rollen = ROLLEN.filter((r) => Array.isArray(payload.roles) && payload.roles.includes(r));
        return { id, rollen, gemeenten: leesGemeenten(payload[o.gemeentenClaim]) };
      } catch (e) {
        if (e instanceof ApiFout) throw e;
        if (e instanceof errors.JWTExpired) throw nietIngelogd('het token is verlopen; vraag een nieuw token aan');
        if (e instanceof errors.JWTClaimValidationFailed) throw claimFout(e);
        if (e instanceof errors.JWSSignatureVerificationFailed || e instanceof errors.JWKSNoMatchingKey) {
          throw nietIngelogd('de handtekening van het token klopt niet met de sleutels van de uitgever');
        }
        throw nietIngelogd('het token is ongeldig; stuur een JWT van Entra ID (of in ontwikkelmodus het token van npm start)');
      }
    },
  };
}

/**
 * Every action the API checks, the roles that may perform it, and the words a refusal names it by.
 * Cases: everyone reads and evaluates, the casemanager writes. Finance (ledger totals, BUIG, reconciliation,
 * scenarios, reports): financien, controller and beleid read; financien writes ledgers and budgets; beleid
 * writes scenarios. Everyone only within the gemeenten of their token (auth/bereik.ts). The parameter register:
 * everyone reads it, only a beheerder records, withdraws and (another's entry) approves.
 */
const MAG = {
  lezen: { rollen: CASUSROLLEN, omschrijving: 'lezen' },
  evalueren: { rollen: ROLLEN, omschrijving: 'evalueren' },
  schrijven: { rollen: ['casemanager'], omschrijving: 'schrijven' },
  financien_lezen: { rollen: ['financien', 'controller', 'beleid'], omschrijving: 'financiële gegevens lezen' },
  grootboek_schrijven: { rollen: ['financien'], omschrijving: 'grootboekregels importeren of intrekken' },
  budget_schrijven: { rollen: ['financien'], omschrijving: 'BUIG-budgetten en gefinancierde plekken vastleggen' },
  scenario_schrijven: { rollen: ['beleid'], omschrijving: "scenario's vastleggen" },
  parameters_lezen: { rollen: ROLLEN, omschrijving: 'rekengegevens lezen' },
  parameters_beheren: { rollen: ['beheerder'], omschrijving: 'rekengegevens vastleggen, goedkeuren of intrekken' },
} as const satisfies Record<string, { rollen: readonly Rol[]; omschrijving: string }>;

export type Actie = keyof typeof MAG;

/** True when one of the user's roles allows the action. */
export function mag(g: Gebruiker, actie: Actie): boolean {
  const toegestaan: readonly Rol[] = MAG[actie].rollen;
  return g.rollen.some((r) => toegestaan.includes(r));
}

/** Raises 403 unless one of the user's roles allows the action. */
export function vereisRol(g: Gebruiker, actie: Actie): void {
  if (!mag(g, actie)) {
    throw new ApiFout(
      403,
      'GEEN_TOEGANG',
      `uw rol mag dit niet (${MAG[actie].omschrijving}); toegestaan voor: ${MAG[actie].rollen.join(', ')}`,
    );
  }
}
