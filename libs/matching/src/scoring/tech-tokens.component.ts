import type { PostingFeatures } from '@ttm/search';
import type { ScoringConfig } from './scoring.config.ts';
import type { Component, SharedToken, TechTokensEvidence } from './scoring.types.ts';

/** Token kinds, by the prefix of the normalised value (see `extractTechnicalTokens` in @ttm/language). */
type KindKey = keyof ScoringConfig['techTokens']['kindWeights'];
const KINDS: ReadonlySet<string> = new Set<KindKey>(['std', 'formula', 'model', 'acr', 'qty', 'term']);

/** The kind of a token key: its prefix before the first ':' (`std:iso:9001` → `std`), else `other`. */
export function tokenKind(token: string): KindKey {
  const prefix = token.slice(0, token.indexOf(':'));
  return KINDS.has(prefix) ? (prefix as KindKey) : 'other';
}

/**
 * Technical tokens both texts contain, whatever their languages: a shared standard, formula or
 * model number is strong evidence (`std`, `formula`, `model`), an acronym medium (`acr`: short and
 * ambiguous), a quantity (`qty:temperature:400c`) or a Latin term (`term:lidar`) weak. The sum W of
 * the shared tokens' weights saturates: 1 − exp(−W / saturation) (one standard ≈ 0.63, two ≈ 0.86).
 */
export function techTokensScore(
  offer: PostingFeatures,
  demand: PostingFeatures,
  config: ScoringConfig,
): Component<TechTokensEvidence> {
  const shared: SharedToken[] = [];
  let total = 0;
  for (const token in offer.techTokens) {
    const demandSurface = demand.techTokens[token];
    if (typeof demandSurface !== 'string') continue;
    const kind = tokenKind(token);
    const weight = config.techTokens.kindWeights[kind];
    if (weight <= 0) continue;
    total += weight;
    shared.push({ token, kind, offerSurface: offer.techTokens[token]!, demandSurface, weight });
  }
  shared.sort((a, b) => b.weight - a.weight || (a.token < b.token ? -1 : 1));
  return {
    value: 1 - Math.exp(-total / config.techTokens.saturation),
    evidence: { shared: shared.slice(0, config.explanation.maxTokens) },
  };
}
