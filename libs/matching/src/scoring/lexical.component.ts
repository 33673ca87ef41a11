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

  const [small, large] =
    Object.keys(offer.terms).length <= Object.keys(demand.terms).length
      ? [offer.terms, demand.terms]
      : [demand.terms, offer.terms];
  let dot = 0;
  const shared: [string, number][] = [];
  for (const term in small) {
    const a = sublinear(small[term]!);
    const b = sublinear(large[term]);
    if (a > 0 && b > 0) {
      dot += a * b;
      shared.push([term, a * b]);
    }
  }
  const norm = vectorNorm(offer.terms) * vectorNorm(demand.terms);
  const value = norm > 0 ? Math.min(1, dot / norm) : 0;
  shared.sort(([ta, a], [tb, b]) => b - a || (ta < tb ? -1 : 1));
  return {
    value,
    evidence: { sameLanguage, sharedTerms: shared.slice(0, config.explanation.maxTerms).map(([t]) => t) },
  };
}

function sublinear(tf: number | undefined): number {
  return tf !== undefined && tf > 0 && Number.isFinite(tf) ? 1 + Math.log(tf) : 0;
}

function vectorNorm(terms: Record<string, number>): number {
  let sum = 0;
  for (const term in terms) {
    const w = sublinear(terms[term]);
    sum += w * w;
  }
  return Math.sqrt(sum);
}
