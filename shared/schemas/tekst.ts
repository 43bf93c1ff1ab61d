/**
 * Free text as the registry can store it: PostgreSQL text and jsonb hold neither a NUL character nor half of a
 * UTF-16 surrogate pair, so such text is the caller's error (400 naming the field), never a database failure.
 */
import { z } from 'zod';

const NUL = /\u0000/;
const LOSSE_SURROGAAT = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Why text cannot be stored, as a Dutch sentence naming the field; undefined when it can.
 * @example opslaanbaarFout('toelichting', 'a\u0000b') // 'toelichting mag geen NUL-teken (\\u0000) bevatten'
 * @example opslaanbaarFout('toelichting', 'Gorinchem') // undefined
 */
export function opslaanbaarFout(veld: string, tekst: string): string | undefined {
  if (NUL.test(tekst)) return `${veld} mag geen NUL-teken (\\u0000) bevatten`;
  if (LOSSE_SURROGAAT.test(tekst)) return `${veld} bevat een half teken (een losse UTF-16-surrogaat); stuur geldige Unicode-tekst`;
  return undefined;
}

/**
 * The one schema of a free-text field: text of at most `max` characters that the registry can store.
 * @example tekstveld('toelichting', 1000).safeParse('a\u0000').success // false
 */
export function tekstveld(veld: string, max: number) {
  return z
    .string({ error: `${veld} moet tekst zijn` })
    .max(max, { error: `${veld} mag hoogstens ${max} tekens hebben` })
    .refine((t) => opslaanbaarFout(veld, t) === undefined, { error: (i) => opslaanbaarFout(veld, String(i.input)) });
}
