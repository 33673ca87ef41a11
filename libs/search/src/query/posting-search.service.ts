import type { Client, estypes } from '@elastic/elasticsearch';
import { isLanguageCode } from '@ttm/common';
import { extractTechnicalTokens, identifyLanguage } from '@ttm/language';
import type { PostingKind } from '@ttm/postings';
import type { PostingDocument } from '../indices/postings/posting.document.ts';
import type { LanguageResources } from '../language-resources.ts';
import { CrossLingualQueryBuilder } from './cross-lingual-query.ts';
import type { QueryFilters, QuerySubject } from './query-subject.ts';

/** A user's query as read: a query subject that remembers the words that matched each concept. */
type TextSubject = Omit<QuerySubject, 'concepts'> & {
  languageSource: string;
  concepts: { conceptId: string; weight: number; surfaces: string[] }[];
};

export interface SearchRequest extends QueryFilters {
  q?: string;
  /** The query's language when the user knows it; detected otherwise. */
  lang?: string;
  page: number;
  pageSize: number;
}

export interface SearchHit {
  id: string;
  score: number;
  language: string;
  title: string;
  summary: string;
  country: string;
  trl: number | null;
  cooperationModes: string[];
  domains: string[];
  publishedAt: string | null;
  /** Same-language words that matched, with `<em>` around them, per field (`title.en`…). */
  highlights: Record<string, string[]>;
  /** Languages whose text is a machine translation: a highlight in `title.<lang>` for one of them quotes machine text. */
  machineTranslated: string[];
  /** Concepts shared with the query, with the words the posting uses for them: why a hit in another language is here. */
  matchedConcepts: { conceptId: string; label: string; surfaces: string[] }[];
}

export interface SearchResult {
  total: number;
  page: number;
  pageSize: number;
  /** How the query was read. */
  query: {
    language: string | null;
    languageSource: string | null;
    concepts: { conceptId: string; label: string; surfaces: string[] }[];
    techTokens: string[];
  };
  items: SearchHit[];
  facets: Record<'country' | 'language' | 'technologyField' | 'trl' | 'mode', { value: string; count: number }[]>;
}

const FACETS = {
  country: 'ownerCountry',
  language: 'language',
  technologyField: 'domains',
  mode: 'cooperationModes',
} as const;

const SOURCE_FIELDS = [
  'id',
  'language',
  'machineLanguages',
  'title',
  'summary',
  'ownerCountry',
  'trl',
  'trlMin',
  'cooperationModes',
  'domains',
  'publishedAt',
  'concepts',
  'features.concepts',
];

/** Search over offers or demands from text in any language, with filters, facets and highlights. */
export class PostingSearchService {
  private readonly queries: CrossLingualQueryBuilder;

  constructor(
    private readonly client: Client,
    private readonly language: LanguageResources,
    private readonly aliasOf: (kind: PostingKind) => string,
    /** Creates the indices when missing (the api may start before any worker, or while Elasticsearch is away). */
    private readonly ensureIndices: () => Promise<void> = async () => undefined,
  ) {
    this.queries = new CrossLingualQueryBuilder(language.graph);
  }

  private ready: Promise<void> | null = null;

