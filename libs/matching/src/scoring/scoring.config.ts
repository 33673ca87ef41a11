import { createHash } from 'node:crypto';
import { DomainError } from '@ttm/common';
import { z } from 'zod';

/**
 * Every weight, factor and threshold of the re-rank. The `version` is stored with each match, so
 * a list can always say which rules ranked it: ANY change to a value below (even an explanation
 * cap) MUST come with a new `version`, and `scoring.config.spec.ts` records the fingerprint of
 * `DEFAULT_SCORING_CONFIG` for its version so that a silent change fails the tests.
 */
export interface ScoringConfig {
  version: string;
  /** Weighted mean of the topical components. A component without data on both sides (and lexical
   * across languages) is left out of the mean: its weight goes to the others. */
  relevanceWeights: { lexical: number; concepts: number; ipc: number; techTokens: number };
  /** Weighted mean of the practical components. */
  fitWeights: { trl: number; mode: number; budget: number; geography: number; freshness: number };
  /** score = relevance × (fitFloor + (1 − fitFloor) × fit): a poor fit lowers a match, never hides it. */
  fitFloor: number;
  concepts: {
    /** Credit by distance in the hierarchy: index 0 the same concept, 1 parent/child, 2 two levels… */
    relationFactors: number[];
    /** Evidence E (sum of matched pairs' specificity × weight) counts as 1 − exp(−E / saturation). */
    saturation: number;
    /** Share of the score that does not depend on how much of the smaller side is covered. */
    coverageFloor: number;
  };
  ipc: {
    /** Value of the best pair by depth of agreement: section, class, subclass, main group, group. */
    depthValues: [number, number, number, number, number];
    /** Factor for a code inferred from concepts (applied once per inferred side). */
    inferredFactor: number;
  };
  techTokens: {
    /** Weight by kind (the key's prefix before ':'); `other` for a prefix not listed. */
    kindWeights: { std: number; formula: number; model: number; acr: number; qty: number; term: number; other: number };
    /** Sum of shared tokens' weights W counts as 1 − exp(−W / saturation). */
    saturation: number;
  };
  trl: {
    /** Index = levels the offer is below the demand's minimum (0: meets it). */
    byGap: number[];
    /** Further below than `byGap` covers. */
    further: number;
    unknown: number;
  };
  mode: {
    /** Pairs of modes that are close to each other, with their credit. */
    related: { a: string; b: string; value: number }[];
    disjoint: number;
    unknown: number;
  };
  budget: {
    /** Price / budget up to `upTo` → `value`, ascending. */
    bands: { upTo: number; value: number }[];
    above: number;
    unknown: number;
  };
  geography: {
    /** The offer names the demand's country among its target countries. */
    listed: number;
    /** The offer names no target country (anywhere), or a country is unknown. */
    open: number;
    /** The offer names target countries, the demand's is not among them. */
    excluded: number;
    /** Added when the demand names preferred countries and the offer's is one of them. */
    preferredBonus: number;
    /** Taken off when the demand names preferred countries and the offer's is not one of them. */
    notPreferredPenalty: number;
  };
  freshness: { halfLifeDays: number; unknown: number };
  filters: {
    expired: { enabled: boolean };
    trlGap: { enabled: boolean; max: number };
    priceAboveBudget: { enabled: boolean; factor: number };
    noTopicalEvidence: { enabled: boolean; threshold: number };
  };
  /** Caps of the explanation's lists. */
  explanation: { maxConcepts: number; maxIpc: number; maxTokens: number; maxTerms: number };
}

