import {
  demandMetrics,
  evaluateSystem,
  type Judgements,
  ndcgAt,
  precisionAt,
  recallAt,
  reciprocalRank,
} from './metrics.ts';

const grades = (entries: Record<string, number>) => new Map(Object.entries(entries));
const log2 = Math.log2;

describe('metrics of one demand', () => {
  const judged = grades({ a: 3, b: 2, c: 1, d: 0 });
  // The ideal order a, b, c: DCG = 3/log2(2) + 2/log2(3) + 1/log2(4).
  const IDEAL = 3 + 2 / log2(3) + 1 / 2;

  it('a perfect ranking scores 1 on nDCG, Recall and MRR; P@5 counts the grade ≥ 2 offers over 5', () => {
    expect(demandMetrics(['a', 'b', 'c', 'd', 'x'], judged)).toEqual({
      'ndcg@10': 1,
      'recall@10': 1,
      mrr: 1,
      'p@5': 2 / 5,
    });
  });

  it('a reversed ranking: gains discounted by their rank, the grade-3 offer found at rank 4', () => {
    const m = demandMetrics(['d', 'c', 'b', 'a'], judged);
    expect(m['ndcg@10']).toBeCloseTo((0 / 1 + 1 / log2(3) + 2 / 2 + 3 / log2(5)) / IDEAL, 12);
    expect(m['ndcg@10']).toBeCloseTo(0.6138, 4);
    expect(m.mrr).toBe(1 / 4);
    expect(m['recall@10']).toBe(1);
    expect(m['p@5']).toBe(2 / 5);
  });

  it('offers missing from the ranking count as not found; unknown ids take a rank with grade 0', () => {
    const m = demandMetrics(['zz', 'b'], judged);
    expect(m['ndcg@10']).toBeCloseTo(2 / log2(3) / IDEAL, 12);
    expect(m['recall@10']).toBe(1 / 2);
    expect(m.mrr).toBe(0);
    expect(m['p@5']).toBe(1 / 5);
    expect(demandMetrics([], judged)).toEqual({ 'ndcg@10': 0, 'recall@10': 0, mrr: 0, 'p@5': 0 });
  });

  it('offers of equal grade can be swapped without changing any figure', () => {
    const tied = grades({ a: 2, b: 2, c: 3 });
    expect(demandMetrics(['c', 'a', 'x', 'b'], tied)).toEqual(demandMetrics(['c', 'b', 'x', 'a'], tied));
    expect(ndcgAt(['a', 'b', 'c'], tied)).toBeCloseTo((2 + 2 / log2(3) + 3 / 2) / (3 + 2 / log2(3) + 2 / 2), 12);
  });

  it('an offer ranked twice counts once, at its first rank', () => {
    expect(demandMetrics(['b', 'b', 'a'], judged)).toEqual(demandMetrics(['b', 'a'], judged));
    expect(precisionAt(['b', 'b', 'b', 'b', 'b'], judged)).toBe(1 / 5);
  });

  it('the cut-offs: rank 11 is outside nDCG@10 and Recall@10 but still counts for MRR; rank 6 is outside P@5', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `x${i}`);
    expect(ndcgAt([...ten, 'a'], grades({ a: 3 }))).toBe(0);
    expect(recallAt([...ten, 'a'], grades({ a: 3 }))).toBe(0);
    expect(reciprocalRank([...ten, 'a'], grades({ a: 3 }))).toBe(1 / 11);
    expect(precisionAt(['x1', 'x2', 'x3', 'x4', 'x5', 'a'], grades({ a: 3 }))).toBe(0);
    expect(recallAt(['x1', 'x2', 'x3', 'x4', 'x5', 'a'], grades({ a: 3 }))).toBe(1);
  });

  it('a metric the judgements cannot support is null (no grade ≥ 1, no grade ≥ 2, no grade 3)', () => {
    expect(demandMetrics(['a'], new Map())).toEqual({ 'ndcg@10': null, 'recall@10': null, mrr: null, 'p@5': null });
    expect(demandMetrics(['a'], grades({ a: 0 }))).toEqual({
      'ndcg@10': null,
      'recall@10': null,
      mrr: null,
      'p@5': null,
    });
    expect(demandMetrics(['b', 'a'], grades({ a: 1, b: 2 }))).toEqual({
      'ndcg@10': (2 + 1 / log2(3)) / (2 + 1 / log2(3)),
      'recall@10': 1,
      mrr: null,
      'p@5': 1 / 5,
    });
  });
});

