import { Test } from '@nestjs/testing';
import { AppConfig, ConfigModule } from '@ttm/config';
import {
  EMBEDDING_PROVIDER,
  EnrichmentError,
  EnrichmentModule,
  OpenAiEmbeddingProvider,
  TRANSLATION_PROVIDER,
  vectorFingerprint,
  type EmbeddingProvider,
  type OpenAiEmbeddingOptions,
} from '@ttm/enrichment';
import { captureLogs } from './support/captured-logs.ts';
import { fakeVector, startFakeEmbeddings } from './support/fake-openai-embeddings.ts';

const FAST_RETRY = { retries: 2, baseDelayMs: 20, maxDelayMs: 2_000 };
const MODEL = 'multilingual-e5-small';

async function failure(promise: Promise<unknown>): Promise<EnrichmentError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof EnrichmentError)) throw new Error(`expected an EnrichmentError, got ${String(error)}`);
  return error;
}

describe('OpenAI-compatible embedding adapter against a server speaking the API', () => {
  let server: Awaited<ReturnType<typeof startFakeEmbeddings>>;
  let logs: ReturnType<typeof captureLogs>;
  const adapter = (options: Partial<OpenAiEmbeddingOptions> = {}) =>
    new OpenAiEmbeddingProvider({
      url: `${server.url}/v1`,
      model: MODEL,
      dimensions: 12,
      apiKey: 'sk-test',
      timeoutMs: 2_000,
      batchSize: 4,
      retry: FAST_RETRY,
      ...options,
    });
  const expected = (texts: string[], model = MODEL, dimensions = 12) =>
    texts.map((text) => fakeVector(model, text, dimensions));

  beforeAll(async () => {
    server = await startFakeEmbeddings({ models: { [MODEL]: 12, 'big-model': 24 }, apiKey: 'sk-test', maxInputs: 4 });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.reset();
    server.settings.reversed = false;
    server.settings.ragged = false;
    logs = captureLogs();
  });
  afterEach(() => logs.restore());

  it('embeds texts in order, in batches the server accepts, with the model and the bearer key', async () => {
    const texts = ['锂电池回收', 'battery recycling', 'переработка аккумуляторов', 'reciclaje', 'recyclage', 'x'];
    const provider = adapter();
    const result = await provider.embed(texts);
    expect(result).toEqual({ model: MODEL, dimensions: 12, vectors: expected(texts) });
    expect(server.requests.map((r) => (r.body as { input: string[] }).input.length)).toEqual([4, 2]);
    expect(server.requests.every((r) => r.path === '/v1/embeddings')).toBe(true);
    expect(server.requests.every((r) => r.headers.authorization === 'Bearer sk-test')).toBe(true);
    expect(server.requests.every((r) => (r.body as { model: string }).model === MODEL)).toBe(true);
    expect(provider.fingerprint).toBe(vectorFingerprint(MODEL, 12));
    expect(provider.id).toBe(`openai:${server.url}/v1`);
  });

  it('puts answers back in input order by their index when the server lists them out of order', async () => {
    server.settings.reversed = true;
    const texts = ['solar cell', 'perovskite', 'inverter'];
    const { vectors } = await adapter().embed(texts);
    expect(vectors).toEqual(expected(texts));
    const answered = server.requests.length;
    expect(answered).toBe(1);
  });

  it('refuses vectors of another length than configured, naming both', async () => {
    const error = await failure(adapter({ model: 'big-model', dimensions: 12 }).embed(['solar cell']));
    expect(error).toMatchObject({ code: 'embedding.dimensions_mismatch', status: 200, transient: false });
    expect(error.message).toContain('model "big-model" answered 24-dimensional vectors; EMBEDDING_DIMENSIONS is 12');
    expect(server.requests).toHaveLength(1);
  });

  it('refuses an answer whose vectors differ in length', async () => {
    server.settings.ragged = true;
    const error = await failure(adapter().embed(['solar cell', 'wind turbine']));
    expect(error).toMatchObject({ code: 'embedding.dimensions_mismatch' });
    expect(error.message).toContain('vectors of different lengths (12, 11)');
  });

  it('refuses an answer with a missing or repeated index', async () => {
    server.script({
      status: 200,
      body: {
        object: 'list',
        model: MODEL,
        data: [
          { object: 'embedding', index: 0, embedding: fakeVector(MODEL, 'a', 12) },
          { object: 'embedding', index: 0, embedding: fakeVector(MODEL, 'b', 12) },
        ],
      },
    });
    const error = await failure(adapter().embed(['a', 'b']));
    expect(error).toMatchObject({ code: 'embedding.bad_response' });
    expect(error.message).toContain('index 0 appears twice');
  });

  it('retries 429 then succeeds', async () => {
    server.script({ status: 429, body: { error: { message: 'Rate limit reached', type: 'requests' } } });
    expect((await adapter().embed(['heat pump'])).vectors).toEqual(expected(['heat pump']));
    expect(server.requests).toHaveLength(2);
    expect(logs.lines.join('\n')).toMatch(/HTTP 429 on POST \/v1\/embeddings; retry 1\/2/);
  });

  it('retries a 500 then succeeds', async () => {
    server.script({ status: 500, body: { error: { message: 'CUDA out of memory', type: 'server_error' } } });
    expect((await adapter().embed(['heat pump', 'compressor'])).vectors).toEqual(expected(['heat pump', 'compressor']));
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after the retries, naming the provider and the last status', async () => {
    server.script(...Array.from({ length: 3 }, () => ({ status: 502, body: { error: { message: 'Bad gateway' } } })));
    const error = await failure(adapter().embed(['heat pump']));
    expect(error.message).toBe(`openai:${server.url}/v1: HTTP 502: Bad gateway (after 3 attempts)`);
    expect(error).toMatchObject({ code: 'embedding.unavailable', transient: true });
    expect(server.requests).toHaveLength(3);
  });

  it('stops waiting for a slow answer at the timeout, and does not retry it', async () => {
    server.script({ delayMs: 1_500 });
    const started = Date.now();
    const error = await failure(adapter({ timeoutMs: 200 }).embed(['heat pump']));
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(error).toMatchObject({ code: 'embedding.timeout', transient: true });
    expect(server.requests).toHaveLength(1);
  });

  it('stops at once when its caller cancels, during the request or a retry backoff, as retryable', async () => {
    server.script({ delayMs: 1_500 });
    const during = new AbortController();
    setTimeout(() => during.abort(), 100);
    let started = Date.now();
    let error = await failure(adapter().embed(['heat pump'], during.signal));
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(error).toMatchObject({ code: 'embedding.cancelled', transient: true });

    server.reset();
    server.script({ status: 503, body: { error: { message: 'overloaded' } } });
    const backoff = new AbortController();
    setTimeout(() => backoff.abort(), 100);
    started = Date.now();
    error = await failure(
      adapter({ retry: { retries: 2, baseDelayMs: 5_000, maxDelayMs: 5_000 } }).embed(['heat pump'], backoff.signal),
    );
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(error).toMatchObject({ code: 'embedding.cancelled', transient: true });
    expect(server.requests).toHaveLength(1);
  });

  it('reports a wrong key (401) and an unknown model (404) as rejected, with the server message', async () => {
    const badKey = await failure(adapter({ apiKey: 'sk-wrong' }).embed(['a']));
    expect(badKey).toMatchObject({ code: 'embedding.rejected', status: 401 });
    expect(badKey.message).toContain('Incorrect API key provided');
    expect(badKey.message).not.toContain('sk-wrong');
    const badModel = await failure(adapter({ model: 'no-such-model' }).embed(['a']));
    expect(badModel).toMatchObject({ code: 'embedding.rejected', status: 404 });
    expect(badModel.message).toContain("The model 'no-such-model' does not exist");
    expect(server.requests).toHaveLength(2);
  });

  it('sends nothing for no texts, and refuses a blank text before any request', async () => {
    expect(await adapter().embed([])).toEqual({ model: MODEL, dimensions: 12, vectors: [] });
    const error = await failure(adapter().embed(['fine', '  ']));
    expect(error).toMatchObject({ code: 'embedding.invalid_input', kind: 'invalid' });
    expect(error.message).toContain('text 1 is blank');
    expect(server.requests).toHaveLength(0);
  });

  it('never writes the texts into logs or errors', async () => {
    const secret = 'Confidential electrolyte additive 9Z';
    server.script({ status: 503, body: { error: { message: 'overloaded' } } });
    await adapter().embed([secret]);
    const error = await failure(adapter({ dimensions: 7 }).embed([secret]));
    expect(logs.lines.length).toBeGreaterThan(0);
    for (const line of [...logs.lines, error.message]) {
      expect(line).not.toContain(secret);
      expect(line).not.toContain('sk-test');
    }
  });
});

