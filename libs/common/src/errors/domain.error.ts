/** What went wrong, in terms the HTTP layer maps to a status code once (apps/api). */
export type DomainErrorKind =
  | 'invalid' // 400: the request is malformed (shape, types, formats)
  | 'unprocessable' // 422: well-formed, but breaks a rule of the domain
  | 'not_found' // 404
  | 'conflict' // 409: stale version, duplicate key
  | 'forbidden' // 403
  | 'unauthenticated' // 401
  | 'too_large' // 413
  | 'too_many_requests' // 429
  | 'unavailable'; // 503: a dependency is down

export interface ErrorDetail {
  /** Dotted path of the offending field, e.g. `translations.0.title`. */
  path: string;
  /** Stable machine-readable code, e.g. `too_long`. */
  code: string;
  message: string;
}

/**
 * Base class of every error the domain raises on purpose. `code` is stable and documented
 * (e.g. `offer.not_found`); `message` is for people; `details` name fields.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}
