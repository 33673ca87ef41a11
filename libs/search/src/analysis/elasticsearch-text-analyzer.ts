import type { Client, estypes } from '@elastic/elasticsearch';
import { isLanguageCode } from '@ttm/common';
import type { AnalyzedTerm, TextAnalyzer } from '@ttm/language';
import { CUSTOM_ANALYZERS, FALLBACK_ANALYZER, LANGUAGE_ANALYZERS } from './language-analyzers.ts';

/** Characters per `_analyze` request: far below the 10,000-token limit of the API in any script. */
const MAX_CHARS_PER_REQUEST = 20_000;
/** Between two texts of one request: no analyzer joins tokens across it. */
const SEPARATOR = '\n\n';

/**
 * `TextAnalyzer` over Elasticsearch's `_analyze`, with exactly the analyzer the language's
 * sub-fields use, so annotation and search agree on what a word is. Many short texts go in one
 * request (joined, then told apart again by offsets).
 */
export class ElasticsearchTextAnalyzer implements TextAnalyzer {
  constructor(private readonly client: Client) {}

  async analyze(language: string, texts: readonly string[]): Promise<AnalyzedTerm[][]> {
    const result: AnalyzedTerm[][] = texts.map(() => []);
    for (const chunk of chunks(texts)) {
      const joined = chunk.map((i) => texts[i]).join(SEPARATOR);
      const starts: number[] = [];
      let at = 0;
      for (const i of chunk) {
        starts.push(at);
        at += (texts[i] as string).length + SEPARATOR.length;
      }
      const response = await this.analyzeWithRetry({ ...analyzerFor(language), text: joined });
      for (const token of response.tokens ?? []) {
        const slot = lastAtOrBefore(starts, token.start_offset);
        const base = starts[slot] as number;
        (result[chunk[slot] as number] as AnalyzedTerm[]).push({
          term: token.token,
          start: token.start_offset - base,
          end: token.end_offset - base,
          position: token.position,
        });
      }
    }
    return result;
  }

  /**
   * `_analyze` runs in a small thread pool (one thread on a 2-core node); under indexing load it
   * rejects with 429, which the client does not retry. Back off and try again.
   */
  private async analyzeWithRetry(request: estypes.IndicesAnalyzeRequest): Promise<estypes.IndicesAnalyzeResponse> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.client.indices.analyze(request);
      } catch (error) {
        const status = (error as { meta?: { statusCode?: number } }).meta?.statusCode;
        if (status !== 429 || attempt >= MAX_429_RETRIES) throw error;
        await new Promise((r) => setTimeout(r, 50 * 2 ** attempt + Math.random() * 50));
      }
    }
  }
}

const MAX_429_RETRIES = 8;

/** The analyzer by name, or a custom one spelled out (`_analyze` without an index knows no custom names). */
export function analyzerFor(
  language: string,
): Pick<estypes.IndicesAnalyzeRequest, 'analyzer' | 'tokenizer' | 'filter'> {
  const name: string = isLanguageCode(language) ? LANGUAGE_ANALYZERS[language] : FALLBACK_ANALYZER;
  const custom = (CUSTOM_ANALYZERS as Record<string, { tokenizer: string; filter: string[] }>)[name];
  return custom ? { tokenizer: custom.tokenizer, filter: custom.filter } : { analyzer: name };
}

function* chunks(texts: readonly string[]): Generator<number[]> {
  let current: number[] = [];
  let size = 0;
  for (let i = 0; i < texts.length; i += 1) {
    const length = (texts[i] as string).length + SEPARATOR.length;
    if (current.length > 0 && size + length > MAX_CHARS_PER_REQUEST) {
      yield current;
      current = [];
      size = 0;
    }
    current.push(i);
    size += length;
  }
  if (current.length > 0) yield current;
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] as number) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