describe('evaluateSystem', () => {
  // d1 (en) has judged offers in en, zh and ru; d2 (zh) in en and zh.
  const judgements: Judgements = {
    qrels: new Map([
      ['d1', grades({ 'zh-1': 3, 'en-1': 2, 'en-2': 0, 'ru-1': 1 })],
      ['d2', grades({ 'en-1': 3, 'zh-2': 2 })],
    ]),
    offerLanguage: new Map([
      ['en-1', 'en'],
      ['en-2', 'en'],
      ['zh-1', 'zh'],
      ['zh-2', 'zh'],
      ['ru-1', 'ru'],
    ]),
    demandLanguage: new Map([
      ['d1', 'en'],
      ['d2', 'zh'],
      ['d3', 'en'],
    ]),
  };
  // d1's ranking, grades 0, 3, 2, 1 in order; d2 gets no ranking; d3 has no judgements.
  const rankings = new Map([['d1', ['en-2', 'zh-1', 'en-1', 'ru-1']]]);
  const result = evaluateSystem(judgements, rankings);

  const d1Overall = (3 / log2(3) + 2 / 2 + 1 / log2(5)) / (3 + 2 / log2(3) + 1 / 2);

  it('overall: averages over the demands with judgements; a demand without a ranking scores 0', () => {
    expect(result.overall['ndcg@10']).toBeCloseTo((d1Overall + 0) / 2, 12);
    expect(result.overall['recall@10']).toBe((2 / 2 + 0) / 2);
    expect(result.overall.mrr).toBe((1 / 2 + 0) / 2);
    expect(result.overall['p@5']).toBe((2 / 5 + 0) / 2);
    expect(result.demandsAveraged.overall).toEqual({ 'ndcg@10': 2, 'recall@10': 2, mrr: 2, 'p@5': 2 });
  });

  it('same language: other-language offers keep their rank but count as grade 0, and are no target', () => {
    // d1 keeps en-1 (2) and en-2 (0): grades 0, 0, 2, 0 → DCG 2/log2(4) = 1 over the ideal 2.
    // d2 keeps zh-2 (2), not ranked → 0. No same-language grade-3 offer anywhere → MRR null.
    expect(result.sameLanguage).toEqual({ 'ndcg@10': (0.5 + 0) / 2, 'recall@10': (1 + 0) / 2, mrr: null, 'p@5': 0.1 });
    expect(result.demandsAveraged.sameLanguage).toEqual({ 'ndcg@10': 2, 'recall@10': 2, mrr: 0, 'p@5': 2 });
  });

  it('cross language: the mirror image', () => {
    // d1 keeps zh-1 (3) and ru-1 (1): grades 0, 3, 0, 1. d2 keeps en-1 (3), not ranked.
    const d1 = (3 / log2(3) + 1 / log2(5)) / (3 + 1 / log2(3));
    expect(result.crossLanguage['ndcg@10']).toBeCloseTo((d1 + 0) / 2, 12);
    expect(result.crossLanguage['recall@10']).toBe((1 + 0) / 2);
    expect(result.crossLanguage.mrr).toBe((1 / 2 + 0) / 2);
    expect(result.crossLanguage['p@5']).toBe((1 / 5 + 0) / 2);
  });

  it('per language pair: nDCG@10 on the offers of that language only, with the demands it averages', () => {
    expect(Object.keys(result.byLanguagePair)).toEqual(['en->en', 'en->ru', 'en->zh', 'zh->en', 'zh->zh']);
    expect(result.byLanguagePair['en->zh']!['ndcg@10']).toBeCloseTo(3 / log2(3) / 3, 12);
    expect(result.byLanguagePair['en->en']).toEqual({ 'ndcg@10': 0.5, demands: 1 });
    expect(result.byLanguagePair['en->ru']!['ndcg@10']).toBeCloseTo(1 / log2(5), 12);
    expect(result.byLanguagePair['zh->en']).toEqual({ 'ndcg@10': 0, demands: 1 });
  });

  it('no judgements at all: every figure null, no pair', () => {
    const empty = evaluateSystem({ ...judgements, qrels: new Map() }, rankings);
    expect(empty.overall).toEqual({ 'ndcg@10': null, 'recall@10': null, mrr: null, 'p@5': null });
    expect(empty.byLanguagePair).toEqual({});
    expect(empty.demandsAveraged.overall).toEqual({ 'ndcg@10': 0, 'recall@10': 0, mrr: 0, 'p@5': 0 });
  });

  it('refuses rankings or judgements that name postings the dataset does not have', () => {
    expect(() => evaluateSystem(judgements, new Map([['d9', []]]))).toThrow('unknown demand "d9"');
    const badOffer = { ...judgements, qrels: new Map([['d1', grades({ nope: 2 })]]) };
    expect(() => evaluateSystem(badOffer, rankings)).toThrow('unknown offer "nope"');
  });
});
