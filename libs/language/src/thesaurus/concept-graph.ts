import type { Concept } from './thesaurus.types.ts';

/** Specificity of an id the graph does not know: neither generic nor specific. */
export const UNKNOWN_SPECIFICITY = 0.5;
const NO_ANCESTORS: ReadonlyMap<string, number> = new Map();
/** No concept is worth nothing: the floor of `specificity`. */
const MIN_SPECIFICITY = 0.05;

interface Node {
  domain: string;
  labels: Record<string, string[]>;
  /** Transitive broader concepts → number of steps up (shortest), nearest first. */
  ancestors: Map<string, number>;
  specificity: number;
}

/**
 * The thesaurus as a directed acyclic graph of `broader` relations (cycle-safe all the same: a
 * cycle in bad data stops the walk, it never loops). Everything is computed once at build time;
 * queries are map look-ups. Unknown ids never throw: they have no ancestors, no domain, no label
 * and a middle specificity.
 *
 * Specificity is a property of the graph's shape only (never of the postings or of the weights of
 * a scoring config); changing its formula changes every score, so it must come with a new
 * `ScoringConfig.version` (libs/matching).
 */
export class ConceptGraph {
  readonly #nodes: Map<string, Node>;

  private constructor(nodes: Map<string, Node>) {
    this.#nodes = nodes;
  }

  /** Builds the graph; broader ids that are not in the list are ignored. */
  static fromConcepts(concepts: Iterable<Concept>): ConceptGraph {
    const byId = new Map<string, Concept>();
    for (const concept of concepts) byId.set(concept.id, concept);

    const ancestors = new Map<string, Map<string, number>>();
    for (const id of byId.keys()) ancestors.set(id, walkUp(id, byId));

    const descendants = new Map<string, number>();
    for (const up of ancestors.values()) {
      for (const ancestor of up.keys()) descendants.set(ancestor, (descendants.get(ancestor) ?? 0) + 1);
    }

    const depths = new Map<string, number>();
    const depth = (id: string, visiting: Set<string>): number => {
      const known = depths.get(id);
      if (known !== undefined) return known;
      visiting.add(id);
      let d = 0;
      for (const b of byId.get(id)?.broader ?? []) {
        if (byId.has(b) && !visiting.has(b)) d = Math.max(d, 1 + depth(b, visiting));
      }
      visiting.delete(id);
      depths.set(id, d);
      return d;
    };

    const total = byId.size;
    const nodes = new Map<string, Node>();
    for (const [id, concept] of byId) {
      nodes.set(id, {
        domain: concept.domain,
        labels: concept.labels,
        ancestors: ancestors.get(id)!,
        specificity: specificityOf(descendants.get(id) ?? 0, depth(id, new Set()), total),
      });
    }
    return new ConceptGraph(nodes);
  }

  get size(): number {
    return this.#nodes.size;
  }

  has(id: string): boolean {
    return this.#nodes.has(id);
  }

  /** Transitive broader concepts, nearest first (ties in id order). */
  ancestors(id: string): string[] {
    return [...(this.#nodes.get(id)?.ancestors.keys() ?? [])];
  }

  /** Transitive broader concepts → steps up (shortest), nearest first; empty for unknown ids. */
  ancestorDistances(id: string): ReadonlyMap<string, number> {
    return this.#nodes.get(id)?.ancestors ?? NO_ANCESTORS;
  }

  /** True when `ancestor` is a transitive broader concept of `id` (a concept is not its own ancestor). */
  isAncestor(ancestor: string, id: string): boolean {
    return this.#nodes.get(id)?.ancestors.has(ancestor) ?? false;
  }

  /** Steps up from `id` to `ancestor` (shortest path): 1 for a parent; undefined when not an ancestor. */
  distanceUp(id: string, ancestor: string): number | undefined {
    return this.#nodes.get(id)?.ancestors.get(ancestor);
  }

  /**
   * In (0, 1]: how precise a concept is. A deep leaf is ≈ 1; a domain root with a hundred or more
   * descendants ≈ 0.1–0.2. Unknown ids: `UNKNOWN_SPECIFICITY`.
   */
  specificity(id: string): number {
    return this.#nodes.get(id)?.specificity ?? UNKNOWN_SPECIFICITY;
  }

  /** Preferred label in `language`, else in English, else undefined (unknown id). */
  label(id: string, language: string): string | undefined {
    const labels = this.#nodes.get(id)?.labels;
    return labels?.[language]?.[0] ?? labels?.['en']?.[0];
  }

  domain(id: string): string | undefined {
    return this.#nodes.get(id)?.domain;
  }
}

/** `conceptGraphFromThesaurus(loadThesaurus().concepts)`. */
export function conceptGraphFromThesaurus(concepts: Map<string, Concept> | Iterable<Concept>): ConceptGraph {
  return ConceptGraph.fromConcepts(concepts instanceof Map ? concepts.values() : concepts);
}

/** Breadth-first up the broader links: each ancestor once, at its shortest distance; self excluded. */
function walkUp(id: string, byId: Map<string, Concept>): Map<string, number> {
  const found = new Map<string, number>();
  let frontier = [id];
  for (let distance = 1; frontier.length > 0; distance++) {
    const next: string[] = [];
    for (const current of frontier) {
      for (const b of [...(byId.get(current)?.broader ?? [])].sort()) {
        if (b === id || found.has(b) || !byId.has(b)) continue;
        found.set(b, distance);
        next.push(b);
      }
    }
    frontier = next;
  }
  return found;
}

/**
 * Intrinsic information content (how few concepts a concept covers: 1 − ln(1 + descendants) /
 * ln(1 + all)) times a depth factor (1 − ½^(depth + 1): ½ for a root, ⅞ at depth 2, ≈ 1 deep
 * down). The depth factor keeps a root small even in a small graph, and tells a shallow leaf from
 * a deep one.
 */
function specificityOf(descendants: number, depth: number, total: number): number {
  const information = total > 0 ? 1 - Math.log(1 + descendants) / Math.log(1 + total) : 1;
  const depthFactor = 1 - 0.5 ** (depth + 1);
  return Math.min(1, Math.max(MIN_SPECIFICITY, information * depthFactor));
}
