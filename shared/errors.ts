/**
 * The one typed domain error. Rules, parameters and schemas raise it; the API maps it to an HTTP
 * answer and the add-in to a cell error. The message is Dutch and says what is wrong and what is allowed.
 */
export type FoutCode =
  | 'ONGELDIGE_INVOER'
  | 'BUITEN_PARAMETERBEREIK'
  | 'ONBEKENDE_FUNCTIE'
  | 'NIET_OP_WACHTLIJST'
  | 'NIET_GEVONDEN'
  | 'NIET_BESCHIKBAAR'
  /** An event that does not fit the course of its case (shared/casus/verloop.ts). */
  | 'ONGELDIGE_VOLGORDE'
  /** A change based on a version of a case that is no longer the current one. */
  | 'VERSIE_VEROUDERD'
  /** Ledger lines whose content was imported before. */
  | 'AL_GEIMPORTEERD'
  /** A BUIG budget published on the same date with another amount. */
  | 'BUDGET_BESTAAT'
  /** An approval of a parameter value by the beheerder who recorded it (four eyes). */
  | 'VIER_OGEN'
  /** A parameter entry already approved, withdrawn or corrected. */
  | 'AL_BEHANDELD';

export class DomeinFout extends Error {
  readonly code: FoutCode;
  /** 1-based position of the offending argument of a spreadsheet function, when there is one. */
  readonly argument?: number;
  /** Name of the offending field of a request body, when there is one. */
  readonly field?: string;
  /** What the reader needs to recover, e.g. the current version of a stale case. */
  readonly details?: Readonly<Record<string, unknown>>;

  constructor(code: FoutCode, message: string, plaats?: { argument?: number; field?: string }, details?: Record<string, unknown>) {
    // A domain error is the user's input, not a defect: no stack trace is ever shown, and capturing one costs
    // more than the rule itself in a batch of thousands of bad cells.
    const limiet = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limiet;
    this.name = 'DomeinFout';
    this.code = code;
    if (plaats?.argument !== undefined) this.argument = plaats.argument;
    if (plaats?.field !== undefined) this.field = plaats.field;
    if (details !== undefined) this.details = details;
  }
}

/**
 * Raises an ONGELDIGE_INVOER error.
 * @example ongeldig('loonwaarde moet tussen 0 en 1 liggen (45% = 0,45)', { argument: 1 })
 */
export function ongeldig(message: string, plaats?: { argument?: number; field?: string }): never {
  throw new DomeinFout('ONGELDIGE_INVOER', message, plaats);
}
