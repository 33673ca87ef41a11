import { AppConfig, ConfigValidationError } from './app-config.ts';

describe('AppConfig.load', () => {
  it('applies documented defaults when nothing is set', () => {
    const config = AppConfig.load({});
    expect(config.api).toEqual({ host: '127.0.0.1', port: 3000 });
    expect(config.database).toEqual({ url: 'postgres://postgres@127.0.0.1:5432/ttm', schema: 'public' });
    expect(config.redis).toEqual({ url: 'redis://127.0.0.1:6379', queuePrefix: 'ttm' });
    expect(config.elasticsearch).toEqual({
      url: 'http://127.0.0.1:9200',
      indexPrefix: 'ttm',
      requestTimeoutMs: 30_000,
    });
  });

  it('coerces numbers and treats empty values as unset', () => {
    const config = AppConfig.load({ API_PORT: '8080', QUEUE_PREFIX: '' });
    expect(config.api.port).toBe(8080);
    expect(config.redis.queuePrefix).toBe('ttm');
  });

  it('names every invalid variable in one error', () => {
    const load = () =>
      AppConfig.load({ API_PORT: 'eighty', DATABASE_URL: 'mysql://x/y', ELASTICSEARCH_INDEX_PREFIX: 'Bad Prefix!' });
    expect(load).toThrow(ConfigValidationError);
    try {
      load();
    } catch (error) {
      const problems = (error as ConfigValidationError).problems.map((p) => p.variable).sort();
      expect(problems).toEqual(['API_PORT', 'DATABASE_URL', 'ELASTICSEARCH_INDEX_PREFIX']);
      expect((error as Error).message).toMatch(/API_PORT: .+/);
    }
  });

  it('rejects unknown enum values with the allowed ones', () => {
    expect(() => AppConfig.load({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL: .*info/);
  });

  it('refuses to configure the api without a signing secret of at least 32 characters', () => {
    expect(() => AppConfig.load({}, 'api')).toThrow(/JWT_SECRET: required by the api/);
    expect(() => AppConfig.load({ JWT_SECRET: 'short' }, 'api')).toThrow(/JWT_SECRET: at least 32 characters/);
    expect(AppConfig.load({ JWT_SECRET: 'x'.repeat(32) }, 'api').auth.jwtSecret).toHaveLength(32);
    // The worker and the CLI sign nothing: they start without it.
    expect(() => AppConfig.load({}, 'worker')).not.toThrow();
  });

  it('leaves both optional adapters off by default', () => {
    const config = AppConfig.load({});
    expect(config.translation).toBeNull();
    expect(config.embedding).toBeNull();
  });

  it("types the adapters' sections when they are switched on", () => {
    const config = AppConfig.load({
      TRANSLATION_PROVIDER: 'libretranslate',
      TRANSLATION_URL: 'http://127.0.0.1:5000',
      TRANSLATION_TARGET_LANGUAGES: ' EN, ru ,en',
      EMBEDDING_PROVIDER: 'openai',
      EMBEDDING_URL: 'https://api.example.org/v1',
      EMBEDDING_MODEL: 'text-embedding-3-small',
      EMBEDDING_DIMENSIONS: '1536',
      EMBEDDING_API_KEY: 'sk-test',
    });
    expect(config.translation).toEqual({
      provider: 'libretranslate',
      url: 'http://127.0.0.1:5000',
      apiKey: undefined,
      targetLanguages: ['en', 'ru'],
      timeoutMs: 30_000,
      batchSize: 25,
      batchChars: 10_000,
    });
    expect(config.embedding).toEqual({
      provider: 'openai',
      url: 'https://api.example.org/v1',
      model: 'text-embedding-3-small',
      dimensions: 1536,
      apiKey: 'sk-test',
      timeoutMs: 30_000,
      batchSize: 64,
      maxChars: 2_000,
      knnCandidates: 50,
    });
    expect(config.enrichmentConcurrency).toBe(2);
  });

  it('refuses to boot with a provider switched on but not pointed anywhere, naming each missing variable', () => {
    const load = () => AppConfig.load({ TRANSLATION_PROVIDER: 'libretranslate', EMBEDDING_PROVIDER: 'openai' });
    expect(load).toThrow(ConfigValidationError);
    expect(load).toThrow(/TRANSLATION_URL: required when TRANSLATION_PROVIDER=libretranslate/);
    try {
      load();
    } catch (error) {
      const problems = (error as ConfigValidationError).problems.map((p) => p.variable).sort();
      expect(problems).toEqual(['EMBEDDING_DIMENSIONS', 'EMBEDDING_MODEL', 'EMBEDDING_URL', 'TRANSLATION_URL']);
    }
    // The same variables are harmless while their provider is off.
    expect(() => AppConfig.load({ EMBEDDING_MODEL: 'm' })).not.toThrow();
  });

  it('rejects unknown providers, malformed target languages and impossible dimensions', () => {
    expect(() => AppConfig.load({ TRANSLATION_PROVIDER: 'deepl' })).toThrow(/TRANSLATION_PROVIDER: .*libretranslate/);
    expect(() => AppConfig.load({ TRANSLATION_TARGET_LANGUAGES: 'en,klingon' })).toThrow(
      /TRANSLATION_TARGET_LANGUAGES: a comma-separated list of two-letter language codes/,
    );
    expect(() => AppConfig.load({ TRANSLATION_TARGET_LANGUAGES: ' , ' })).toThrow(/TRANSLATION_TARGET_LANGUAGES/);
    expect(() =>
      AppConfig.load({
        EMBEDDING_PROVIDER: 'openai',
        EMBEDDING_URL: 'http://127.0.0.1:8000/v1',
        EMBEDDING_MODEL: 'm',
        EMBEDDING_DIMENSIONS: '5000',
      }),
    ).toThrow(/EMBEDDING_DIMENSIONS/);
  });
});