  async search(target: PostingKind, request: SearchRequest): Promise<SearchResult> {
    this.ready ??= this.ensureIndices().catch((error: unknown) => {
      this.ready = null;
      throw error;
    });
    await this.ready;
    const subject = request.q?.trim() ? await this.subjectOf(request.q.trim(), request.lang) : null;
    const query: estypes.QueryDslQueryContainer = subject
      ? this.queries.build(target, subject, request)
      : this.queries.build(target, { language: 'und', text: '', concepts: [], ipcCodes: [], techTokens: [] }, request);
    if (!subject) (query.bool as estypes.QueryDslBoolQuery).minimum_should_match = 0;
    const trlField = target === 'offer' ? 'trl' : 'trlMin';
    const response = await this.client.search<PostingDocument & { trl?: number; trlMin?: number }>({
      index: this.aliasOf(target),
      query,
      from: (request.page - 1) * request.pageSize,
      size: request.pageSize,
      track_total_hits: true,
      sort: subject ? ['_score', { publishedAt: 'desc' }, { id: 'asc' }] : [{ publishedAt: 'desc' }, { id: 'asc' }],
      _source: SOURCE_FIELDS,
      highlight: {
        fields: { 'title.*': {}, 'summary.*': {}, 'description.*': { fragment_size: 160, number_of_fragments: 2 } },
        pre_tags: ['<em>'],
        post_tags: ['</em>'],
        encoder: 'html',
      },
      aggs: {
        ...Object.fromEntries(Object.entries(FACETS).map(([name, field]) => [name, { terms: { field, size: 30 } }])),
        trl: { terms: { field: trlField, size: 9 } },
      },
    });
    const queryConcepts = new Set(subject?.concepts.map((c) => c.conceptId) ?? []);
    const label = (id: string, lang: string) => this.language.graph.label(id, lang) ?? id;
    const readerLanguage = subject?.language ?? 'en';
    const aggregations = (response.aggregations ?? {}) as Record<string, estypes.AggregationsStringTermsAggregate>;
    const facet = (name: string) =>
      ((aggregations[name]?.buckets ?? []) as estypes.AggregationsStringTermsBucket[]).map((b) => ({
        value: String(b.key),
        count: b.doc_count,
      }));
    return {
      total: typeof response.hits.total === 'number' ? response.hits.total : (response.hits.total?.value ?? 0),
      page: request.page,
      pageSize: request.pageSize,
      query: {
        language: subject?.language ?? null,
        languageSource: subject ? subject.languageSource : null,
        concepts: (subject?.concepts ?? []).map((c) => ({
          conceptId: c.conceptId,
          label: label(c.conceptId, readerLanguage),
          surfaces: c.surfaces,
        })),
        techTokens: [...(subject?.techTokens ?? [])],
      },
      items: response.hits.hits.map((hit) => {
        const doc = hit._source as PostingDocument & { trl?: number; trlMin?: number };
        const field = isLanguageCode(doc.language) ? doc.language : 'other';
        return {
          id: doc.id,
          score: round(hit._score ?? 0),
          language: doc.language,
          title: doc.title[field] ?? Object.values(doc.title)[0] ?? '',
          summary: doc.summary[field] ?? Object.values(doc.summary)[0] ?? '',
          country: doc.ownerCountry,
          trl: doc.trl ?? doc.trlMin ?? null,
          cooperationModes: doc.cooperationModes,
          domains: doc.domains,
          publishedAt: doc.publishedAt,
          highlights: hit.highlight ?? {},
          machineTranslated: doc.machineLanguages ?? [],
          matchedConcepts: doc.concepts
            .filter((id) => queryConcepts.has(id))
            .map((id) => ({
              conceptId: id,
              label: label(id, readerLanguage),
              surfaces: doc.features.concepts[id]?.surfaces ?? [],
            })),
        };
      }),
      facets: {
        country: facet('country'),
        language: facet('language'),
        technologyField: facet('technologyField'),
        trl: facet('trl'),
        mode: facet('mode'),
      },
    };
  }

  /** Reads the user's text as a posting would be read: language, concepts, technical tokens, IPC codes. */
  private async subjectOf(q: string, lang: string | undefined): Promise<TextSubject> {
    const identified = identifyLanguage(q, lang ?? null);
    const language = identified.language;
    const concepts = await this.language.annotator.annotate(language, {
      title: q,
      summary: '',
      description: '',
      keywords: [],
    });
    const tokens = extractTechnicalTokens(q);
    const ipcCodes = [...q.matchAll(/\b[A-H]\d{2}[A-Z](?:\s*\d{1,4}\/\d{1,6})?\b/g)].map((m) => m[0]);
    return {
      language,
      languageSource: identified.source,
      text: q,
      concepts,
      ipcCodes,
      techTokens: tokens.map((t) => t.value),
    };
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
