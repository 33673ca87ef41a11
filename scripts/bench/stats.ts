/** Pure helpers of the benchmark runner: percentiles, top-k lists and recall against an oracle. */

/** The p-th percentile (0–100) of the values, by linear interpolation between closest ranks; null when empty. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (p < 0 || p > 100) throw new RangeError(`percentile ${p} is not within 0–100`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export interface Scored {
  id: string;
  score: number;
}

/** Best `k` entries: score descending, then id ascending (the engine's order for equal scores). */
export function topK(entries: readonly Scored[], k: number): Scored[] {
  return [...entries].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, k);
}

/**
 * Mean over subjects of |found ∩ expected| / |expected|, skipping subjects whose expected list is
 * empty. `found` lacking a subject counts as an empty list. Null when no subject counts.
 */
export function meanRecall(
  expected: ReadonlyMap<string, readonly string[]>,
  found: ReadonlyMap<string, readonly string[]>,
): { recall: number | null; subjects: number } {
  let sum = 0;
  let subjects = 0;
  for (const [subject, oracle] of expected) {
    if (oracle.length === 0) continue;
    const got = new Set(found.get(subject) ?? []);
    sum += oracle.filter((id) => got.has(id)).length / oracle.length;
    subjects++;
  }
  return { recall: subjects === 0 ? null : sum / subjects, subjects };
}

/** A uniform sample of `n` items (all of them when n ≥ length), reproducible for a seed. */
export function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  if (n >= items.length) return [...items];
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pool = [...items];
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rand() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}

/** Rounds for the report (null stays null). */
export const round = (value: number | null, digits = 1): number | null =>
  value === null || !Number.isFinite(value) ? null : Math.round(value * 10 ** digits) / 10 ** digits;
