import { meanRecall, percentile, round, sample, topK } from './stats.ts';

describe('percentile', () => {
  it('interpolates between the closest ranks', () => {
    expect(percentile([10, 20, 30, 40], 50)).toBe(25);
    expect(percentile([5, 1, 3], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 95)).toBeCloseTo(10.5);
    expect(percentile([7], 95)).toBe(7);
  });

  it('is null for no values and rejects a percentile out of range', () => {
    expect(percentile([], 50)).toBeNull();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('topK', () => {
  it('orders by score, then id, and cuts to k', () => {
    const ranked = topK(
      [
        { id: 'b', score: 0.5 },
        { id: 'a', score: 0.5 },
        { id: 'c', score: 0.9 },
        { id: 'd', score: 0.1 },
      ],
      3,
    );
    expect(ranked.map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('meanRecall', () => {
  it('averages the share of each oracle list found, skipping empty oracle lists', () => {
    const expected = new Map([
      ['d1', ['o1', 'o2']],
      ['d2', ['o3', 'o4', 'o5', 'o6']],
      ['d3', []],
    ]);
    const found = new Map([
      ['d1', ['o2', 'o9', 'o1']],
      ['d2', ['o3']],
    ]);
    expect(meanRecall(expected, found)).toEqual({ recall: (1 + 0.25) / 2, subjects: 2 });
  });

  it('counts a subject the engine has no list for as recall 0, and is null with nothing to measure', () => {
    expect(meanRecall(new Map([['d1', ['o1']]]), new Map())).toEqual({ recall: 0, subjects: 1 });
    expect(meanRecall(new Map([['d1', []]]), new Map())).toEqual({ recall: null, subjects: 0 });
  });
});

describe('sample', () => {
  const items = Array.from({ length: 100 }, (_, i) => i);

  it('draws n distinct items, the same ones for the same seed', () => {
    const a = sample(items, 10, 7);
    expect(new Set(a).size).toBe(10);
    expect(sample(items, 10, 7)).toEqual(a);
    expect(sample(items, 10, 8)).not.toEqual(a);
  });

  it('returns everything when n covers the list', () => {
    expect(sample([1, 2], 5, 1)).toEqual([1, 2]);
  });
});

describe('round', () => {
  it('keeps null and non-finite values out of the report', () => {
    expect(round(1.26, 1)).toBe(1.3);
    expect(round(null)).toBeNull();
    expect(round(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
