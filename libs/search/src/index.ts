export {
  CUSTOM_ANALYZERS,
  FALLBACK_ANALYZER,
  LANGUAGE_ANALYZERS,
  analysisSettings,
  perLanguageTextMapping,
} from './analysis/language-analyzers.ts';
export {
  STANDARD_ANALYZERS,
  STANDARD_CHAR_FILTERS,
  STANDARD_TOKENIZERS,
  STANDARD_TOKEN_FILTERS,
} from './analysis/standard-analysis-names.ts';
export { ElasticsearchTextAnalyzer, analyzerFor } from './analysis/elasticsearch-text-analyzer.ts';
export { createElasticsearchClient } from './elasticsearch.client.ts';
export { ElasticsearchHealthIndicator } from './elasticsearch.health.ts';
export type { ConceptMention, PostingFeatures } from './indices/postings/posting-features.ts';
export { indexAlias, physicalIndexName } from './index-names.ts';
export { SearchModule } from './search.module.ts';
export { analysisNamesUsed, type AnalysisNames } from './analysis/analysis-names.ts';
export type { DemandDocument } from './indices/demands/demands.document.ts';
export type { OfferDocument } from './indices/offers/offers.document.ts';
export {
  type PostingDocument,
  type PostingVector,
  vectorField,
  type VectorSpace,
} from './indices/postings/posting.document.ts';
export { PostingIndexingModule } from './indexing/posting-indexing.module.ts';
export { PostingIndexer, POSTING_INDEX, type IndexResult, type RebuildProgress } from './indexing/posting-indexer.ts';
export { documentVersion, type IndexOperation, type IndexOutcome } from './indexing/posting-index.writer.ts';
export { PostingSearchModule } from './query/posting-search.module.ts';
export {
  PostingSearchService,
  type SearchHit,
  type SearchRequest,
  type SearchResult,
} from './query/posting-search.service.ts';
export { CrossLingualQueryBuilder, QUERY_WEIGHTS } from './query/cross-lingual-query.ts';
export type { QueryFilters, QuerySubject } from './query/query-subject.ts';
export { LanguageResources } from './language-resources.ts';
