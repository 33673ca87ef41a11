/**
 * Ranking metrics of the evaluation harness, exactly as /work/shared/eval/README.md defines them.
 * Pure: judgements and rankings in, numbers out.
 *
 * Per demand, over the system's ranking of the offers (first position = rank 1):
 * - nDCG@10 with linear gain (gain = grade): DCG@10 = Σ_{r=1..10} grade(r) / log2(r + 1), divided
 *   by the DCG@10 of the ideal ordering of the demand's judged grades.
 * - Recall@10: the demand's offers of grade ≥ 2 found in the top 10, over all its offers of grade ≥ 2.
 * - MRR: 1 / rank of the first grade-3 offer anywhere in the ranking (0 when none is ranked).
 * - P@5: offers of grade ≥ 2 in the top 5, over 5 (a ranking shorter than 5 still divides by 5).
 * Each is averaged (macro) over demands. Unlisted offers, and offer ids the dataset does not know,
 * have grade 0. An offer ranked twice counts once, at its first position (later copies are dropped,
 * so a system cannot collect its gain twice). The order given is the order used: a system breaks its
 * own score ties before handing its ranking over (the baselines break them by offer id).
 *
 * Which demands a metric averages over: those for which the metric can tell systems apart, i.e.
 * - nDCG@10: demands with at least one judged offer of grade ≥ 1 (otherwise the ideal DCG is 0);
 * - Recall@10 and P@5: demands with at least one offer of grade ≥ 2;
 * - MRR: demands with at least one grade-3 offer.
 * Others are excluded from that metric's average (not counted as 0); `demandsAveraged` gives how
 * many demands each figure averages, and a figure over no demand is `null`. A demand the system
 * returned no ranking for is evaluated on an empty ranking (scores 0, it is not excluded).
 *
 * Same-language / cross-language (README: "compute each metric over the demands using only the
 * judged offers in the same/another language than the demand (the rest of the ranking unchanged)").
 * Our reading: the ranking is never filtered or re-ordered; only the judgements are restricted.
 * For the same-language figures, a demand keeps the grades of the offers whose declared language
 * equals its own and every other offer counts as grade 0: an other-language offer still occupies
 * its rank (so a system that ranks other-language offers first is not helped), it is never a target
 * (not in the ideal DCG, not in the Recall/P@5/MRR targets). Cross-language is the mirror image.
 * The demands averaged are then chosen by the rule above, on the restricted judgements: e.g. a
 * demand whose grade-3 offers are all in other languages is left out of same-language MRR.
 *
 * Per language pair `demandLang->offerLang`: nDCG@10 over the demands in `demandLang`, the
 * judgements restricted to the offers in `offerLang` in the same way, with the number of demands
 * averaged. A pair is listed when at least one demand has a judged offer of grade ≥ 1 in it.
 */

export const METRICS = ['ndcg@10', 'recall@10', 'mrr', 'p@5'] as const;
export type MetricName = (typeof METRICS)[number];
export type MetricSet = Record<MetricName, number | null>;
export type MetricCounts = Record<MetricName, number>;

export const SCOPES = ['overall', 'sameLanguage', 'crossLanguage'] as const;
export type Scope = (typeof SCOPES)[number];

/** Gain used by nDCG: the grade itself (not 2^grade − 1). */
export const GAIN = 'linear';

/** Grades per demand (demandId → offerId → grade 0–3) and each posting's declared language. */
export interface Judgements {
  qrels: ReadonlyMap<string, ReadonlyMap<string, number>>;
  offerLanguage: ReadonlyMap<string, string>;
  demandLanguage: ReadonlyMap<string, string>;
}

/** A system's output: for each demand, offer ids best first. */
export type Rankings = ReadonlyMap<string, readonly string[]>;

export interface LanguagePairResult {
  'ndcg@10': number | null;
  demands: number;
}

export interface SystemEvaluation {
  overall: MetricSet;
  sameLanguage: MetricSet;
  crossLanguage: MetricSet;
  byLanguagePair: Record<string, LanguagePairResult>;
  demandsAveraged: Record<Scope, MetricCounts>;
}

const K_NDCG = 10;
const K_RECALL = 10;
const K_PRECISION = 5;
const GOOD = 2;
const SOLVES = 3;

/** Grades of a demand's judged offers; offers not in the map have grade 0. */
export type Grades = ReadonlyMap<string, number>;

/** The ranking with repeated ids removed (first position kept). */
export function dedupe(ranking: readonly string[]): string[] {
  return [...new Set(ranking)];
}

function dcg(gains: readonly number[], k: number): number {
  let sum = 0;
  for (let i = 0; i < Math.min(k, gains.length); i++) sum += gains[i]! / Math.log2(i + 2);
  return sum;
}

/** nDCG@k with linear gain; null when the ideal DCG is 0 (no judged offer of grade ≥ 1). */
export function ndcgAt(ranking: readonly string[], grades: Grades, k = K_NDCG): number | null {
  const ideal = dcg(
    [...grades.values()].filter((g) => g > 0).sort((a, b) => b - a),
    k,
  );
  if (ideal === 0) return null;
  return (
    dcg(
      dedupe(ranking).map((id) => grades.get(id) ?? 0),
      k,
    ) / ideal
  );
}

