/**
 * The one error the add-in's client raises: a call the API refused (with the API's Dutch message)
 * or a request that failed (no answer, timeout, server error). Custom functions map it to a cell error.
 */
import type { FoutCode } from '../../shared/errors';

/** The domain's codes as the API sends them, and the client's own for a request that failed. */
export type ClientFoutCode = FoutCode | 'INTERNE_FOUT' | 'NIET_AANGEMELD' | 'GEEN_VERBINDING' | 'TIME_OUT';

/** Codes that say something about the call itself: the same call gives the same answer, so it may be cached. */
const VAN_DE_AANROEP = new Set<string>(['ONGELDIGE_INVOER', 'BUITEN_PARAMETERBEREIK', 'ONBEKENDE_FUNCTIE']);

export class AvresFout extends Error {
  readonly code: string;
  /** 1-based position of the offending argument, when the API named one. */
  readonly argument?: number;
  /** The field of a request body the API refused (`waarde.perUur`), so a form shows the message beside it. */
  readonly veld?: string;

  constructor(code: ClientFoutCode | string, message: string, argument?: number, veld?: string) {
    super(message);
    this.name = 'AvresFout';
    this.code = code;
    if (argument !== undefined) this.argument = argument;
    if (veld !== undefined) this.veld = veld;
  }

  /** True when the error is a property of the call (bad input), not of the moment (network, registry). */
  get blijvend(): boolean {
    return VAN_DE_AANROEP.has(this.code);
  }
}
