/**
 * The brute-force oracle of the benchmark: every posting's features as indexed, every offer ×
 * demand pair (or a sample of demands against every offer) scored with the engine's own pure
 * scoring code, each demand's top `k` kept.
 *
 * The scoring files are loaded straight from the sources (as scripts/bench/scoring.ts does): a
 * resolve hook maps `@ttm/<lib>` to `libs/<lib>/src/index.ts`; they import only types from there,
 * except the scoring configuration (`DomainError`).
 */
import './lib-sources.ts';
import type { Client } from '@elastic/elasticsearch';
import type { PostingFeatures } from '../../libs/search/src/indices/postings/posting-features.ts';
import { type Scored, topK } from './stats.ts';

const { loadThesaurus } = await import('../../libs/language/src/thesaurus/thesaurus.loader.ts');
const { conceptGraphFromThesaurus } = await import('../../libs/language/src/thesaurus/concept-graph.ts');
const { evaluatePair, round4 } = await import('../../libs/matching/src/scoring/pair.scorer.ts');
const { DEFAULT_SCORING_CONFIG } = await import('../../libs/matching/src/scoring/scoring.config.ts');

export const SCORING_VERSION: string = DEFAULT_SCORING_CONFIG.version;

/** Every document's features from an alias, through a scroll. */
export async function readFeatures(es: Client, alias: string): Promise<PostingFeatures[]> {
  const out: PostingFeatures[] = [];
  let response = await es.search<{ features: PostingFeatures }>({
    index: alias,
    scroll: '2m',
    size: 1_000,
    _source: ['features'],
    sort: ['_doc'],
  });
  try {
    while (response.hits.hits.length > 0) {
      for (const hit of response.hits.hits) if (hit._source) out.push(hit._source.features);
      if (!response._scroll_id) break;
      response = await es.scroll<{ features: PostingFeatures }>({ scroll_id: response._scroll_id, scroll: '2m' });
    }
  } finally {
    if (response._scroll_id) await es.clearScroll({ scroll_id: response._scroll_id }).catch(() => undefined);
  }
  return out;
}

export interface OracleResult {
  /** Demand id → its top `k` offer ids (score desc, offer id asc), filtered pairs dropped. */
  lists: Map<string, string[]>;
  pairs: number;
  seconds: number;
}

/**
 * Scores each given demand against every offer. The score of a pair is `scorePair`'s (the same
 * evaluation, reported to four decimals); explanations are not written (the engine writes them
 * for the kept top only, too). `now` is the start of today (UTC), as the engine takes it.
 */
export function bruteForce(
  offers: readonly PostingFeatures[],
  demands: readonly PostingFeatures[],
  k: number,
): OracleResult {
  const graph = conceptGraphFromThesaurus(loadThesaurus().concepts);
  const now = new Date(new Date().toISOString().slice(0, 10));
  const started = performance.now();
  const lists = new Map<string, string[]>();
  for (const demand of demands) {
    const kept: Scored[] = [];
    for (const offer of offers) {
      const pair = evaluatePair(offer, demand, graph, DEFAULT_SCORING_CONFIG, now);
      if (!pair.filteredOut) kept.push({ id: offer.id, score: round4(pair.score) });
    }
    lists.set(
      demand.id,
      topK(kept, k).map((s) => s.id),
    );
  }
  return { lists, pairs: offers.length * demands.length, seconds: (performance.now() - started) / 1_000 };
}
