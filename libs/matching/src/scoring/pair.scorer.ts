import type { PostingFeatures } from '@ttm/search';
import type { ConceptGraph } from '@ttm/language';
import { conceptsScore } from './concepts.component.ts';
import { budgetFit, freshnessFit, geographyFit, modeFit, trlFit } from './fit.components.ts';
import { ipcScore, sideCodes } from './ipc.component.ts';
import { lexicalScore } from './lexical.component.ts';
import { explainPair } from './pair.explanation.ts';
import { filterReason } from './pair.filters.ts';
import type { ScoringConfig } from './scoring.config.ts';
import type { ComponentScores, PairEvaluation, PairScore } from './scoring.types.ts';
import { techTokensScore } from './tech-tokens.component.ts';

/**
 * Scores one offer against one demand: pure and synchronous (the brute-force oracle calls it
 * directly; `rankCandidates` gives the same numbers). `now` is the reference time for expiry and
 * freshness. Throws only when the two postings are not an offer and a demand.
 */
export function scorePair(
  offer: PostingFeatures,
  demand: PostingFeatures,
  graph: ConceptGraph,
  config: ScoringConfig,
  now: Date,
): PairScore {
  return toPairScore(evaluatePair(offer, demand, graph, config, now), graph, config);
}

export function evaluatePair(
  offer: PostingFeatures,
  demand: PostingFeatures,
  graph: ConceptGraph,
  config: ScoringConfig,
  now: Date,
): PairEvaluation {
  if (offer.kind !== 'offer' || demand.kind !== 'demand') {
    throw new TypeError(`scorePair takes an offer and a demand, got ${offer.kind} and ${demand.kind}`);
  }
  const lexical = lexicalScore(offer, demand, config);
  const concepts = conceptsScore(offer, demand, graph, config);
  const ipc = ipcScore(offer, demand, config);
  const techTokens = techTokensScore(offer, demand, config);
  const trl = trlFit(offer, demand, config);
  const mode = modeFit(offer, demand, config);
  const budget = budgetFit(offer, demand, config);
  const geography = geographyFit(offer, demand, config);
  const freshness = freshnessFit(offer, demand, config, now);

  const components: ComponentScores = {
    lexical: lexical.value,
    concepts: concepts.value,
    ipc: ipc.value,
    techTokens: techTokens.value,
    trl: trl.value,
    mode: mode.value,
    budget: budget.value,
    geography: geography.value,
    freshness: freshness.value,
  };
  const applicable = {
    lexical: offer.language === demand.language,
    ipc: sideCodes(offer).length > 0 && sideCodes(demand).length > 0,
  };
  const { relevance, fit, score } = combineScores(components, applicable, config);
  const filteredOut = filterReason(offer, demand, components, config, now);
  return {
    offer,
    demand,
    score: filteredOut ? 0 : score,
    relevance,
    fit,
    components,
    filteredOut,
    evidence: {
      lexical,
      concepts,
      ipc,
      techTokens,
      notes: [trl.evidence, mode.evidence, budget.evidence, ...geography.evidence, freshness.evidence],
    },
  };
}

/**
 * relevance = weighted mean of the topical components; fit = weighted mean of the practical ones;
 * score = relevance × (fitFloor + (1 − fitFloor) × fit).
 *
 * Left out of the relevance mean (their weight shared by the others in proportion):
 * - lexical across languages: texts in different languages share only concepts, IPC codes and
 *   tokens, and must be able to score as high as a same-language pair;
 * - IPC when either side has no code at all (declared or inferred): a missing classification is
 *   not a disagreement.
 * Concepts and technical tokens always count: they are the bridge; finding none is evidence.
 */
export function combineScores(
  components: ComponentScores,
  applicable: { lexical: boolean; ipc: boolean },
  config: ScoringConfig,
): { relevance: number; fit: number; score: number } {
  const rw = config.relevanceWeights;
  const relevance = weightedMean([
    [components.lexical, applicable.lexical ? rw.lexical : 0],
    [components.concepts, rw.concepts],
    [components.ipc, applicable.ipc ? rw.ipc : 0],
    [components.techTokens, rw.techTokens],
  ]);
  const fw = config.fitWeights;
  const fit = weightedMean([
    [components.trl, fw.trl],
    [components.mode, fw.mode],
    [components.budget, fw.budget],
    [components.geography, fw.geography],
    [components.freshness, fw.freshness],
  ]);
  const score = relevance * (config.fitFloor + (1 - config.fitFloor) * fit);
  return { relevance, fit, score };
}

function weightedMean(values: [number, number][]): number {
  let sum = 0;
  let weights = 0;
  for (const [value, weight] of values) {
    sum += value * weight;
    weights += weight;
  }
  return weights > 0 ? clamp01(sum / weights) : 0;
}

export function toPairScore(evaluation: PairEvaluation, graph: ConceptGraph, config: ScoringConfig): PairScore {
  const c = evaluation.components;
  return {
    offerId: evaluation.offer.id,
    demandId: evaluation.demand.id,
    score: round4(evaluation.score),
    relevance: round4(evaluation.relevance),
    fit: round4(evaluation.fit),
    components: {
      lexical: round4(c.lexical),
      concepts: round4(c.concepts),
      ipc: round4(c.ipc),
      techTokens: round4(c.techTokens),
      trl: round4(c.trl),
      mode: round4(c.mode),
      budget: round4(c.budget),
      geography: round4(c.geography),
      freshness: round4(c.freshness),
    },
    explanation: explainPair(evaluation, graph, config),
    ...(evaluation.filteredOut && { filteredOut: evaluation.filteredOut }),
    configVersion: config.version,
  };
}

export function round4(value: number): number {
  return Math.round(clamp01(value) * 10_000) / 10_000;
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
