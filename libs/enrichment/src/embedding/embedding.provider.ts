/** Vectors for a list of texts, in the same order. */
export interface EmbeddingResult {
  /** The configured model (what `vectorFingerprint` is computed from). */
  model: string;
  dimensions: number;
  vectors: number[][];
}

/**
 * Text embeddings, optional: the engine matches without them; when on, vectors add a kNN candidate
 * source. Inject with `@Inject(EMBEDDING_PROVIDER)`; the value is `null` when off.
 */
export interface EmbeddingProvider {
  /** Names the server in logs and errors, e.g. `openai:https://api.openai.com/v1`. */
  readonly id: string;
  readonly model: string;
  readonly dimensions: number;
  /** `vectorFingerprint(model, dimensions)`: stored with each vector, so a model change can be detected. */
  readonly fingerprint: string;
  /**
   * One vector of `dimensions` numbers per text, in order. Texts must not be blank (see
   * `embeddingText`). Throws `EnrichmentError` (naming the provider and the HTTP status, never the texts).
   */
  embed(texts: readonly string[], signal?: AbortSignal): Promise<EmbeddingResult>;
}
