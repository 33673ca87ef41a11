import type { Client } from '@elastic/elasticsearch';
import type { PostingKind } from '@ttm/postings';
import { isLanguageCode } from '@ttm/common';
import type { CrossLingualQueryBuilder, PostingDocument, PostingFeatures } from '@ttm/search';

/** A posting as the matching job reads it from the index (realtime, so a write just made is seen). */
export interface IndexedPosting {
  version: number;
  document: PostingDocument;
}

const counterpartOf = (kind: PostingKind): PostingKind => (kind === 'offer' ? 'demand' : 'offer');

/**
 * Stage one: the top K candidates of the other side from Elasticsearch, through the same
 * cross-lingual query as search (same-language text, concepts, IPC prefixes, technical tokens).
 */
export class CandidateSource {
  constructor(
    private readonly client: Client,
    private readonly queries: CrossLingualQueryBuilder,
    private readonly aliasOf: (kind: PostingKind) => string,
  ) {}

  async load(kind: PostingKind, id: string): Promise<IndexedPosting | null> {
    const found = await this.client.get<PostingDocument>({ index: this.aliasOf(kind), id }, { ignore: [404] });
    if (!found.found || !found._source) return null;
    return { version: found._version ?? 0, document: found._source };
  }

  async candidates(kind: PostingKind, subject: PostingDocument, k: number, now: Date): Promise<PostingFeatures[]> {
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
    const response = await this.client.search<{ features: PostingFeatures }>({
      index: this.aliasOf(counterpartOf(kind)),
      query,
      size: k,
      _source: ['features'],
      sort: ['_score', { id: 'asc' }],
    });
    return response.hits.hits.map((h) => (h._source as { features: PostingFeatures }).features);
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