export const DEFAULT_SCORING_CONFIG: ScoringConfig = {
  version: 'v1',
  relevanceWeights: { lexical: 0.2, concepts: 0.45, ipc: 0.2, techTokens: 0.15 },
  fitWeights: { trl: 0.3, mode: 0.2, budget: 0.2, geography: 0.15, freshness: 0.15 },
  fitFloor: 0.6,
  concepts: { relationFactors: [1, 0.5, 0.25], saturation: 1, coverageFloor: 0.6 },
  ipc: { depthValues: [0.1, 0.3, 0.6, 0.8, 1], inferredFactor: 0.6 },
  techTokens: {
    kindWeights: { std: 1, formula: 0.9, model: 1, acr: 0.5, qty: 0.2, term: 0.25, other: 0.2 },
    saturation: 1,
  },
  trl: { byGap: [1, 0.6, 0.3], further: 0.1, unknown: 0.7 },
  mode: {
    related: [
      { a: 'licence', b: 'assignment', value: 0.8 },
      { a: 'joint_development', b: 'technical_service', value: 0.7 },
    ],
    disjoint: 0.2,
    unknown: 0.7,
  },
  budget: {
    bands: [
      { upTo: 1, value: 1 },
      { upTo: 1.5, value: 0.6 },
      { upTo: 3, value: 0.3 },
    ],
    above: 0.1,
    unknown: 0.7,
  },
  geography: { listed: 1, open: 0.85, excluded: 0.4, preferredBonus: 0.15, notPreferredPenalty: 0.15 },
  freshness: { halfLifeDays: 365, unknown: 0.7 },
  filters: {
    expired: { enabled: true },
    trlGap: { enabled: true, max: 4 },
    priceAboveBudget: { enabled: true, factor: 10 },
    noTopicalEvidence: { enabled: true, threshold: 0.05 },
  },
  explanation: { maxConcepts: 10, maxIpc: 5, maxTokens: 10, maxTerms: 10 },
};

const weight = z.number().min(0);
const unit = z.number().min(0).max(1);
const positive = z.number().gt(0);
const count = z.number().int().min(0);
const somePositive = (w: Record<string, number>) => Object.values(w).some((v) => v > 0);
const schema = z.strictObject({
  version: z.string().regex(/^[A-Za-z0-9._-]{1,32}$/, 'a short version tag such as v1'),
  relevanceWeights: z
    .strictObject({ lexical: weight, concepts: weight, ipc: weight, techTokens: weight })
    .refine(somePositive, 'at least one weight must be positive'),
  fitWeights: z
    .strictObject({ trl: weight, mode: weight, budget: weight, geography: weight, freshness: weight })
    .refine(somePositive, 'at least one weight must be positive'),
  fitFloor: unit,
  concepts: z.strictObject({ relationFactors: z.array(unit).min(1), saturation: positive, coverageFloor: unit }),
  ipc: z.strictObject({ depthValues: z.tuple([unit, unit, unit, unit, unit]), inferredFactor: unit }),
  techTokens: z.strictObject({
    kindWeights: z.strictObject({
      std: weight,
      formula: weight,
      model: weight,
      acr: weight,
      qty: weight,
      term: weight,
      other: weight,
    }),
    saturation: positive,
  }),
  trl: z.strictObject({ byGap: z.array(unit).min(1), further: unit, unknown: unit }),
  mode: z.strictObject({
    related: z.array(z.strictObject({ a: z.string().min(1), b: z.string().min(1), value: unit })),
    disjoint: unit,
    unknown: unit,
  }),
  budget: z.strictObject({
    bands: z
      .array(z.strictObject({ upTo: positive, value: unit }))
      .refine((b) => b.every((band, i) => i === 0 || band.upTo > b[i - 1]!.upTo), 'bands must ascend by upTo'),
    above: unit,
    unknown: unit,
  }),
  geography: z.strictObject({
    listed: unit,
    open: unit,
    excluded: unit,
    preferredBonus: unit,
    notPreferredPenalty: unit,
  }),
  freshness: z.strictObject({ halfLifeDays: positive, unknown: unit }),
  filters: z.strictObject({
    expired: z.strictObject({ enabled: z.boolean() }),
    trlGap: z.strictObject({ enabled: z.boolean(), max: count }),
    priceAboveBudget: z.strictObject({ enabled: z.boolean(), factor: positive }),
    noTopicalEvidence: z.strictObject({ enabled: z.boolean(), threshold: unit }),
  }),
  explanation: z.strictObject({ maxConcepts: count, maxIpc: count, maxTokens: count, maxTerms: count }),
}) satisfies z.ZodType<ScoringConfig>;

/**
 * Checks a configuration (e.g. read from a file or a database row): unknown keys, missing keys,
 * negative weights, factors outside [0, 1] are refused with a `scoring_config.invalid` error whose
 * details name each offending path. Returns the config typed.
 */
export function validateScoringConfig(input: unknown): ScoringConfig {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new DomainError(
    'invalid',
    'scoring_config.invalid',
    'The scoring configuration is invalid.',
    parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      code: issue.code,
      message: issue.message,
    })),
  );
}

/** sha256 of the configuration's values (keys sorted, `version` left out): equal values, equal fingerprint. */
export function scoringConfigFingerprint(config: ScoringConfig): string {
  const values: Partial<ScoringConfig> = { ...config };
  delete values.version;
  return createHash('sha256').update(canonicalJson(values)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