describe('EnrichmentModule with embeddings', () => {
  async function boot(env: Record<string, string>) {
    return Test.createTestingModule({
      imports: [ConfigModule.forRoot(AppConfig.load(env)), EnrichmentModule],
    }).compile();
  }

  it('provides no adapter with the default configuration', async () => {
    const moduleRef = await boot({});
    expect(moduleRef.get(EMBEDDING_PROVIDER)).toBeNull();
    expect(moduleRef.get(TRANSLATION_PROVIDER)).toBeNull();
    await moduleRef.close();
  });

  it('provides a working adapter when the configuration switches it on', async () => {
    const server = await startFakeEmbeddings({ models: { [MODEL]: 12 } });
    try {
      const moduleRef = await boot({
        EMBEDDING_PROVIDER: 'openai',
        EMBEDDING_URL: `${server.url}/v1`,
        EMBEDDING_MODEL: MODEL,
        EMBEDDING_DIMENSIONS: '12',
      });
      const provider = moduleRef.get<EmbeddingProvider | null>(EMBEDDING_PROVIDER);
      expect(provider?.fingerprint).toBe(vectorFingerprint(MODEL, 12));
      expect((await provider?.embed(['heat pump']))?.vectors).toEqual([fakeVector(MODEL, 'heat pump', 12)]);
      expect(server.requests[0]?.headers.authorization).toBeUndefined();
      await moduleRef.close();
    } finally {
      await server.close();
    }
  });
});
