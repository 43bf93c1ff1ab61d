/**
 * An answer that is not the domain's: authentication, authorisation, size and request-format refusals, each with
 * its own status. A leaf module, so the auth layer can raise it without depending on the HTTP plumbing.
 */
export class ApiFout extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly plaats: { field?: string; argument?: number } = {},
    readonly extra: Record<string, unknown> = {},
    /** Headers the answer carries, such as Retry-After on a 429. */
    readonly koppen: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiFout';
  }
}

/** The refusal of a request body beyond the limit, the same from both hosts. */
export const bodyTeGroot = (max: number): ApiFout =>
  new ApiFout(413, 'TE_GROOT', `de body is te groot: hoogstens ${max} bytes (AVRES_MAX_BODY_BYTES); splits het verzoek`);
