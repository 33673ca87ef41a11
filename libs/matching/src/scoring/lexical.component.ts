import type { PostingFeatures } from '@ttm/search';
import type { ScoringConfig } from './scoring.config.ts';
import type { Component, LexicalEvidence } from './scoring.types.ts';

/**
 * Cosine similarity of the two term vectors with sublinear term frequency (1 + ln tf). Terms come
 * from each language's own analyzer, so they are comparable only within one language: across
 * languages the value is 0 (and `combine` leaves lexical out of the mean).
 */
export function lexicalScore(
  offer: PostingFeatures,
  demand: PostingFeatures,
  config: ScoringConfig,
): Component<LexicalEvidence> {
  const sameLanguage = offer.language === demand.language;
  if (!sameLanguage) return { value: 0, evidence: { sameLanguage, sharedTerms: [] } };

  const a = termVector(offer.terms);
  const b = termVector(demand.terms);
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  const shared: [string, number][] = [];
  for (const [term, x] of small.weights) {
    const y = large.weights.get(term);
    if (y !== undefined) {
      dot += x * y;
      shared.push([term, x * y]);
    }
  }
  const norm = a.norm * b.norm;
  const value = norm > 0 ? Math.min(1, dot / norm) : 0;
  shared.sort(([ta, a], [tb, b]) => b - a || (ta < tb ? -1 : 1));
  return {
    value,
    evidence: { sameLanguage, sharedTerms: shared.slice(0, config.explanation.maxTerms).map(([t]) => t) },
  };
}

interface TermVector {
  /** Terms with a positive weight, 1 + ln tf. */
  weights: Map<string, number>;
  norm: number;
}

/** Per features object: a posting's vector is read for every pair it is in. */
const vectorMemo = new WeakMap<Record<string, number>, TermVector>();

function termVector(terms: Record<string, number>): TermVector {
  let vector = vectorMemo.get(terms);
  if (!vector) {
    const weights = new Map<string, number>();
    let sum = 0;
    for (const term in terms) {
      const w = sublinear(terms[term]);
      if (w <= 0) continue;
      weights.set(term, w);
      sum += w * w;
    }
    vector = { weights, norm: Math.sqrt(sum) };
    vectorMemo.set(terms, vector);
  }
  return vector;
}

function sublinear(tf: number | undefined): number {
  return tf !== undefined && tf > 0 && Number.isFinite(tf) ? 1 + Math.log(tf) : 0;
}
