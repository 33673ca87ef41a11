import { DomainError, type DomainErrorKind } from '@ttm/common';

/** How a call to an enrichment server failed. */
export type EnrichmentFailure =
  /** No complete answer within the per-request timeout. */
  | 'timeout'
  /** The server could not be reached (refused, reset, DNS). */
  | 'unreachable'
  /** 429 or 5xx, still failing after the retries. */
  | 'unavailable'
  /** Any other 4xx: the request itself is wrong (unsupported language, bad key, input too long). */
  | 'rejected'
  /** 2xx, but not the shape the API promises (missing fields, wrong count or order). */
  | 'bad_response'
  /** Vectors of another length than `EMBEDDING_DIMENSIONS`, or of mixed lengths. */
  | 'dimensions_mismatch'
  /** The caller passed something the adapter will not send (e.g. a blank text to embed). */
  | 'invalid_input'
  /** The caller stopped waiting (a worker shutting down); the job is tried again later. */
  | 'cancelled';

const KIND: Record<EnrichmentFailure, DomainErrorKind> = {
  timeout: 'unavailable',
  unreachable: 'unavailable',
  unavailable: 'unavailable',
  rejected: 'unprocessable',
  bad_response: 'unavailable',
  dimensions_mismatch: 'unprocessable',
  invalid_input: 'invalid',
  cancelled: 'unavailable',
};

/**
 * A translation or embedding call that failed. Names the provider (`libretranslate:<url>`) and the
 * HTTP status when there was one; never carries the texts that were sent. `code` is
 * `<capability>.<failure>`, e.g. `translation.rejected`, `embedding.dimensions_mismatch`.
 */
export class EnrichmentError extends DomainError {
  constructor(
    readonly capability: 'translation' | 'embedding',
    readonly provider: string,
    readonly failure: EnrichmentFailure,
    readonly status: number | null,
    message: string,
  ) {
    super(
      KIND[failure],
      `${capability}.${failure}`,
      `${provider}: ${status === null ? '' : `HTTP ${status}: `}${message}`,
    );
  }

  /** Worth trying again later (a job retry): the server was slow, away or overloaded. */
  get transient(): boolean {
    return ['timeout', 'unreachable', 'unavailable', 'cancelled'].includes(this.failure);
  }
}
