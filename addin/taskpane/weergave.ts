/** How amounts and dates look to a Dutch user. */

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 6 });
const datum = new Intl.DateTimeFormat('nl-NL', { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** @example toonBedrag(1224.11) // '€ 1.224,11' */
export function toonBedrag(n: number): string {
  return euro.format(n).replace(/\u00a0/g, ' ');
}

/** @example toonGetal(2.65) // '2,65' */
export function toonGetal(n: number): string {
  return getal.format(n);
}

/** @example toonDatum('2026-04-28') // 'di 28 april 2026' */
export function toonDatum(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? datum.format(new Date(`${iso}T00:00:00Z`)) : iso;
}

/**
 * A step value: numbers in Dutch notation with the decimals the rule wrote (an amount in cents keeps both:
 * "2294.40" is 2.294,40), dates as dates, text as is.
 * @example toonStapwaarde('2294.40') // '2.294,40'
 */
export function toonStapwaarde(w: string): string {
  const m = /^-?\d+(?:\.(\d+))?$/.exec(w);
  if (!m) return toonDatum(w);
  const decimalen = Math.min(m[1]?.length ?? 0, 20);
  return new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimalen, maximumFractionDigits: decimalen }).format(Number(w));
}

/** A function's result by its kind. */
export function toonUitkomst(soort: 'bedrag' | 'datum' | 'getal' | 'tabel', waarde: unknown): string {
  if (soort === 'bedrag' && typeof waarde === 'number') return toonBedrag(waarde);
  if (soort === 'datum' && typeof waarde === 'string') return toonDatum(waarde);
  if (typeof waarde === 'number') return toonGetal(waarde);
  if (Array.isArray(waarde)) return `tabel van ${waarde.length - 1} stappen`;
  return String(waarde);
}

/** Words that stay as the law and the finance department write them. */
const AFKORTINGEN: Record<string, string> = {
  aow: 'AOW',
  bsn: 'BSN',
  buig: 'BUIG',
  lks: 'LKS',
  uwv: 'UWV',
  wml: 'WML',
};

/**
 * A field's label from its argument name: words, the first with a capital, abbreviations as written.
 * @example veldLabel('uren_per_week') // 'Uren per week'
 * @example veldLabel('wml_factor') // 'WML factor'
 */
export function veldLabel(naam: string): string {
  const woorden = naam.split('_').map((w) => AFKORTINGEN[w] ?? w);
  const eerste = woorden[0] ?? '';
  return [eerste.charAt(0).toUpperCase() + eerste.slice(1), ...woorden.slice(1)].join(' ');
}
