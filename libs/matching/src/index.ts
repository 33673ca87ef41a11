// Matching: pure scoring functions, candidate generation, match lists and broker reviews.
export { MatchReviewAuditEntity } from './match-review-audit.entity.ts';
export { MatchReviewEntity } from './match-review.entity.ts';
export {
  assertReviewReason,
  assertReviewTransition,
  canChangeReview,
  REJECTION_REASONS,
  REVIEW_NOTE_MAX_LENGTH,
  REVIEW_STATES,
  type RejectionReason,
  type ReviewState,
} from './match-review.rules.ts';
export { MatchReviewService } from './match-review.service.ts';
export { MatchEntity } from './match.entity.ts';
export { MatchListsService, queueScope } from './match-lists.service.ts';
export * from './match.types.ts';
export { MatchesRepository } from './matches.repository.ts';
export { MatchingModule } from './matching.module.ts';
