import type { Role } from '@ttm/accounts';
import type { CooperationMode, PostingKind } from '@ttm/postings';
import type { RejectionReason, ReviewState } from './match-review.rules.ts';

export interface MatchPair {
  offerId: string;
  demandId: string;
}

/** What the matching job computed for a pair. */
export interface MatchScore {
  score: number;
  components: Record<string, number>;
  explanation: object;
  scoringVersion: string;
  offerVersion: number;
  demandVersion: number;
  computedAt: Date;
}

/** A pair as the matching job writes it. */
export interface MatchRow extends MatchPair, MatchScore {}

/**
 * Filters of match lists. On a posting's list they apply to the counterpart; on the queue,
 * `country`, `language` and `mode` match when either side has them and `trl` is the offer's.
 */
export interface MatchFilters {
  minScore?: number | undefined;
  /** ISO 3166-1 alpha-2 of the posting's owner. */
  country?: string | undefined;
  /** Language of the original text. */
  language?: string | undefined;
  /** The offer's TRL at least. */
  trl?: number | undefined;
  mode?: CooperationMode | undefined;
  state?: ReviewState | undefined;
}

export interface MatchPage {
  offset: number;
  limit: number;
}

export const QUEUE_SORTS = ['score', 'newest'] as const;
/** `score`: best first; `newest`: most recently computed first (then by score). */
export type QueueSort = (typeof QUEUE_SORTS)[number];

/** What a broker covers (empty lists: everything); see MatchListsService.queue. */
export interface Portfolio {
  countries: string[];
  fields: string[];
}

/** Whose queue: admins see every pair, brokers the pairs of their portfolio. */
export interface QueueViewer {
  role: Role;
  portfolio: Portfolio;
}

/** One side of a pair as lists show it: the original text, never a translation. */
export interface MatchedPosting {
  id: string;
  kind: PostingKind;
  title: string;
  summary: string;
  /** Language of `title` and `summary` (the original's). */
  language: string;
  country: string;
}

export interface ReviewView {
  state: ReviewState;
  reasonCode: RejectionReason | null;
  note: string | null;
  /** 0 while the pair has never been reviewed. */
  version: number;
  updatedAt: Date | null;
}

interface ScoredPair extends MatchScore {
  review: ReviewView;
}

/** An entry of one posting's list. */
export interface PostingMatch extends ScoredPair {
  counterpart: MatchedPosting;
}

/** An entry of the brokers' queue. */
export interface QueueMatch extends ScoredPair {
  offer: MatchedPosting;
  demand: MatchedPosting;
}

export interface ReviewChange {
  state: ReviewState;
  reasonCode: RejectionReason | null;
  note: string | null;
  /** The review version the broker read (0: never reviewed); omitted, the change is not checked for staleness. */
  version?: number | undefined;
}

/** Who changes a review, and the request that did it. */
export interface ReviewActor {
  actorId: string;
  correlationId?: string | undefined;
}

export interface ReviewAuditEntry {
  id: string;
  actorId: string;
  fromState: ReviewState;
  toState: ReviewState;
  reasonCode: RejectionReason | null;
  note: string | null;
  at: Date;
  correlationId: string | null;
}
