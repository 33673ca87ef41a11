import { setImmediate } from 'node:timers';
import type { PostingFeatures } from '@ttm/search';
import type { ConceptGraph } from '@ttm/language';
import { evaluatePair, round4, toPairScore } from './pair.scorer.ts';
import type { ScoringConfig } from './scoring.config.ts';
import type { PairEvaluation, PairScore, ReasonCode } from './scoring.types.ts';

export interface RankOptions {
  /** Give the event loop a turn every this many pairs (BullMQ lock renewal, health checks). Default 500. */
  yieldEvery?: number;
}

export interface RankedCandidates {
  subjectId: string;
  subjectKind: 'offer' | 'demand';
  configVersion: string;
  /** At most `topM`, best first (score desc, then the counterpart's id asc). */
  results: PairScore[];
  counts: {
    /** Candidates received. */
    candidates: number;
    /** Passed over before scoring: not of the other side, or an id seen already. */
    skipped: number;
    scored: number;
    /** Dropped by a hard filter, by reason. */
    filtered: Partial<Record<ReasonCode, number>>;
    /** Scored and kept (before the cut to `topM`). */
    kept: number;
    returned: number;
  };
}

/**
 * Re-ranks the candidates of the other side for one posting (offer or demand). Each pair is scored
 * exactly as `scorePair` does; filtered pairs are dropped and counted; the explanation is written
 * for the returned ones only. Deterministic for the same inputs. Asynchronous only to yield to the
 * event loop every `yieldEvery` pairs, so a long batch never starves a BullMQ lock renewal.
 */
export async function rankCandidates(
  subject: PostingFeatures,
  candidates: readonly PostingFeatures[],
  graph: ConceptGraph,
  config: ScoringConfig,
  now: Date,
  topM: number,
  options: RankOptions = {},
): Promise<RankedCandidates> {
  const yieldEvery = Math.max(1, Math.floor(options.yieldEvery ?? 500));
  const counterpartKind = subject.kind === 'offer' ? 'demand' : 'offer';
  const seen = new Set<string>();
  const kept: PairEvaluation[] = [];
  const filtered: Partial<Record<ReasonCode, number>> = {};
  let skipped = 0;
  let scored = 0;

  for (const candidate of candidates) {
    if (candidate.kind !== counterpartKind || seen.has(candidate.id)) {
      skipped++;
      continue;
    }
    seen.add(candidate.id);
    const evaluation =
      subject.kind === 'offer'
        ? evaluatePair(subject, candidate, graph, config, now)
        : evaluatePair(candidate, subject, graph, config, now);
    scored++;
    if (evaluation.filteredOut) filtered[evaluation.filteredOut] = (filtered[evaluation.filteredOut] ?? 0) + 1;
    else kept.push(evaluation);
    if (scored % yieldEvery === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }

  const counterpartId = (e: PairEvaluation) => (subject.kind === 'offer' ? e.demand.id : e.offer.id);
  // Sorted on the score as reported (four decimals), so equal reported scores fall back to the id.
  const ranked = kept
    .map((evaluation) => ({ evaluation, score: round4(evaluation.score) }))
    .sort((a, b) => b.score - a.score || compare(counterpartId(a.evaluation), counterpartId(b.evaluation)))
    .slice(0, Math.max(0, Math.floor(topM)))
    .map(({ evaluation }) => toPairScore(evaluation, graph, config));

  return {
    subjectId: subject.id,
    subjectKind: subject.kind,
    configVersion: config.version,
    results: ranked,
    counts: { candidates: candidates.length, skipped, scored, filtered, kept: kept.length, returned: ranked.length },
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
