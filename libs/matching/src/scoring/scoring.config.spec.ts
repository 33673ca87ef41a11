import { DomainError } from '@ttm/common';
import { DEFAULT_SCORING_CONFIG, scoringConfigFingerprint, validateScoringConfig } from './scoring.config.ts';

/**
 * The version guard. Changing any value of DEFAULT_SCORING_CONFIG changes the fingerprint: give
 * the config a new `version` and record the new pair here (the old version's matches stay labelled
 * with the rules that ranked them).
 */
const RECORDED = { version: 'v1', fingerprint: 'c52d376e188b1edda81f18ba230bb2d1528008803048c755ced1dd6ef51dda9f' };

const clone = () => structuredClone(DEFAULT_SCORING_CONFIG) as unknown as Record<string, Record<string, unknown>>;

function problems(input: unknown): string[] {
  try {
    validateScoringConfig(input);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('scoring_config.invalid');
    return (error as DomainError).details.map((d) => d.path);
  }
}

describe('scoring config', () => {
  it('has not changed without a new version', () => {
    expect({
      version: DEFAULT_SCORING_CONFIG.version,
      fingerprint: scoringConfigFingerprint(DEFAULT_SCORING_CONFIG),
    }).toEqual(RECORDED);
  });

  it('fingerprints values, not key order or version', () => {
    const reordered = Object.fromEntries(Object.entries(DEFAULT_SCORING_CONFIG).reverse());
    expect(scoringConfigFingerprint(validateScoringConfig(reordered))).toBe(RECORDED.fingerprint);
    expect(scoringConfigFingerprint({ ...DEFAULT_SCORING_CONFIG, version: 'v9' })).toBe(RECORDED.fingerprint);
    const changed = structuredClone(DEFAULT_SCORING_CONFIG);
    changed.relevanceWeights.concepts += 0.01;
    expect(scoringConfigFingerprint(changed)).not.toBe(RECORDED.fingerprint);
  });

  it('accepts the default configuration', () => {
    expect(validateScoringConfig(structuredClone(DEFAULT_SCORING_CONFIG))).toEqual(DEFAULT_SCORING_CONFIG);
  });

  it('refuses negative weights and factors outside [0, 1], naming each path', () => {
    const config = clone();
    config.relevanceWeights!.lexical = -0.1;
    config.fitWeights!.trl = -1;
    config.ipc!.inferredFactor = 1.5;
    config.freshness!.halfLifeDays = 0;
    expect(problems(config)).toEqual(
      expect.arrayContaining([
        'relevanceWeights.lexical',
        'fitWeights.trl',
        'ipc.inferredFactor',
        'freshness.halfLifeDays',
      ]),
    );
  });

  it('refuses unknown keys at any level, and missing ones', () => {
    const config = clone();
    config.relevanceWeights!.embeddings = 0.2;
    config.surprise = {};
    delete config.geography;
    const paths = problems(config);
    expect(paths).toEqual(expect.arrayContaining(['relevanceWeights', '', 'geography']));
    expect(
      problems({ ...DEFAULT_SCORING_CONFIG, techTokens: { ...DEFAULT_SCORING_CONFIG.techTokens, typo: 1 } }),
    ).toEqual(['techTokens']);
  });

  it('refuses all-zero weights, bands out of order and a missing version', () => {
    const config = clone();
    config.relevanceWeights = { lexical: 0, concepts: 0, ipc: 0, techTokens: 0 };
    config.budget!.bands = [
      { upTo: 3, value: 0.3 },
      { upTo: 1, value: 1 },
    ];
    config.version = '' as unknown as Record<string, unknown>;
    expect(problems(config)).toEqual(expect.arrayContaining(['relevanceWeights', 'budget.bands', 'version']));
    expect(problems(null)).toEqual(['']);
  });
});
