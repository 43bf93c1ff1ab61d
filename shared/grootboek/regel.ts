/**
 * A ledger line as both readers make it (the full one in grootboekregels.ts, the fast one in gewone-regel.ts), and
 * the columns a file names; apart so the two readers share them without importing each other.
 */
import type { Gemeente, Grootboeksoort, Maand } from '../schemas/grootboek-waarden';
import type { Datum } from '../time/datum';

export interface Grootboekregel {
  /** Line number in the file or sheet row, for messages. */
  regel: number;
  gemeente: Gemeente;
  boekdatum: Datum;
  /** The month the spend is for (`YYYY-MM`); the BUIG year and the reconciliation month follow it. */
  periode: Maand;
  soort: Grootboeksoort;
  casusnummer: string | null;
  /** The amount in whole cents: exact for any ledger amount. */
  centen: bigint;
}

export const KOLOMMEN = ['gemeente', 'boekdatum', 'periode', 'soort', 'casusnummer', 'bedrag'] as const;

/** One line's amount fits the registry's column numeric(14, 2): below 10^12 euro either way. */
export const MAX_BOEKING_CENTEN = 10n ** 14n;
export const MAX_BOEKING_CENTEN_GETAL = Number(MAX_BOEKING_CENTEN);

/** The longest casusnummer a line may carry. */
export const MAX_CASUSNUMMER = 40;

/** Character codes both readers read amounts and dates by. */
export const STREEP = 0x2d;
export const PUNT = 0x2e;
export const KOMMA = 0x2c;
export const NUL = 0x30;
export type Kolom = (typeof KOLOMMEN)[number];
