import { FakeHttpServer, type RecordedRequest, type Reply } from './fake-http-server.ts';

/** What the fake server reads and writes, like a small LibreTranslate install. */
export const FAKE_LANGUAGES = [
  { code: 'en', name: 'English', targets: ['es', 'ru', 'zh'] },
  { code: 'es', name: 'Spanish', targets: ['en'] },
  { code: 'ru', name: 'Russian', targets: ['en', 'zh'] },
  { code: 'zh', name: 'Chinese', targets: ['en', 'ru'] },
];

/** The fake's "translation": recognisable, and different for each text and target. */
export function fakeTranslation(text: string, target: string): string {
  return `<${target}> ${[...text].reverse().join('')}`;
}

export interface FakeLibreTranslateSettings {
  /** When set, requests must carry it as `api_key` (the server's `--api-keys` mode). */
  apiKey?: string;
  /** The server's `--char-limit`: characters per request. */
  charLimit?: number;
  /** The server's `--batch-limit`: texts per request. */
  batchLimit?: number;
  /** Real translations for some texts, by target language then text (others get `fakeTranslation`). */
  glossary?: Record<string, Record<string, string>>;
}

/**
 * A stand-in for LibreTranslate's REST API: `GET /languages`, and `POST /translate` with
 * `{q, source, target, format, api_key}` answering `{translatedText}` (a string for a string, a
 * list for a list) or `{error}` with 400 (bad request, unsupported language, limits) or 403 (key).
 */
export function startFakeLibreTranslate(settings: FakeLibreTranslateSettings = {}): Promise<FakeHttpServer> {
  return FakeHttpServer.start((request) => route(request, settings));
}

function route(request: RecordedRequest, settings: FakeLibreTranslateSettings): Reply {
  if (request.method === 'GET' && request.path === '/languages') return { status: 200, body: FAKE_LANGUAGES };
  if (request.method !== 'POST' || request.path !== '/translate') return { status: 404, body: { error: 'Not Found' } };

  const { q, source, target, format, api_key: apiKey } = (request.body ?? {}) as Record<string, unknown>;
  const error = (status: number, message: string): Reply => ({ status, body: { error: message } });
  if (settings.apiKey !== undefined && apiKey !== settings.apiKey) {
    return error(403, 'Invalid API key');
  }
  if (q === undefined) return error(400, 'Invalid request: missing q parameter');
  if (typeof source !== 'string') return error(400, 'Invalid request: missing source parameter');
  if (typeof target !== 'string') return error(400, 'Invalid request: missing target parameter');
  if (format !== undefined && format !== 'text' && format !== 'html') {
    return error(400, `Invalid request: format ${String(format)} is not supported`);
  }
  const texts = Array.isArray(q) ? q : [q];
  if (!texts.every((t) => typeof t === 'string')) return error(400, 'Invalid request: q must hold strings');
  if (settings.batchLimit !== undefined && texts.length > settings.batchLimit) {
    return error(400, `Invalid request: request (${texts.length}) exceeds text limit (${settings.batchLimit})`);
  }
  const chars = texts.reduce((sum: number, t: string) => sum + t.length, 0);
  if (settings.charLimit !== undefined && chars > settings.charLimit) {
    return error(400, `Invalid request: request (${chars}) exceeds character limit (${settings.charLimit})`);
  }
  const from = FAKE_LANGUAGES.find((language) => language.code === source);
  if (!from) return error(400, `${source} is not supported`);
  if (!FAKE_LANGUAGES.some((language) => language.code === target)) return error(400, `${target} is not supported`);
  if (!from.targets.includes(target)) return error(400, `${source} cannot be translated into ${target}`);

  const translated = (texts as string[]).map(
    (text) => settings.glossary?.[target]?.[text] ?? (text ? fakeTranslation(text, target) : text),
  );
  return { status: 200, body: { translatedText: Array.isArray(q) ? translated : translated[0] } };
}
