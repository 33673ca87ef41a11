import { DomainError } from '@ttm/common';
import type { PostingKind } from '@ttm/postings';
import type { MatchPair } from './match.types.ts';

/** The same code and message as the postings' own 404, so both routes read alike. */
export const postingNotFound = (kind: PostingKind, id: string) =>
  new DomainError('not_found', `${kind}.not_found`, `No ${kind} ${id}`);

export const matchNotFound = ({ offerId, demandId }: MatchPair) =>
  new DomainError('not_found', 'match.not_found', `No match between offer ${offerId} and demand ${demandId}`);

export const staleReview = (current: number, sent: number) =>
  new DomainError('conflict', 'match_review.stale_version', 'The review changed since you read it', [
    { path: 'version', code: 'stale', message: `current version is ${current}, you sent ${sent}` },
  ]);
