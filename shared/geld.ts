import Decimal from 'decimal.js';
import { heleCentenAlsTekst, saldoTekst, type Centen, type Saldo } from './breuk';
import { metWaarde, type Resultaat } from './uitleg';

/**
 * Rounds an amount to whole cents, half up (no statute prescribes another mode for these amounts).
 * @example opCenten(new Decimal('2477.952')).toFixed(2) // '2477.95'
 */
export function opCenten(bedrag: Decimal): Decimal {
  return bedrag.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * An amount of money as text with two decimals and a point (half up, decimal.js's configured rounding): the
 * text of every amount in a step, an API answer and the registry.
 * @example bedragTekst(new Decimal('1224.105')) // '1224.11'
 * @example bedragTekst(new Decimal(-50)) // '-50.00'
 */
export function bedragTekst(bedrag: Decimal): string {
  return bedrag.toFixed(2);
}

/**
 * Whole cents (or hundredths of anything) from the integer core as a Decimal, exactly: through their text, so a
 * bigint past 2^53 is not rounded to decimal.js's precision as a division would round it. For the Decimal results
 * the rules keep for their callers.
 * @example centenAlsDecimal(122411).toFixed(2) // '1224.11'
 * @example centenAlsDecimal(10n ** 22n).toFixed(2) // '100000000000000000000.00'
 */
export function centenAlsDecimal(aantal: Centen): Decimal {
  return new Decimal(heleCentenAlsTekst(aantal));
}

/**
 * A rule's result in whole cents (or hundredths of a place) as the Decimal result the rules keep for their callers,
 * its steps unwritten until read (`metWaarde`). The catalogue's twin, to the number of the answer, is `uitHonderdsten`.
 * @example resultaatAlsDecimal({ waarde: 122411, stappen: [] }).waarde.toFixed(2) // '1224.11'
 */
export function resultaatAlsDecimal(r: Resultaat<Centen>): Resultaat<Decimal> {
  return metWaarde(r, centenAlsDecimal(r.waarde));
}

/**
 * An exact Saldo with a power of ten below the line (a sum of ledger amounts, a saldo) as a Decimal, exactly:
 * through its text, as decimal.js would round a sum to 20 significant digits.
 * @example saldoAlsDecimal({ teller: -8000005, noemer: 10 }).toFixed() // '-800000.5'
 */
export function saldoAlsDecimal(s: Saldo): Decimal {
  return new Decimal(saldoTekst(s));
}
