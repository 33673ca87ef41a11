// Matching: pure scoring functions, candidate generation, match lists and broker reviews.
export { rankCandidates, type RankOptions, type RankedCandidates } from './scoring/candidates.ranker.ts';
export { ConceptGraph, conceptGraphFromThesaurus } from './scoring/concept.graph.ts';
export { parseIpc, type ParsedIpc } from './scoring/ipc.parser.ts';
export { scorePair } from './scoring/pair.scorer.ts';
export {
  DEFAULT_SCORING_CONFIG,
  scoringConfigFingerprint,
  validateScoringConfig,
  type ScoringConfig,
} from './scoring/scoring.config.ts';
export type { ComponentScores, Explanation, Note, NoteCode, PairScore, ReasonCode } from './scoring/scoring.types.ts';
