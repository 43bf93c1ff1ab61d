/**
 * The fixed value lists of the finance side (kinds of ledger line, BUIG budgets), without any schema library:
 * the add-in's finance panes read these, and its bundle carries no validator (the API validates).
 */

/** The three Avres gemeenten; the BUIG belongs to each of them, not to Avres (Pw art. 8c, FACTS §4). */
export { GEMEENTEN, type Gemeente } from './casus-waarden';

/** Kinds of ledger line: bijstand and LKS are the BUIG's netto lasten (Pw art. 69 lid 1); overig is not. */
export const GROOTBOEKSOORTEN = ['bijstand', 'lks', 'overig'] as const;
export type Grootboeksoort = (typeof GROOTBOEKSOORTEN)[number];

/** The BUIG budgets of a year, from first to final (Pw art. 69 lid 4, art. 71; FACTS §4). */
export const BUDGETSOORTEN = ['voorlopig', 'nader_voorlopig', 'definitief'] as const;
export type Budgetsoort = (typeof BUDGETSOORTEN)[number];

/** A calendar month, `YYYY-MM`. */
export type Maand = string;
