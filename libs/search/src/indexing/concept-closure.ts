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
