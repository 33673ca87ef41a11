import { createHash } from 'node:crypto';
import { FakeHttpServer, type RecordedRequest, type Reply } from './fake-http-server.ts';

/** The fake's vector for a text: deterministic, unit length, different for each text and model. */
export function fakeVector(model: string, text: string, dimensions: number): number[] {
  const values: number[] = [];
  for (let block = 0; values.length < dimensions; block++) {
    const digest = createHash('sha256').update(`${model}\u0000${block}\u0000${text}`).digest();
    for (let i = 0; i + 1 < digest.length && values.length < dimensions; i += 2) {
      values.push(digest.readInt16BE(i) / 32768);
    }
  }
  const norm = Math.hypot(...values) || 1;
  return values.map((v) => v / norm);
}

export interface FakeEmbeddingSettings {
  /** Model name → the length of its vectors. */
  models: Record<string, number>;
  /** When set, requests must carry `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** Inputs per request the server accepts. */
  maxInputs?: number;
  /** Answer the `data` items in reverse order (their `index` still right), as some servers do. */
  reversed?: boolean;
  /** Cut the last vector of each answer short (a broken server). */
  ragged?: boolean;
  /** Chosen vectors for some texts (e.g. two texts "about the same thing"); others get `fakeVector`. */
  vectorFor?: (text: string, model: string, dimensions: number) => number[] | undefined;
}

/**
 * A stand-in for an OpenAI-compatible `POST /v1/embeddings`: `{model, input}` (a string or a list of
 * strings) → `{object: 'list', data: [{object, index, embedding}], model, usage}`; errors as
 * `{error: {message, type, code}}` with 401 (key), 404 (model) or 400 (input).
 */
export async function startFakeEmbeddings(
  settings: FakeEmbeddingSettings,
): Promise<FakeHttpServer & { settings: FakeEmbeddingSettings }> {
  const server = await FakeHttpServer.start((request) => route(request, settings));
  return Object.assign(server, { settings });
}

function route(request: RecordedRequest, settings: FakeEmbeddingSettings): Reply {
  const error = (status: number, message: string, code: string | null): Reply => ({
    status,
    body: { error: { message, type: 'invalid_request_error', param: null, code } },
  });
  if (request.method !== 'POST' || request.path !== '/v1/embeddings') return error(404, 'Not found', null);
  if (settings.apiKey !== undefined && request.headers.authorization !== `Bearer ${settings.apiKey}`) {
    return error(401, 'Incorrect API key provided', 'invalid_api_key');
  }
  const { model, input } = (request.body ?? {}) as Record<string, unknown>;
  if (typeof model !== 'string') return error(400, "'model' is a required property", null);
  const dimensions = settings.models[model];
  if (dimensions === undefined) return error(404, `The model '${model}' does not exist`, 'model_not_found');
  const texts = typeof input === 'string' ? [input] : input;
  if (!Array.isArray(texts) || texts.length === 0 || !texts.every((t) => typeof t === 'string')) {
    return error(400, "'input' must be a string or a non-empty list of strings", null);
  }
  if (texts.some((t) => t === '')) return error(400, "'input' cannot contain empty strings", null);
  if (settings.maxInputs !== undefined && texts.length > settings.maxInputs) {
    return error(400, `'input' holds ${texts.length} items; at most ${settings.maxInputs} are allowed`, null);
  }

  const data = texts.map((text: string, index) => ({
    object: 'embedding',
    index,
    embedding: settings.vectorFor?.(text, model, dimensions) ?? fakeVector(model, text, dimensions),
  }));
  if (settings.ragged) data[data.length - 1]!.embedding.pop();
  if (settings.reversed) data.reverse();
  const tokens = texts.reduce((sum: number, t: string) => sum + Math.ceil(t.length / 4), 0);
  return {
    status: 200,
    body: { object: 'list', data, model, usage: { prompt_tokens: tokens, total_tokens: tokens } },
  };
}
