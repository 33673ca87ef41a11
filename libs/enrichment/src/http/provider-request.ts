import type { Logger } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { EnrichmentError } from '../enrichment.errors.ts';

/** Retries of a request answered 429 or 5xx (and only those): exponential backoff with jitter. */
export interface RetryPolicy {
  /** Further attempts after the first one. */
  retries: number;
  /** Delay before the first retry; doubled for each further one, halved at random by jitter. */
  baseDelayMs: number;
  /** Cap of any one delay, including a server's `Retry-After`. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 3, baseDelayMs: 500, maxDelayMs: 10_000 };

export interface ProviderRequest {
  capability: EnrichmentError['capability'];
  /** The provider id, named in errors and log lines. */
  provider: string;
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  /** Serialised as JSON. Never logged. */
  body?: unknown;
  timeoutMs: number;
  retry: RetryPolicy;
  logger: Logger;
  /** Aborts the call and its retries (e.g. a worker shutting down): `EnrichmentError` `cancelled`. */
  signal?: AbortSignal;
}

/**
 * One JSON call to an enrichment server: the parsed body of a 2xx answer, or an `EnrichmentError`.
 * Each attempt has its own timeout (covering the body too). 429 and 5xx are retried with backoff,
 * honouring `Retry-After` up to the cap; timeouts, unreachable servers and other statuses are not
 * (the caller's job has its own retries, and repeating a slow request only multiplies the wait).
 */
export async function requestJson(request: ProviderRequest): Promise<unknown> {
  const { capability, provider, retry } = request;
  const fail = (failure: EnrichmentError['failure'], status: number | null, message: string) =>
    new EnrichmentError(capability, provider, failure, status, message);

  for (let attempt = 0; ; attempt++) {
    let status: number;
    let text: string;
    let retryAfter: string | null;
    try {
      const response = await fetch(request.url, {
        method: request.method,
        headers: {
          accept: 'application/json',
          ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...request.headers,
        },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: request.signal
          ? AbortSignal.any([AbortSignal.timeout(request.timeoutMs), request.signal])
          : AbortSignal.timeout(request.timeoutMs),
      });
      status = response.status;
      retryAfter = response.headers.get('retry-after');
      text = await response.text();
    } catch (error) {
      // By name, not `instanceof`: fetch's errors may come from another realm (e.g. under a test VM).
      const name = (error as { name?: unknown } | null)?.name;
      if (request.signal?.aborted) throw fail('cancelled', null, 'the call was cancelled');
      if (name === 'TimeoutError' || name === 'AbortError') {
        throw fail('timeout', null, `no complete answer within ${request.timeoutMs} ms`);
      }
      throw fail('unreachable', null, `cannot reach the server (${networkReason(error)})`);
    }

    if (status >= 200 && status < 300) {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw fail('bad_response', status, 'the answer is not JSON');
      }
    }
    const reason = serverMessage(text);
    if (status !== 429 && status < 500) throw fail('rejected', status, reason);
    if (attempt >= retry.retries) {
      throw fail('unavailable', status, `${reason} (after ${attempt + 1} attempts)`);
    }
    const delay = retryDelay(retry, attempt, retryAfter);
    request.logger.warn(
      `${provider}: HTTP ${status} on ${request.method} ${new URL(request.url).pathname}; ` +
        `retry ${attempt + 1}/${retry.retries} in ${delay} ms`,
    );
    try {
      await sleep(delay, undefined, { signal: request.signal });
    } catch {
      throw fail('cancelled', null, 'the call was cancelled');
    }
  }
}

/** Backoff before retry number `attempt + 1`: at least the server's `Retry-After`, at most the cap. */
export function retryDelay(policy: RetryPolicy, attempt: number, retryAfter: string | null): number {
  const backoff = policy.baseDelayMs * 2 ** attempt;
  const jittered = Math.round(backoff / 2 + (Math.random() * backoff) / 2);
  return Math.min(policy.maxDelayMs, Math.max(jittered, retryAfterMs(retryAfter)));
}

/** `Retry-After` as delay-seconds or an HTTP date, in milliseconds from now (0 when absent or unreadable). */
function retryAfterMs(value: string | null): number {
  if (!value) return 0;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? 0 : Math.max(0, at - Date.now());
}

/**
 * The server's own explanation, short and on one line: LibreTranslate answers `{error: "…"}`,
 * OpenAI-compatible servers `{error: {message: "…"}}`, others `{message}` or `{detail}`.
 */
function serverMessage(text: string): string {
  let message: unknown;
  try {
    const body = JSON.parse(text) as Record<string, unknown> | null;
    const error = body?.error;
    message =
      typeof error === 'string'
        ? error
        : typeof error === 'object' && error !== null
          ? (error as Record<string, unknown>).message
          : (body?.message ?? body?.detail);
  } catch {
    message = undefined;
  }
  if (typeof message !== 'string' || !message.trim()) return 'no error message';
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** fetch rejects with `TypeError('fetch failed')`; the system's reason (`ECONNREFUSED`…) is its cause. */
function networkReason(error: unknown): string {
  const { message, cause } = (error ?? {}) as { message?: unknown; cause?: { code?: unknown; message?: unknown } };
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return typeof message === 'string' ? message : String(error);
}

/** The URL as shown in provider ids and messages: no credentials, query or trailing slash. */
export function displayUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`;
}

/** `base` without trailing slashes, then `path`. */
export function endpoint(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}
