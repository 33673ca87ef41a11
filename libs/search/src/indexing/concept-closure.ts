import type { Concept } from '@ttm/language';

/** Every broader concept of `id`, transitively (cycle-safe). */
export function ancestorsOf(concepts: ReadonlyMap<string, Concept>, id: string): string[] {
  const seen = new Set<string>();
  const queue = [...(concepts.get(id)?.broader ?? [])];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    if (seen.has(next) || next === id) continue;
    seen.add(next);
    queue.push(...(concepts.get(next)?.broader ?? []));
  }
  return [...seen];
}

/**
 * How specific a concept is, from the thesaurus structure alone: 1 for a leaf, falling with the
 * number of concepts below it ("energy", with hundreds below, counts little when shared).
 */
export function specificityTable(concepts: ReadonlyMap<string, Concept>): Map<string, number> {
  const below = new Map<string, number>();
  for (const id of concepts.keys()) {
    for (const ancestor of ancestorsOf(concepts, id)) below.set(ancestor, (below.get(ancestor) ?? 0) + 1);
  }
  const table = new Map<string, number>();
  for (const id of concepts.keys()) table.set(id, 1 / (1 + Math.log1p(below.get(id) ?? 0)));
  return table;
}
