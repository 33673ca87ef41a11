// Matching: pure scoring functions, candidate generation, match lists and broker reviews.
export { rankCandidates, type RankOptions, type RankedCandidates } from './scoring/candidates.ranker.ts';
export { parseIpc, type ParsedIpc } from './scoring/ipc.parser.ts';
export { scorePair } from './scoring/pair.scorer.ts';
export {
  DEFAULT_SCORING_CONFIG,
  scoringConfigFingerprint,
  validateScoringConfig,
  type ScoringConfig,
} from './scoring/scoring.config.ts';
export type { ComponentScores, Explanation, Note, NoteCode, PairScore, ReasonCode } from './scoring/scoring.types.ts';
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
export { CandidateSource } from './engine/candidate.source.ts';
export { IndexBehindError, MatchingEngine, type MatchOutcome } from './engine/matching.engine.ts';
export { MatchingEngineModule } from './engine/matching-engine.module.ts';
export { RematchModule } from './rematch/rematch.module.ts';
export type { RematchProgress } from './rematch/rematch-run.types.ts';
export { RematchService } from './rematch/rematch.service.ts';
