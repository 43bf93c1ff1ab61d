/**
 * API errors: one shape, `{error: {code, message, argument|field}}`, a Dutch message, the right status.
 * DomeinFout → the status of its code in STATUS_VAN_CODE (400 when not listed); validation → 400; auth → 401/403
 * and size → 413 (ApiFout). Anything unexpected is 500 with a trace id and no detail.
 */
import { z } from 'zod';
import { DomeinFout, type FoutCode } from '../../shared/errors';
import { isGeldigBsn } from '../../shared/rules/bsn';
import { ApiFout } from './api-fout';
import type { ApiAntwoord } from './types';

/** The one table from a domain error's code to its HTTP status; every code not listed is the caller's input (400). */
const STATUS_VAN_CODE: Partial<Record<FoutCode, number>> = {
  NIET_GEVONDEN: 404,
  NIET_OP_WACHTLIJST: 404,
  ONGELDIGE_VOLGORDE: 409,
  AL_GEIMPORTEERD: 409,
  BUDGET_BESTAAT: 409,
  VIER_OGEN: 403,
  AL_BEHANDELD: 409,
  VERSIE_VEROUDERD: 412,
};

const nl = z.locales.nl();

/** Parses with a zod schema; a failure becomes a 400 naming the first offending field, in Dutch. */
export function valideer<S extends z.ZodType>(schema: S, waarde: unknown, bron = ''): z.infer<S> {
  const r = schema.safeParse(waarde, { error: nl.localeError });
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const pad = [bron, ...issue.path.map(String)].filter(Boolean).join('.');
  const veld = issue.code === 'unrecognized_keys' ? [pad, ...(issue as { keys: string[] }).keys].filter(Boolean).join('.') : pad;
  const bericht =
    issue.code === 'unrecognized_keys'
      ? `onbekend veld "${(issue as { keys: string[] }).keys.join('", "')}"; dat veld is hier niet toegestaan`
      : issue.message;
  const laatste = veld.split('.').at(-1) ?? '';
  const tekst = !veld || (laatste && bericht.startsWith(laatste)) ? bericht : `${veld}: ${bericht}`;
  throw new ApiFout(400, 'ONGELDIGE_INVOER', tekst, veld ? { field: veld } : {});
}

/** Strips anything that looks like a BSN (nine digits) from text that may reach a log. */
export function zonderBsn(tekst: string): string {
  return tekst.replace(/\d{9}/g, '*********');
}

/** Masks every nine-digit number that passes the elfproef: a BSN typed into another field is never echoed back. */
export function maskeerBsn(tekst: string): string {
  return tekst.replace(/(?<!\d)\d{9}(?!\d)/g, (n) => (isGeldigBsn(n) ? '*********' : n));
}

function maskeerTeksten(waarde: unknown): unknown {
  if (typeof waarde === 'string') return maskeerBsn(waarde);
  if (Array.isArray(waarde)) return waarde.map(maskeerTeksten);
  if (waarde && typeof waarde === 'object')
    return Object.fromEntries(Object.entries(waarde).map(([k, w]) => [maskeerBsn(k), maskeerTeksten(w)]));
  return waarde;
}

/**
 * The one scrub of error text leaving the API: every text in `error` (message, field, the lines of an import…)
 * with BSNs masked. Applied to every error answer (routes.ts, the local server) and to the per-call errors of a batch.
 */
export function zonderBsnInFout<T>(waarde: T): T {
  if (!waarde || typeof waarde !== 'object' || !('error' in waarde)) return waarde;
  return { ...waarde, error: maskeerTeksten(waarde.error) };
}

export function foutAntwoord(e: unknown, traceId: string): { antwoord: ApiAntwoord; onverwacht: boolean } {
  if (e instanceof ApiFout) {
    return {
      antwoord: {
        status: e.status,
        body: { error: { code: e.code, message: e.message, ...e.plaats, ...e.extra } },
        ...(Object.keys(e.koppen).length ? { headers: e.koppen } : {}),
      },
      onverwacht: false,
    };
  }
  if (e instanceof DomeinFout) {
    const status = STATUS_VAN_CODE[e.code] ?? 400;
    const plaats = { ...(e.argument !== undefined ? { argument: e.argument } : {}), ...(e.field !== undefined ? { field: e.field } : {}) };
    return { antwoord: { status, body: { error: { code: e.code, message: e.message, ...plaats, ...e.details } } }, onverwacht: false };
  }
  return {
    antwoord: {
      status: 500,
      body: {
        error: {
          code: 'INTERNE_FOUT',
          message: `Er ging iets mis op de server; er is niets half opgeslagen. Meld dit met trace-id ${traceId} aan de beheerder.`,
        },
      },
    },
    onverwacht: true,
  };
}
