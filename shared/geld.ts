import Decimal from 'decimal.js';

/**
 * Rounds an amount to whole cents, half up (no statute prescribes another mode for these amounts).
 * @example opCenten(new Decimal('2477.952')).toFixed(2) // '2477.95'
 */
export function opCenten(bedrag: Decimal): Decimal {
  return bedrag.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}
