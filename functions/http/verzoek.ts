/**
 * What several handlers need from a request: the authenticated user, a JSON body, the If-Match version.
 */
import type { Gemeente } from '../../shared/schemas/casus';
import { Actie, Gebruiker, vereisRol } from '../auth/tokens';
import type { Wie } from '../registry/casussen';
import { opslaanbaarFout } from '../../shared/schemas/tekst';
import { ApiFout } from './api-fout';
import type { ApiVerzoek, Omgeving } from './types';

const aangemelden = new WeakMap<ApiVerzoek, Gebruiker>();

/** The user a request was authenticated as, once `aangemeld` has validated its token (for the processing log of a refusal). */
export const aangemeldAls = (v: ApiVerzoek): Gebruiker | undefined => aangemelden.get(v);

/** Validates the bearer token, takes the request from the user's rate limit, and checks the role for the action. */
export async function aangemeld(v: ApiVerzoek, o: Omgeving, actie: Actie): Promise<Gebruiker> {
  const g = await o.auth.verifieer(v.header('authorization'));
  aangemelden.set(v, g);
  o.snelheid.neem(g.id);
  vereisRol(g, actie);
  return g;
}

/**
 * A path parameter decoded: a malformed percent escape or text the registry cannot store (a NUL, a lone surrogate)
 * is a 400 naming the parameter, never a failure further on.
 */
export function padParameter(v: ApiVerzoek, naam: string): string {
  const ruw = v.params[naam] ?? '';
  let tekst: string;
  try {
    tekst = decodeURIComponent(ruw);
  } catch {
    throw new ApiFout(400, 'ONGELDIGE_INVOER', `${naam} in het pad bevat een ongeldige %-codering; codeer het met encodeURIComponent`, {
      field: naam,
    });
  }
  const fout = opslaanbaarFout(naam, tekst);
  if (fout) throw new ApiFout(400, 'ONGELDIGE_INVOER', fout, { field: naam });
  return tekst;
}

export function wie(g: Gebruiker, v: ApiVerzoek): Wie {
  return { actor: g.id, traceId: v.traceId, gemeenten: g.gemeenten as Gemeente[] };
}

export async function leesJson(v: ApiVerzoek): Promise<unknown> {
  const tekst = await v.tekst();
  if (tekst.trim() === '') throw new ApiFout(400, 'ONGELDIGE_INVOER', 'de body is leeg: stuur JSON (Content-Type: application/json)');
  try {
    return JSON.parse(tekst) as unknown;
  } catch {
    throw new ApiFout(400, 'ONGELDIGE_JSON', "de body is geen geldige JSON; controleer aanhalingstekens, komma's en haken");
  }
}

/** The version from If-Match: `3`, `"3"` or `W/"3"`. Missing → 428; malformed → 400. */
export function leesIfMatch(v: ApiVerzoek): number {
  const kop = v.header('if-match');
  if (kop === undefined || kop.trim() === '') {
    throw new ApiFout(
      428,
      'VERSIE_ONTBREEKT',
      'stuur de kop If-Match met de versie die u las (de ETag van GET /api/cases/{casusnummer}), bijvoorbeeld If-Match: W/"3"',
      { field: 'If-Match' },
    );
  }
  const m = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(kop);
  if (!m)
    throw new ApiFout(400, 'ONGELDIGE_INVOER', `If-Match moet een versienummer zijn, zoals 3, "3" of W/"3", niet ${kop.slice(0, 40)}`, {
      field: 'If-Match',
    });
  return Number(m[1]);
}

export const etag = (versie: number): string => `W/"${versie}"`;
