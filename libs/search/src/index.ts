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
