/**
 * The two baselines the README asks to measure side by side with the engine: what a typical
 * Elasticsearch user would build for "find the offers that answer this demand" without handling
 * languages. Both run against the real Elasticsearch on one throw-away index,
 * `<prefix>-baseline-offers`, that holds the dataset's offers in plain text fields analysed by the
 * `standard` analyzer (no stemming, no stop words, no language awareness; CJK split into single
 * characters), plus the offer's id as a keyword. The index is deleted at the end, also on error.
 *
 * - `mlt`: a `more_like_this` query whose `like` is the demand's whole text (title, summary,
 *   description, keywords) over the four fields. Its defaults are made for "documents like this
 *   long document" in big corpora; for postings of a few hundred words in a set of hundreds:
 *   `min_term_freq: 1` (the default 2 would drop nearly every word of a short text, where a term
 *   seldom appears twice), `min_doc_freq: 1` (the default 5 would drop the rare, distinctive terms
 *   of a small set), `max_query_terms: 50` (twice the default 25: a posting has more distinctive
 *   words than a title; much more would let frequent words in, as the `standard` analyzer keeps
 *   stop words), and `minimum_should_match: 1` so that every offer sharing any selected term is
 *   ranked (the default "30%" only cuts the tail of the list; it never reorders what it keeps).
 * - `bm25`: a `multi_match` of the demand's title, summary and keywords (the description is left
 *   out: a user types a query, not a page) over `title^3`, `keywords^2`, `summary`, `description`,
 *   type `most_fields`: the query is a short text whose words are spread over an offer's fields,
 *   and `most_fields` adds the evidence of every field where `best_fields` would keep only the
 *   strongest one. Operator `or` (the default): any shared word ranks an offer.
 * Score ties are broken by offer id, so that a run is reproducible.
 *
 * A plain module (no decorators, no `@ttm` aliases) so that Node can run it directly.
 */
import { Client, type estypes } from '@elastic/elasticsearch';
import type { PostingText } from './dataset.ts';

export interface BaselineOptions {
  /** Elasticsearch URL, e.g. http://127.0.0.1:9200. */
  url: string;
  /** Names the index `<indexPrefix>-baseline-offers`. */
  indexPrefix: string;
  /** Offers returned per demand; default: all offers (at most 10,000, the search window). */
  size?: number;
  requestTimeoutMs?: number;
}

export interface BaselineRun {
  /** demandId → offer ids, best first (offers sharing no term with the demand are not listed). */
  rankings: Map<string, string[]>;
  /** Wall-clock seconds of the queries for all demands (indexing excluded, see `indexing`). */
  seconds: number;
}

export interface BaselineResults {
  mlt: BaselineRun;
  bm25: BaselineRun;
  /** The shared index: its name, and the seconds to create it and bulk-index the offers. */
  indexing: { index: string; offers: number; seconds: number };
}

export type BaselineName = 'mlt' | 'bm25';

const TEXT_FIELDS = ['title', 'summary', 'description', 'keywords'] as const;
const MAX_WINDOW = 10_000;
const BULK_CHUNK = 1_000;

export const MLT_PARAMETERS = {
  min_term_freq: 1,
  min_doc_freq: 1,
  max_query_terms: 50,
  minimum_should_match: '1',
} as const;

export const BM25_FIELDS = ['title^3', 'keywords^2', 'summary', 'description'];

export function baselineIndexName(indexPrefix: string): string {
  return `${indexPrefix}-baseline-offers`;
}

const join = (...parts: string[]) =>
  parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n');

export function moreLikeThisQuery(demand: PostingText): estypes.QueryDslQueryContainer {
  return {
    more_like_this: {
      fields: [...TEXT_FIELDS],
      like: join(demand.title, demand.summary, demand.description, demand.keywords.join(', ')),
      ...MLT_PARAMETERS,
    },
  };
}

export function bm25Query(demand: PostingText): estypes.QueryDslQueryContainer {
  return {
    multi_match: {
      query: join(demand.title, demand.summary, demand.keywords.join(', ')),
      fields: BM25_FIELDS,
      type: 'most_fields',
    },
  };
}

const QUERIES: Record<BaselineName, (demand: PostingText) => estypes.QueryDslQueryContainer> = {
  mlt: moreLikeThisQuery,
  bm25: bm25Query,
};

/**
 * Indexes `offers`, ranks them for every demand with both baselines, deletes the index. Refuses
 * to start when the index already exists (another run with the same prefix, or one killed before
 * it could clean up): it never deletes an index it did not create.
 */
export async function runBaselines(
  offers: readonly PostingText[],
  demands: readonly PostingText[],
  options: BaselineOptions,
): Promise<BaselineResults> {
  const index = baselineIndexName(options.indexPrefix);
  const client = new Client({
    node: options.url,
    requestTimeout: options.requestTimeoutMs ?? 60_000,
    maxRetries: 2,
    compression: false,
  });
  let created = false;
  try {
    if (await client.indices.exists({ index }))
      throw new Error(
        `index ${index} already exists (another run, or one that was killed?): delete it or use another prefix`,
      );
    const started = performance.now();
    await client.indices.create({
      index,
      settings: { number_of_shards: 1, number_of_replicas: 0 },
      mappings: {
        dynamic: 'strict',
        properties: {
          externalId: { type: 'keyword' },
          ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, { type: 'text' as const, analyzer: 'standard' }])),
        },
      },
    });
    created = true;
    await indexOffers(client, index, offers);
    const indexing = { index, offers: offers.length, seconds: (performance.now() - started) / 1000 };
    const size = Math.min(options.size ?? Math.max(offers.length, 1), MAX_WINDOW);
    const mlt = await rank(client, index, demands, 'mlt', size);
    const bm25 = await rank(client, index, demands, 'bm25', size);
    return { mlt, bm25, indexing };
  } finally {
    try {
      if (created) await client.indices.delete({ index, ignore_unavailable: true });
    } finally {
      await client.close();
    }
  }
}

async function indexOffers(client: Client, index: string, offers: readonly PostingText[]): Promise<void> {
  for (let start = 0; start < offers.length; start += BULK_CHUNK) {
    const chunk = offers.slice(start, start + BULK_CHUNK);
    const response = await client.bulk({
      operations: chunk.flatMap((offer) => [
        { index: { _index: index, _id: offer.externalId } },
        {
          externalId: offer.externalId,
          title: offer.title,
          summary: offer.summary,
          description: offer.description,
          keywords: offer.keywords,
        },
      ]),
    });
    if (response.errors) {
      const failed = response.items.find((item) => item.index?.error)?.index;
      throw new Error(`bulk indexing into ${index} failed for ${failed?._id}: ${failed?.error?.reason ?? 'unknown'}`);
    }
  }
  await client.indices.refresh({ index });
}

async function rank(
  client: Client,
  index: string,
  demands: readonly PostingText[],
  baseline: BaselineName,
  size: number,
): Promise<BaselineRun> {
  const rankings = new Map<string, string[]>();
  const started = performance.now();
  for (const demand of demands) {
    const response = await client.search<never>({
      index,
      query: QUERIES[baseline](demand),
      size,
      sort: [{ _score: { order: 'desc' } }, { externalId: { order: 'asc' } }],
      _source: false,
      track_total_hits: false,
    });
    rankings.set(
      demand.externalId,
      response.hits.hits.map((hit) => hit._id!),
    );
  }
  return { rankings, seconds: (performance.now() - started) / 1000 };
}
