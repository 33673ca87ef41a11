/** Injects the `TranslationProvider`, or `null` when `TRANSLATION_PROVIDER=none` (the default). */
export const TRANSLATION_PROVIDER = Symbol('TRANSLATION_PROVIDER');

/** Injects the `EmbeddingProvider`, or `null` when `EMBEDDING_PROVIDER=none` (the default). */
export const EMBEDDING_PROVIDER = Symbol('EMBEDDING_PROVIDER');
