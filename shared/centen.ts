/**
 * Amounts as whole cents in a bigint: exact at any size and free of decimal.js, so the add-in can check ledger
 * lines with the same reader the API uses without carrying a decimal library.
 */

const DECIMAAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/**
 * Reads a decimal number (`1234.56`, `-0.5`, or a JavaScript number's own text such as `1e+21`) as whole
 * cents; `undefined` when it is no number or has a non-zero digit past the cents.
 * @example centenUitDecimaal('1224.11') // 122411n
 * @example centenUitDecimaal('1.005') // undefined
 */
export function centenUitDecimaal(tekst: string): bigint | undefined {
  const m = DECIMAAL.exec(tekst);
  if (!m) return undefined;
  const [, teken, geheel, breuk = '', exponent = '0'] = m;
  const cijfers = geheel! + breuk;
  // The position of the decimal point in `cijfers`, moved by the exponent, then two places for the cents.
  const punt = geheel!.length + Number(exponent) + 2;
  const opgevuld = punt > cijfers.length ? cijfers.padEnd(punt, '0') : cijfers;
  const rest = punt < 0 ? opgevuld : opgevuld.slice(Math.max(punt, 0));
  if (/[1-9]/.test(rest)) return undefined;
  const centen = BigInt(punt <= 0 ? '0' : opgevuld.slice(0, punt));
  return teken === '-' ? -centen : centen;
}

/**
 * An amount of cents as text with two decimals and a point, a minus before a negative amount: the text every
 * stored and hashed ledger amount has.
 * @example centenTekst(122411n) // '1224.11'
 * @example centenTekst(-50n) // '-0.50'
 */
export function centenTekst(centen: bigint): string {
  const teken = centen < 0n ? '-' : '';
  const cijfers = (centen < 0n ? -centen : centen).toString().padStart(3, '0');
  return `${teken}${cijfers.slice(0, -2)}.${cijfers.slice(-2)}`;
}
