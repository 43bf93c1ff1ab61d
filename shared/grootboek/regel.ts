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
export type Kolom = (typeof KOLOMMEN)[number];
