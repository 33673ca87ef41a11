/** The usual constant of reciprocal rank fusion: damps the difference between the first ranks. */
export const RRF_K = 60;

/**
 * Reciprocal rank fusion of ranked lists: each item scores Σ 1 / (RRF_K + rank) over the lists it
 * appears in (rank from 1), and the best `limit` come out, ties in the order of their first
 * appearance (earlier lists first). Items are told apart by `keyOf`; the first occurrence is kept.
 */
export function fuseByRank<T>(lists: readonly (readonly T[])[], keyOf: (item: T) => string, limit: number): T[] {
  const fused = new Map<string, { item: T; score: number; order: number }>();
  let order = 0;
  for (const list of lists) {
    list.forEach((item, index) => {
      const key = keyOf(item);
      const entry = fused.get(key) ?? { item, score: 0, order: order++ };
      entry.score += 1 / (RRF_K + index + 1);
      fused.set(key, entry);
    });
  }
  return [...fused.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((e) => e.item);
}
