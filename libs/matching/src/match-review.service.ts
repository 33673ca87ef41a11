import { Injectable } from '@nestjs/common';
import { MatchReviewsRepository } from './match-reviews.repository.ts';
import { assertReviewReason, assertReviewTransition } from './match-review.rules.ts';
import { matchNotFound, staleReview } from './match.errors.ts';
import type { MatchPair, ReviewActor, ReviewAuditEntry, ReviewChange, ReviewView } from './match.types.ts';

/** Brokers' decisions on pairs: the pipeline's rules, the version check, one audit row per change. */
@Injectable()
export class MatchReviewService {
  constructor(private readonly reviews: MatchReviewsRepository) {}

  /**
   * Moves a pair's review to `change.state`, in one transaction with its audit row. Refuses, and
   * writes nothing: a reason that breaks the rules (422), a pair without a match row (404), a
   * stale `version` (409 `match_review.stale_version`), a move the pipeline forbids
   * (409 `match_review.illegal_transition`).
   */
  async change(actor: ReviewActor, pair: MatchPair, change: ReviewChange): Promise<ReviewView> {
    assertReviewReason(change.state, change.reasonCode, change.note);
    return this.reviews.transaction(async (m) => {
      if (!(await this.reviews.holdMatch(m, pair))) throw matchNotFound(pair);
      const current = await this.reviews.lockReview(m, pair);
      const from = current?.state ?? 'new';
      const version = current?.version ?? 0;
      if (change.version !== undefined && change.version !== version) throw staleReview(version, change.version);
      assertReviewTransition(from, change.state);
      const saved = current
        ? await this.reviews.updateReview(m, pair, change, actor)
        : await this.reviews.insertReview(m, pair, change, actor);
      // Another transaction reviewed the pair first (between our read and our insert).
      if (!saved) throw staleReview(version + 1, version);
      await this.reviews.insertAudit(m, pair, from, change, actor);
      return saved;
    });
  }

  /** Every change of the pair's review, oldest first; 404 when the pair has neither a match nor a history. */
  async auditTrail(pair: MatchPair): Promise<ReviewAuditEntry[]> {
    const trail = await this.reviews.auditTrail(pair);
    if (trail.length === 0 && !(await this.reviews.matchExists(pair))) throw matchNotFound(pair);
    return trail;
  }
}
