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
});
