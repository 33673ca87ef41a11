import { Logger } from '@nestjs/common';
import { EnrichmentError } from '../enrichment.errors.ts';
import { batches } from '../http/batches.ts';
import { DEFAULT_RETRY_POLICY, displayUrl, endpoint, requestJson, type RetryPolicy } from '../http/provider-request.ts';
import type { TranslationLanguage, TranslationProvider } from './translation.provider.ts';

export interface LibreTranslateOptions {
  /** Base URL of the server, e.g. `http://127.0.0.1:5000`. */
  url: string;
  apiKey?: string | undefined;
  timeoutMs: number;
  /** At most this many texts per request. */
  batchSize: number;
  /** At most about this many characters per request (servers may run with a `--char-limit`). */
  batchChars: number;
  retry?: RetryPolicy;
  /** How long `languages()` keeps the server's list (default five minutes). */
  languagesTtlMs?: number;
}

/**
 * LibreTranslate over its REST API: `POST /translate` with `{q: string[], source, target,
 * format: 'text', api_key?}` → `{translatedText: string[]}`; `GET /languages` →
 * `[{code, name, targets}]`. Batches are sent one after the other.
 */
export class LibreTranslateProvider implements TranslationProvider {
  readonly id: string;
  private readonly logger = new Logger(LibreTranslateProvider.name);
  private readonly retry: RetryPolicy;
  private languageList: { at: number; languages: Promise<TranslationLanguage[]> } | null = null;

  constructor(private readonly options: LibreTranslateOptions) {
    this.id = `libretranslate:${displayUrl(options.url)}`;
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
  }

  async translate(texts: readonly string[], from: string, to: string, signal?: AbortSignal): Promise<string[]> {
    if (!from || !to) throw this.error('invalid_input', null, 'source and target languages are required');
    const result = [...texts];
    if (from === to) return result;
    // Positions of the texts worth sending: blank ones come back as they are.
    const pending = texts.flatMap((text, position) => (text.trim() ? [position] : []));
    let done = 0;
    for (const batch of batches(
      pending.map((position) => texts[position]!),
      this.options.batchSize,
      this.options.batchChars,
    )) {
      const translated = await this.translateBatch(batch, from, to, signal);
      for (const text of translated) result[pending[done++]!] = text;
    }
    return result;
  }

  async languages(): Promise<TranslationLanguage[]> {
    const ttl = this.options.languagesTtlMs ?? 5 * 60_000;
    if (!this.languageList || Date.now() - this.languageList.at > ttl) {
      const languages = this.fetchLanguages();
      this.languageList = { at: Date.now(), languages };
      // A failed look-up is not remembered: the next call asks again.
      languages.catch(() => {
        if (this.languageList?.languages === languages) this.languageList = null;
      });
    }
    return this.languageList.languages;
  }

  async supports(from: string, to: string): Promise<boolean> {
    const source = (await this.languages()).find((language) => language.code === from);
    return source?.targets.includes(to) ?? false;
  }

  private async translateBatch(
    batch: string[],
    from: string,
    to: string,
    signal: AbortSignal | undefined,
  ): Promise<string[]> {
    const body = await requestJson({
      capability: 'translation',
      provider: this.id,
      method: 'POST',
      url: endpoint(this.options.url, '/translate'),
      body: {
        q: batch,
        source: from,
        target: to,
        format: 'text',
        ...(this.options.apiKey ? { api_key: this.options.apiKey } : {}),
      },
      timeoutMs: this.options.timeoutMs,
      retry: this.retry,
      logger: this.logger,
      signal,
    });
    const translated = (body as { translatedText?: unknown } | null)?.translatedText;
    // A server answering a one-element list with a bare string is still understood.
    const list = typeof translated === 'string' && batch.length === 1 ? [translated] : translated;
    if (!Array.isArray(list) || list.length !== batch.length || !list.every((t) => typeof t === 'string')) {
      throw this.error('bad_response', 200, `expected translatedText as a list of ${batch.length} strings`);
    }
    return list as string[];
  }

  private async fetchLanguages(): Promise<TranslationLanguage[]> {
    const body = await requestJson({
      capability: 'translation',
      provider: this.id,
      method: 'GET',
      url: endpoint(this.options.url, '/languages'),
      timeoutMs: this.options.timeoutMs,
      retry: this.retry,
      logger: this.logger,
    });
    if (!Array.isArray(body)) throw this.error('bad_response', 200, 'expected a list of languages');
    return body.flatMap((entry: unknown) => {
      const { code, name, targets } = (entry ?? {}) as Record<string, unknown>;
      if (typeof code !== 'string') return [];
      return [
        {
          code,
          name: typeof name === 'string' ? name : code,
          targets: Array.isArray(targets) ? targets.filter((t): t is string => typeof t === 'string') : [],
        },
      ];
    });
  }

  private error(failure: EnrichmentError['failure'], status: number | null, message: string): EnrichmentError {
    return new EnrichmentError('translation', this.id, failure, status, message);
  }
}
