import type { PostingFeatures } from '@ttm/search';
import { expiryMoment, priceAndBudget, trlGap } from './fit.components.ts';
import type { ScoringConfig } from './scoring.config.ts';
import type { ReasonCode } from './scoring.types.ts';

/** The topical components, for the "no topical evidence" filter. */
export interface TopicalValues {
  lexical: number;
  concepts: number;
  ipc: number;
  techTokens: number;
}

/**
 * Hard incompatibilities, in this order (the first one found is the reason): either posting
 * expired, the offer's TRL too far below the demand's minimum, the price far above the budget,
 * nothing topical in common. Each can be switched off in the config. Unknown data never filters.
 */
export function filterReason(
  offer: PostingFeatures,
  demand: PostingFeatures,
  topical: TopicalValues,
  config: ScoringConfig,
  now: Date,
): ReasonCode | undefined {
  const f = config.filters;
  if (f.expired.enabled) {
    const at = now.getTime();
    if ((expiryMoment(offer.expiresOn) ?? Infinity) <= at) return 'offer_expired';
    if ((expiryMoment(demand.expiresOn) ?? Infinity) <= at) return 'demand_expired';
  }
  if (f.trlGap.enabled && (trlGap(offer, demand) ?? 0) > f.trlGap.max) return 'trl_gap';
  if (f.priceAboveBudget.enabled) {
    const { price, budget } = priceAndBudget(offer, demand);
    if (price !== undefined && budget !== undefined && price > budget * f.priceAboveBudget.factor) {
      return 'price_above_budget';
    }
  }
  if (
    f.noTopicalEvidence.enabled &&
    Math.max(topical.lexical, topical.concepts, topical.ipc, topical.techTokens) < f.noTopicalEvidence.threshold
  ) {
    return 'no_topical_evidence';
  }
  return undefined;
}
