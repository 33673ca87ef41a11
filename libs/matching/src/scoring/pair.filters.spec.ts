import type { PostingFeatures } from '@ttm/search';
import { filterReason, type TopicalValues } from './pair.filters.ts';
import { features } from './posting-features.fixture.ts';
import { DEFAULT_SCORING_CONFIG, type ScoringConfig } from './scoring.config.ts';

describe('filterReason', () => {
  const now = new Date('2025-06-15T10:00:00Z');
  const topical: TopicalValues = { lexical: 0, concepts: 0.5, ipc: 0, techTokens: 0 };
  const reason = (
    offer: Partial<PostingFeatures>,
    demand: Partial<PostingFeatures>,
    values: TopicalValues = topical,
    config: ScoringConfig = DEFAULT_SCORING_CONFIG,
  ) => filterReason(features('offer', offer), features('demand', demand), values, config, now);
  const without = (filter: keyof ScoringConfig['filters']): ScoringConfig => {
    const config = structuredClone(DEFAULT_SCORING_CONFIG);
    config.filters[filter].enabled = false;
    return config;
  };

  it('keeps a pair with topical evidence and nothing incompatible (unknowns included)', () => {
    expect(reason({}, {})).toBeUndefined();
  });

  it('drops a pair when either side has expired, a date lasting its whole day', () => {
    expect(reason({ expiresOn: '2025-06-14' }, {})).toBe('offer_expired');
    expect(reason({}, { expiresOn: '2025-06-14' })).toBe('demand_expired');
    expect(reason({ expiresOn: '2025-06-15' }, { expiresOn: '2025-06-16' })).toBeUndefined();
    expect(reason({ expiresOn: '2025-06-15T09:59:59Z' }, {})).toBe('offer_expired');
    expect(reason({ expiresOn: '2025-06-14' }, {}, topical, without('expired'))).toBeUndefined();
  });

  it('drops a TRL gap beyond the maximum only', () => {
    expect(reason({ trl: 2 }, { trlMin: 6 })).toBeUndefined();
    expect(reason({ trl: 1 }, { trlMin: 6 })).toBe('trl_gap');
    expect(reason({ trl: null }, { trlMin: 9 })).toBeUndefined();
    expect(reason({ trl: 1 }, { trlMin: 6 }, topical, without('trlGap'))).toBeUndefined();
  });

  it('drops a price far above the budget, when both are known', () => {
    expect(reason({ amountUsd: 1_000_000 }, { amountUsd: 100_000 })).toBeUndefined();
    expect(reason({ amountUsd: 1_000_001 }, { amountUsd: 100_000 })).toBe('price_above_budget');
    expect(reason({ amountUsd: 1_000_001 }, { amountUsd: null })).toBeUndefined();
    expect(
      reason({ amountUsd: 1_000_001 }, { amountUsd: 100_000 }, topical, without('priceAboveBudget')),
    ).toBeUndefined();
  });

  it('drops a pair with no topical evidence at all', () => {
    const none = { lexical: 0.01, concepts: 0.02, ipc: 0, techTokens: 0.04 };
    expect(reason({}, {}, none)).toBe('no_topical_evidence');
    expect(reason({}, {}, { ...none, ipc: 0.05 })).toBeUndefined();
    expect(reason({}, {}, none, without('noTopicalEvidence'))).toBeUndefined();
  });

  it('reports the first reason, expiry before the rest', () => {
    expect(
      reason({ expiresOn: '2020-01-01', trl: 1 }, { trlMin: 9 }, { lexical: 0, concepts: 0, ipc: 0, techTokens: 0 }),
    ).toBe('offer_expired');
  });
});
