import { Test } from '@nestjs/testing';
import { AppConfig, ConfigModule } from '@ttm/config';
import {
  EMBEDDING_PROVIDER,
  EnrichmentError,
  EnrichmentModule,
  LibreTranslateProvider,
  TRANSLATION_PROVIDER,
  type LibreTranslateOptions,
  type TranslationProvider,
} from '@ttm/enrichment';
import { captureLogs } from './support/captured-logs.ts';
import type { FakeHttpServer } from './support/fake-http-server.ts';
import { fakeTranslation, startFakeLibreTranslate } from './support/fake-libretranslate.ts';

/** Fast retries so the tests do not wait for production backoff. */
const FAST_RETRY = { retries: 2, baseDelayMs: 20, maxDelayMs: 2_000 };

async function failure(promise: Promise<unknown>): Promise<EnrichmentError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof EnrichmentError)) throw new Error(`expected an EnrichmentError, got ${String(error)}`);
  return error;
}

describe('LibreTranslate adapter against a server speaking its API', () => {
  let server: FakeHttpServer;
  let logs: ReturnType<typeof captureLogs>;
  const adapter = (options: Partial<LibreTranslateOptions> = {}) =>
    new LibreTranslateProvider({
      url: server.url,
      timeoutMs: 2_000,
      batchSize: 25,
      batchChars: 10_000,
      retry: FAST_RETRY,
      ...options,
    });

  beforeAll(async () => {
    server = await startFakeLibreTranslate({ apiKey: 'k-123', batchLimit: 3, charLimit: 60 });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.reset();
    logs = captureLogs();
  });
  afterEach(() => logs.restore());

  it('translates a list in order, in batches within the server limits, with the key and format=text', async () => {
    const long = 'Литий-железо-фосфатный аккумулятор большой ёмкости'; // 50 characters
    const texts = [long, 'электролит', 'сепаратор', 'катод', 'анод', 'корпус'];
    const provider = adapter({ apiKey: 'k-123', batchSize: 3, batchChars: 60 });
    const translated = await provider.translate(texts, 'ru', 'zh');
    expect(translated).toEqual(texts.map((text) => fakeTranslation(text, 'zh')));
    const sent = server.requests.map((r) => r.body as { q: string[]; source: string; format: string; api_key: string });
    // 60 characters, then 3 texts, at most: the server's own limits, which would refuse more.
    expect(sent.map((b) => b.q)).toEqual([[long, 'электролит'], ['сепаратор', 'катод', 'анод'], ['корпус']]);
    expect(sent.every((b) => b.source === 'ru' && b.format === 'text' && b.api_key === 'k-123')).toBe(true);
    expect(provider.id).toBe(`libretranslate:${server.url}`);
  });

  it('sends neither blank texts nor a request for nothing, and keeps their places', async () => {
    const provider = adapter({ apiKey: 'k-123' });
    expect(await provider.translate(['', 'battery', '  '], 'en', 'ru')).toEqual([
      '',
      fakeTranslation('battery', 'ru'),
      '  ',
    ]);
    expect(await provider.translate([], 'en', 'ru')).toEqual([]);
    expect(await provider.translate(['  '], 'en', 'ru')).toEqual(['  ']);
    expect(await provider.translate(['battery'], 'en', 'en')).toEqual(['battery']);
    expect(server.requests).toHaveLength(1);
    expect((server.requests[0]!.body as { q: string[] }).q).toEqual(['battery']);
  });

  it('reports an unsupported language as a rejected request (400), naming the provider, without retrying', async () => {
    const error = await failure(adapter({ apiKey: 'k-123' }).translate(['battery'], 'en', 'sw'));
    expect(error).toMatchObject({ code: 'translation.rejected', kind: 'unprocessable', status: 400, transient: false });
    expect(error.provider).toBe(`libretranslate:${server.url}`);
    expect(error.message).toBe(`libretranslate:${server.url}: HTTP 400: sw is not supported`);
    expect(server.requests).toHaveLength(1);
  });

  it('reports a missing or wrong API key (403) as rejected', async () => {
    const error = await failure(adapter().translate(['battery'], 'en', 'ru'));
    expect(error).toMatchObject({ code: 'translation.rejected', status: 403 });
    expect(error.message).toContain('Invalid API key');
  });

  it('answers a server batch limit it was not told about with a clear 400, not silence', async () => {
    const error = await failure(
      adapter({ apiKey: 'k-123', batchSize: 10 }).translate(['a', 'b', 'c', 'd'], 'en', 'ru'),
    );
    expect(error).toMatchObject({ code: 'translation.rejected', status: 400 });
    expect(error.message).toContain('exceeds text limit (3)');
  });

  it('retries 429 after the delay the server asks for, then succeeds', async () => {
    server.script({
      status: 429,
      body: { error: 'Too many request limits violations' },
      headers: { 'retry-after': '1' },
    });
    const started = Date.now();
    expect(await adapter({ apiKey: 'k-123' }).translate(['battery'], 'en', 'ru')).toEqual([
      fakeTranslation('battery', 'ru'),
    ]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.requests).toHaveLength(2);
    expect(logs.lines.join('\n')).toMatch(/HTTP 429 .*retry 1\/2/);
  });

  it('retries a 500 then succeeds', async () => {
    server.script({ status: 500, body: { error: 'Internal Server Error' } });
    expect(await adapter({ apiKey: 'k-123' }).translate(['battery', 'cell'], 'en', 'zh')).toEqual([
      fakeTranslation('battery', 'zh'),
      fakeTranslation('cell', 'zh'),
    ]);
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after the retries on a server that stays unavailable, with the last status', async () => {
    server.script(...Array.from({ length: 3 }, () => ({ status: 503, body: { error: 'model is loading' } })));
    const error = await failure(adapter({ apiKey: 'k-123' }).translate(['battery'], 'en', 'ru'));
    expect(error).toMatchObject({ code: 'translation.unavailable', kind: 'unavailable', status: 503, transient: true });
    expect(error.message).toContain('model is loading (after 3 attempts)');
    expect(server.requests).toHaveLength(3);
  });

  it('stops waiting for a slow answer at the timeout, and does not retry it', async () => {
    server.script({ delayMs: 1_500 });
    const started = Date.now();
    const error = await failure(adapter({ apiKey: 'k-123', timeoutMs: 200 }).translate(['battery'], 'en', 'ru'));
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(error).toMatchObject({ code: 'translation.timeout', status: null, transient: true });
    expect(error.message).toContain('within 200 ms');
    expect(server.requests).toHaveLength(1);
  });

  it('reports a server that is not there as unreachable', async () => {
    const gone = await startFakeLibreTranslate();
    const url = gone.url;
    await gone.close();
    const error = await failure(
      new LibreTranslateProvider({ url, timeoutMs: 1_000, batchSize: 5, batchChars: 100 }).translate(['x'], 'en', 'ru'),
    );
    expect(error).toMatchObject({ code: 'translation.unreachable', transient: true });
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('refuses an answer with the wrong number of translations', async () => {
    server.script({ status: 200, body: { translatedText: ['only one'] } });
    const error = await failure(adapter({ apiKey: 'k-123' }).translate(['a', 'b'], 'en', 'ru'));
    expect(error).toMatchObject({ code: 'translation.bad_response', status: 200 });
  });

  it('never writes the texts into logs or errors', async () => {
    const secret = 'Confidential cathode recipe 7Q';
    server.script({ status: 500, body: { error: 'boom' } }, { status: 429, body: {} });
    await adapter({ apiKey: 'k-123' }).translate([secret], 'en', 'ru');
    const error = await failure(adapter({ apiKey: 'k-123' }).translate([secret], 'en', 'sw'));
    expect(logs.lines.length).toBeGreaterThan(0);
    for (const line of [...logs.lines, error.message, JSON.stringify(error.details)]) {
      expect(line).not.toContain(secret);
      expect(line).not.toContain('k-123');
    }
  });

  it('lists the server languages once in a while and answers supports() from them', async () => {
    const provider = adapter();
    expect((await provider.languages()).map((l) => l.code)).toEqual(['en', 'es', 'ru', 'zh']);
    expect(await provider.supports('ru', 'zh')).toBe(true);
    expect(await provider.supports('es', 'zh')).toBe(false);
    expect(await provider.supports('sw', 'en')).toBe(false);
    expect(server.requests.filter((r) => r.path === '/languages')).toHaveLength(1);
  });

  it('does not remember a failed language list', async () => {
    server.script({ status: 404, body: { error: 'Not Found' } });
    const provider = adapter();
    expect((await failure(provider.languages())).status).toBe(404);
    expect(await provider.supports('en', 'ru')).toBe(true);
  });
});

describe('EnrichmentModule', () => {
  async function boot(env: Record<string, string>) {
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(AppConfig.load(env)), EnrichmentModule],
    }).compile();
    return moduleRef;
  }

  it('provides no adapter with the default configuration', async () => {
    const moduleRef = await boot({});
    expect(moduleRef.get(TRANSLATION_PROVIDER)).toBeNull();
    expect(moduleRef.get(EMBEDDING_PROVIDER)).toBeNull();
    await moduleRef.close();
  });

  it('provides a working LibreTranslate adapter when the configuration switches it on', async () => {
    const server = await startFakeLibreTranslate();
    try {
      const moduleRef = await boot({ TRANSLATION_PROVIDER: 'libretranslate', TRANSLATION_URL: `${server.url}/` });
      const provider = moduleRef.get<TranslationProvider | null>(TRANSLATION_PROVIDER);
      expect(provider?.id).toBe(`libretranslate:${server.url}`);
      expect(await provider?.translate(['battery'], 'en', 'zh')).toEqual([fakeTranslation('battery', 'zh')]);
      expect(moduleRef.get(EMBEDDING_PROVIDER)).toBeNull();
      await moduleRef.close();
    } finally {
      await server.close();
    }
  });

  it('refuses to boot translating into a language the engine has no fields for', async () => {
    await expect(
      boot({
        TRANSLATION_PROVIDER: 'libretranslate',
        TRANSLATION_URL: 'http://127.0.0.1:5000',
        TRANSLATION_TARGET_LANGUAGES: 'en,xx',
      }),
    ).rejects.toThrow(/TRANSLATION_TARGET_LANGUAGES: xx: not among the engine's languages/);
  });
});
