// Optional enrichment adapters (machine translation, embeddings), off by default.
export { EnrichmentModule } from './enrichment.module.ts';
export { EMBEDDING_PROVIDER, TRANSLATION_PROVIDER } from './enrichment.tokens.ts';
export { EnrichmentError, type EnrichmentFailure } from './enrichment.errors.ts';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './http/provider-request.ts';
export type { TranslationLanguage, TranslationProvider } from './translation/translation.provider.ts';
export { LibreTranslateProvider, type LibreTranslateOptions } from './translation/libretranslate.provider.ts';
export type { EmbeddingProvider, EmbeddingResult } from './embedding/embedding.provider.ts';
export { OpenAiEmbeddingProvider, type OpenAiEmbeddingOptions } from './embedding/openai-embedding.provider.ts';
export {
  EMBEDDING_TEXT_MAX_CHARS,
  EMBEDDING_TEXT_VERSION,
  embeddingText,
  vectorFingerprint,
  type EmbeddingTextParts,
} from './embedding/embedding-text.ts';
export { type EnrichOutcome, PostingEnricher, type PostingEnricherOptions } from './posting/posting-enricher.ts';
export { PostingEnrichmentModule } from './posting/posting-enrichment.module.ts';
