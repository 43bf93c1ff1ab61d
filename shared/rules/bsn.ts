/**
 * Burgerservicenummer: the elfproef.
 *
 * Wet algemene bepalingen burgerservicenummer art. 1 onder b; the check itself (the "elfproef") is set out in
 * the Logisch Ontwerp BSN of Rijksdienst voor Identiteitsgegevens: for a number d1…d9,
 * 9·d1 + 8·d2 + 7·d3 + 6·d4 + 5·d5 + 4·d6 + 3·d7 + 2·d8 − 1·d9 is divisible by 11 (and a BSN is never 000000000).
 * A BSN is personal data: this module never puts the number into an error message.
 */
import { ongeldig } from '../errors';

const GEWICHTEN = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

/** The elfproef's weighted sum of the leading digits given (eight or all nine). */
function gewogenSom(cijfers: string): number {
  let som = 0;
  for (let i = 0; i < cijfers.length; i++) som += GEWICHTEN[i]! * Number(cijfers[i]);
  return som;
}

/**
 * True when the text is nine digits that pass the elfproef.
 * @example isGeldigBsn('111222333') // true
 * @example isGeldigBsn('123456789') // false
 */
export function isGeldigBsn(tekst: string): boolean {
  if (!/^\d{9}$/.test(tekst) || tekst === '000000000') return false;
  return gewogenSom(tekst) % 11 === 0;
}

/**
 * Checks a BSN and returns it as nine digits, or raises a Dutch error that never repeats the number.
 * Eight-digit numbers get their leading zero back, as the BSN allows.
 * @example leesBsn('111 222 333') // '111222333'
 */
export function leesBsn(tekst: string, field = 'bsn'): string {
  const schoon = tekst.replace(/[\s.-]/g, '');
  const negen = /^\d{8}$/.test(schoon) ? `0${schoon}` : schoon;
  if (!/^\d{9}$/.test(negen)) ongeldig('het BSN moet uit 9 cijfers bestaan (8 mag ook: dan telt een voorloopnul)', { field });
  if (!isGeldigBsn(negen)) ongeldig('het BSN is ongeldig: het voldoet niet aan de elfproef; controleer het nummer', { field });
  return negen;
}

/**
 * A number that passes the elfproef, made deterministically from a counter (0 ≤ volgnummer < 10.000.000), for
 * demo and test data only: the eight leading digits are 9xxxxxxx (8xxxxxxx when 9xxxxxxx has no valid check
 * digit: the two differ in their weighted sum by 9, so at most one of them fails) and the ninth is the check
 * digit. Distinct counters give distinct numbers. They are computed, not taken from any register.
 * @example proefBsn(1) // '900000016'
 */
export function proefBsn(volgnummer: number): string {
  if (!Number.isInteger(volgnummer) || volgnummer < 0 || volgnummer >= 10_000_000) {
    ongeldig('volgnummer voor een proef-BSN moet een geheel getal van 0 tot 10.000.000 zijn');
  }
  for (const begin of [90_000_000, 80_000_000]) {
    const acht = String(begin + volgnummer);
    const controle = gewogenSom(acht) % 11;
    if (controle < 10) return `${acht}${controle}`;
  }
  throw new Error('onbereikbaar: hoogstens een van beide beginreeksen heeft controlecijfer 10');
}
