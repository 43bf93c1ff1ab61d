/**
 * API errors: one shape, `{error: {code, message, argument|field}}`, a Dutch message, the right status.
 * DomeinFout → the status of its code in STATUS_VAN_CODE (400 when not listed); validation → 400; auth → 401/403
 * and size → 413 (ApiFout). Anything unexpected is 500 with a trace id and no detail.
 */
import { z } from 'zod';
import { DomeinFout, type FoutCode } from '../../shared/errors';
import { ApiFout } from './api-fout';
import type { ApiAntwoord } from './types';

/** The one table from a domain error's code to its HTTP status; every code not listed is the caller's input (400). */
const STATUS_VAN_CODE: Partial<Record<FoutCode, number>> = {
  NIET_GEVONDEN: 404,
  NIET_OP_WACHTLIJST: 404,
  ONGELDIGE_VOLGORDE: 409,
  AL_GEIMPORTEERD: 409,
  BUDGET_BESTAAT: 409,
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

export function foutAntwoord(e: unknown, traceId: string): { antwoord: ApiAntwoord; onverwacht: boolean } {
  if (e instanceof ApiFout) {
    return {
      antwoord: { status: e.status, body: { error: { code: e.code, message: e.message, ...e.plaats, ...e.extra } } },
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
