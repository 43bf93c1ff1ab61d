/**
 * Figures written the Dutch way for texts that quote them (catalogue descriptions, step labels): a text says
 * what the parameters hold, so a new figure changes the text with it.
 */
import type Decimal from 'decimal.js';

const GETAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 10 });
const CENTEN = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const OPSOMMING = new Intl.ListFormat('nl', { type: 'conjunction' });

/**
 * A fraction as a Dutch percentage, decimal comma, no trailing zeros.
 * @example procentNl(new Decimal('0.075')) // '7,5%'
 */
export function procentNl(fractie: Decimal): string {
  return `${GETAL.format(fractie.times(100).toNumber())}%`;
}

/**
 * An amount in euros the Dutch way, thousands dot and decimal comma, no cents when it is whole.
 * @example euroNl(new Decimal(1442)) // '€1.442'
 */
export function euroNl(bedrag: Decimal): string {
  return `€${(bedrag.isInteger() ? GETAL : CENTEN).format(bedrag.toNumber())}`;
}

/**
 * A list of items as a Dutch enumeration.
 * @example opsommingNl(['€23', '€35', '€45']) // '€23, €35 en €45'
 */
export function opsommingNl(delen: readonly string[]): string {
  return OPSOMMING.format(delen);
}