/** Share of the offers of grade ≥ 2 found in the top k; null when there is none. */
export function recallAt(ranking: readonly string[], grades: Grades, k = K_RECALL): number | null {
  const targets = [...grades.values()].filter((g) => g >= GOOD).length;
  if (targets === 0) return null;
  return goodIn(ranking, grades, k) / targets;
}

/** Share of the top k that has grade ≥ 2 (always over k); null when the demand has no such offer. */
export function precisionAt(ranking: readonly string[], grades: Grades, k = K_PRECISION): number | null {
  if (![...grades.values()].some((g) => g >= GOOD)) return null;
  return goodIn(ranking, grades, k) / k;
}

/** 1 / rank of the first grade-3 offer (0 when none is ranked); null when the demand has none. */
export function reciprocalRank(ranking: readonly string[], grades: Grades): number | null {
  if (![...grades.values()].some((g) => g >= SOLVES)) return null;
  const index = dedupe(ranking).findIndex((id) => (grades.get(id) ?? 0) >= SOLVES);
  return index < 0 ? 0 : 1 / (index + 1);
}

function goodIn(ranking: readonly string[], grades: Grades, k: number): number {
  return dedupe(ranking)
    .slice(0, k)
    .filter((id) => (grades.get(id) ?? 0) >= GOOD).length;
}

/** The four metrics of one demand (null where undefined for it, see the module comment). */
export function demandMetrics(ranking: readonly string[], grades: Grades): MetricSet {
  return {
    'ndcg@10': ndcgAt(ranking, grades),
    'recall@10': recallAt(ranking, grades),
    mrr: reciprocalRank(ranking, grades),
    'p@5': precisionAt(ranking, grades),
  };
}

interface Average {
  values: MetricSet;
  counts: MetricCounts;
}

function average(perDemand: readonly MetricSet[]): Average {
  const values = {} as MetricSet;
  const counts = {} as MetricCounts;
  for (const metric of METRICS) {
    const defined = perDemand.map((m) => m[metric]).filter((v): v is number => v !== null);
    counts[metric] = defined.length;
    values[metric] = defined.length ? defined.reduce((a, b) => a + b, 0) / defined.length : null;
  }
  return { values, counts };
}

function restrict(grades: Grades, keep: (offerId: string) => boolean): Grades {
  return new Map([...grades].filter(([offerId]) => keep(offerId)));
}

/**
 * Every figure of one system: overall, same-language, cross-language and per language pair.
 * Evaluates every demand in `judgements.demandLanguage`; throws when the rankings name a demand
 * the dataset does not have, or the judgements name a posting without a language.
 */
export function evaluateSystem(judgements: Judgements, rankings: Rankings): SystemEvaluation {
  const { qrels, offerLanguage, demandLanguage } = judgements;
  for (const demandId of rankings.keys())
    if (!demandLanguage.has(demandId)) throw new Error(`a ranking is given for an unknown demand "${demandId}"`);
  for (const [demandId, grades] of qrels) {
    if (!demandLanguage.has(demandId)) throw new Error(`judgements name an unknown demand "${demandId}"`);
    for (const offerId of grades.keys())
      if (!offerLanguage.has(offerId)) throw new Error(`judgements name an unknown offer "${offerId}"`);
  }

  const perScope: Record<Scope, MetricSet[]> = { overall: [], sameLanguage: [], crossLanguage: [] };
  const perPair = new Map<string, number[]>();
  const pairs = new Set<string>();
  for (const [demandId, grades] of qrels)
    for (const [offerId, grade] of grades)
      if (grade > 0) pairs.add(`${demandLanguage.get(demandId)}->${offerLanguage.get(offerId)}`);

  for (const [demandId, language] of demandLanguage) {
    const ranking = rankings.get(demandId) ?? [];
    const grades: Grades = qrels.get(demandId) ?? new Map<string, number>();
    perScope.overall.push(demandMetrics(ranking, grades));
    perScope.sameLanguage.push(
      demandMetrics(
        ranking,
        restrict(grades, (o) => offerLanguage.get(o) === language),
      ),
    );
    perScope.crossLanguage.push(
      demandMetrics(
        ranking,
        restrict(grades, (o) => offerLanguage.get(o) !== language),
      ),
    );
    for (const pair of pairs) {
      const [demandLang, offerLang] = pair.split('->') as [string, string];
      if (demandLang !== language) continue;
      const value = ndcgAt(
        ranking,
        restrict(grades, (o) => offerLanguage.get(o) === offerLang),
      );
      if (value === null) continue;
      perPair.set(pair, [...(perPair.get(pair) ?? []), value]);
    }
  }

  const averaged = {} as Record<Scope, Average>;
  for (const scope of SCOPES) averaged[scope] = average(perScope[scope]);
  const byLanguagePair: Record<string, LanguagePairResult> = {};
  for (const pair of [...pairs].sort()) {
    const values = perPair.get(pair) ?? [];
    byLanguagePair[pair] = {
      'ndcg@10': values.length ? values.reduce((a, b) => a + b, 0) / values.length : null,
      demands: values.length,
    };
  }
  return {
    overall: averaged.overall.values,
    sameLanguage: averaged.sameLanguage.values,
    crossLanguage: averaged.crossLanguage.values,
    byLanguagePair,
    demandsAveraged: {
      overall: averaged.overall.counts,
      sameLanguage: averaged.sameLanguage.counts,
      crossLanguage: averaged.crossLanguage.counts,
    },
  };
}
