import { Logger } from '@nestjs/common';
import { EnrichmentError } from '../enrichment.errors.ts';
import { batches } from '../http/batches.ts';
import { DEFAULT_RETRY_POLICY, displayUrl, endpoint, requestJson, type RetryPolicy } from '../http/provider-request.ts';
import { vectorFingerprint } from './embedding-text.ts';
import type { EmbeddingProvider, EmbeddingResult } from './embedding.provider.ts';

export interface OpenAiEmbeddingOptions {
  /** Base URL including the API version, e.g. `https://api.openai.com/v1`; requests go to `<url>/embeddings`. */
  url: string;
  model: string;
  dimensions: number;
  apiKey?: string | undefined;
  timeoutMs: number;
  /** At most this many inputs per request. */
  batchSize: number;
  retry?: RetryPolicy;
}

/**
 * Any server speaking OpenAI's embeddings API (OpenAI, vLLM, Ollama, text-embeddings-inference…):
 * `POST <url>/embeddings` with `{model, input: string[]}` and a bearer key →
 * `{data: [{index, embedding}], model}`. Answers are put in input order by `index`; every vector must
 * have the configured length.
 */
export class OpenAiEmbeddingProvider implements EmbeddingProvider {
  readonly id: string;
  readonly model: string;
  readonly dimensions: number;
  readonly fingerprint: string;
  private readonly logger = new Logger(OpenAiEmbeddingProvider.name);
  private readonly retry: RetryPolicy;
  private warnedAboutModel = false;

  constructor(private readonly options: OpenAiEmbeddingOptions) {
    this.id = `openai:${displayUrl(options.url)}`;
    this.model = options.model;
    this.dimensions = options.dimensions;
    this.fingerprint = vectorFingerprint(options.model, options.dimensions);
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
  }

  async embed(texts: readonly string[], signal?: AbortSignal): Promise<EmbeddingResult> {
    const blank = texts.findIndex((text) => !text.trim());
    if (blank >= 0) throw this.error('invalid_input', null, `text ${blank} is blank; there is nothing to embed`);
    const vectors: number[][] = [];
    for (const batch of batches(texts, this.options.batchSize)) vectors.push(...(await this.embedBatch(batch, signal)));
    return { model: this.model, dimensions: this.dimensions, vectors };
  }

  private async embedBatch(batch: string[], signal: AbortSignal | undefined): Promise<number[][]> {
    const body = await requestJson({
      capability: 'embedding',
      provider: this.id,
      method: 'POST',
      url: endpoint(this.options.url, '/embeddings'),
      headers: this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {},
      body: { model: this.model, input: batch },
      timeoutMs: this.options.timeoutMs,
      retry: this.retry,
      logger: this.logger,
      signal,
    });
    const { data, model } = (body ?? {}) as { data?: unknown; model?: unknown };
    if (!Array.isArray(data) || data.length !== batch.length) {
      throw this.error('bad_response', 200, `expected data with ${batch.length} embeddings`);
    }
    if (typeof model === 'string' && model !== this.model && !this.warnedAboutModel) {
      // Servers may answer with an alias's full name; the configured name stays the fingerprint.
      this.warnedAboutModel = true;
      this.logger.warn(`${this.id}: asked for model "${this.model}", the server answered "${model}"`);
    }
    const vectors: (number[] | undefined)[] = new Array(batch.length);
    for (const item of data as { index?: unknown; embedding?: unknown }[]) {
      const index = item?.index;
      if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= batch.length) {
        throw this.error('bad_response', 200, `embedding index ${String(index)} is outside 0…${batch.length - 1}`);
      }
      if (vectors[index]) throw this.error('bad_response', 200, `embedding index ${index} appears twice`);
      const embedding = item.embedding;
      if (!Array.isArray(embedding) || !embedding.every((x) => typeof x === 'number' && Number.isFinite(x))) {
        throw this.error('bad_response', 200, `embedding ${index} is not a list of numbers`);
      }
      vectors[index] = embedding as number[];
    }
    const lengths = [...new Set(vectors.map((vector) => vector!.length))];
    if (lengths.length > 1) {
      throw this.error(
        'dimensions_mismatch',
        200,
        `vectors of different lengths (${lengths.join(', ')}) in one answer`,
      );
    }
    if (lengths[0] !== this.dimensions) {
      throw this.error(
        'dimensions_mismatch',
        200,
        `model "${this.model}" answered ${lengths[0]}-dimensional vectors; EMBEDDING_DIMENSIONS is ${this.dimensions}`,
      );
    }
    return vectors as number[][];
  }

  private error(failure: EnrichmentError['failure'], status: number | null, message: string): EnrichmentError {
    return new EnrichmentError('embedding', this.id, failure, status, message);
  }
}
