import type { Client } from '@elastic/elasticsearch';
import type { PostingKind } from '@ttm/postings';
import { isLanguageCode } from '@ttm/common';
import {
  type CrossLingualQueryBuilder,
  type PostingDocument,
  type PostingFeatures,
  vectorField,
  type VectorSpace,
} from '@ttm/search';
import { FeaturesCache } from './features.cache.ts';
import { fuseByRank } from './rank-fusion.ts';

/** A posting as the matching job reads it from the index (realtime, so a write just made is seen). */
export interface IndexedPosting {
  /** The posting version the document was built from. */
  version: number;
  document: PostingDocument;
}

/** Embeddings as a second candidate source: nearest neighbours in one vector space (only its vectors are compared). */
export interface NearestNeighbours extends VectorSpace {
  /** Neighbours asked for per posting. */
  k: number;
}

const counterpartOf = (kind: PostingKind): PostingKind => (kind === 'offer' ? 'demand' : 'offer');

/**
 * Stage one: the top K candidates of the other side from Elasticsearch, through the same
 * cross-lingual query as search (same-language text, concepts, IPC prefixes, technical tokens).
 * With embeddings on, the subject's nearest neighbours (kNN on its vector, same filters) are a
 * second list, fused with the first by reciprocal rank into the K candidates.
 */
export class CandidateSource {
  constructor(
    private readonly client: Client,
    private readonly queries: CrossLingualQueryBuilder,
    private readonly aliasOf: (kind: PostingKind) => string,
    private readonly neighbours: NearestNeighbours | null = null,
    private readonly cache = new FeaturesCache(0),
  ) {}

  async load(kind: PostingKind, id: string): Promise<IndexedPosting | null> {
    const found = await this.client.get<PostingDocument>({ index: this.aliasOf(kind), id }, { ignore: [404] });
    if (!found.found || !found._source) return null;
    return { version: found._source.version, document: found._source };
  }

  async candidates(kind: PostingKind, subject: PostingDocument, k: number, now: Date): Promise<PostingFeatures[]> {
    const [lexical, nearest] = await Promise.all([
      this.lexical(kind, subject, k, now),
      this.nearest(kind, subject, now),
    ]);
    return nearest.length === 0 ? lexical : fuseByRank([lexical, nearest], (f) => f.id, k);
  }

  private async lexical(kind: PostingKind, subject: PostingDocument, k: number, now: Date): Promise<PostingFeatures[]> {
    const f = subject.features;
    const field = isLanguageCode(subject.language) ? subject.language : 'other';
    const text = [subject.title[field], ...(subject.keywords[field] ?? []), subject.summary[field]]
      .filter((t): t is string => !!t)
      .join('\n');
    const query = this.queries.build(
      counterpartOf(kind),
      {
        language: subject.language,
        text,
        concepts: Object.entries(f.concepts).map(([conceptId, m]) => ({ conceptId, weight: m.weight })),
        ipcCodes: [...f.ipc, ...f.ipcInferred],
        techTokens: Object.keys(f.techTokens),
      },
      {},
      now,
    );
    const target = counterpartOf(kind);
    const response = await this.client.search<{ features: PostingFeatures }>({
      index: this.aliasOf(target),
      query,
      size: k,
      _source: this.cache.enabled ? false : ['features'],
      version: true,
      sort: ['_score', { id: 'asc' }],
    });
    return this.featuresOfHits(target, response.hits.hits);
  }

  /** The subject's nearest neighbours on the other side, when it has a vector of the configured model. */
  private async nearest(kind: PostingKind, subject: PostingDocument, now: Date): Promise<PostingFeatures[]> {
    const space = this.neighbours;
    const field = space ? vectorField(space.dimensions) : null;
    const vector = field ? subject.embedding?.[field] : undefined;
    if (!space || !field || !vector || subject.embedding?.fingerprint !== space.fingerprint) return [];
    const target = counterpartOf(kind);
    const response = await this.client.search<{ features: PostingFeatures }>({
      index: this.aliasOf(target),
      version: true,
      knn: {
        field: `embedding.${field}`,
        query_vector: vector,
        k: space.k,
        num_candidates: Math.max(100, 2 * space.k),
        filter: [
          ...this.queries.filterClauses(target, {}, now),
          { term: { 'embedding.fingerprint': space.fingerprint } },
        ],
      },
      size: space.k,
      _source: this.cache.enabled ? false : ['features'],
    });
    return this.featuresOfHits(target, response.hits.hits);
  }

  /**
   * The features of search hits, in hit order: from the hit itself when the search returned them
   * (cache off), else from the cache when the hit's document version is there, the others in one
   * `mget` (a hit deleted meanwhile is left out).
   */
  private async featuresOfHits(
    kind: PostingKind,
    hits: readonly { _id?: string; _version?: number; _source?: { features: PostingFeatures } }[],
  ): Promise<PostingFeatures[]> {
    const found = new Map<string, PostingFeatures>();
    const missing: string[] = [];
    for (const hit of hits) {
      const known =
        hit._source?.features ??
        (hit._id && hit._version !== undefined ? this.cache.get(kind, hit._id, hit._version) : undefined);
      if (known) found.set(known.id, known);
      else if (hit._id) missing.push(hit._id);
    }
    if (missing.length > 0) {
      const response = await this.client.mget<{ features: PostingFeatures }>({
        index: this.aliasOf(kind),
        ids: missing,
        _source: ['features'],
      });
      for (const doc of response.docs) {
        if (!('found' in doc) || !doc.found || !doc._source) continue;
        found.set(doc._id, doc._source.features);
        if (doc._version !== undefined) this.cache.set(kind, doc._id, doc._version, doc._source.features);
      }
    }
    return hits.map((h) => (h._id ? found.get(h._id) : undefined)).filter((f): f is PostingFeatures => !!f);
  }

  /** Features of given postings of one kind (those still indexed). */
  async features(kind: PostingKind, ids: readonly string[]): Promise<Map<string, PostingFeatures>> {
    if (ids.length === 0) return new Map();
    const response = await this.client.mget<{ features: PostingFeatures }>({
      index: this.aliasOf(kind),
      ids: [...ids],
      _source: ['features'],
    });
    const out = new Map<string, PostingFeatures>();
    for (const doc of response.docs) {
      if ('found' in doc && doc.found && doc._source) out.set(doc._id, doc._source.features);
    }
    return out;
  }
}
