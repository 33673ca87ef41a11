import { envSchema, REQUIRED_BY, REQUIRED_WHEN, type Env } from './env.schema.ts';

export type AppName = keyof typeof REQUIRED_BY | 'worker' | 'cli' | 'migrate';

/** Raised at boot when the environment does not satisfy the schema; names every bad variable. */
export class ConfigValidationError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p.variable}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

/** The machine-translation adapter's settings (`TRANSLATION_*`). */
export interface TranslationConfig {
  provider: 'libretranslate';
  /** Base URL of the server; the adapter calls `<url>/translate` and `<url>/languages`. */
  url: string;
  apiKey: string | undefined;
  targetLanguages: string[];
  timeoutMs: number;
  /** At most this many texts, and about this many characters, per request. */
  batchSize: number;
  batchChars: number;
}

/** The embedding adapter's settings (`EMBEDDING_*`). */
export interface EmbeddingConfig {
  provider: 'openai';
  /** Base URL including the API version, as OpenAI clients take it; the adapter calls `<url>/embeddings`. */
  url: string;
  model: string;
  dimensions: number;
  apiKey: string | undefined;
  timeoutMs: number;
  /** At most this many inputs per request. */
  batchSize: number;
  /** Cut of the text embedded per posting, in characters (fit it to the model's input limit). */
  maxChars: number;
  /** Nearest neighbours per posting added to the matching candidates. */
  knnCandidates: number;
}

/** Typed, validated settings. Inject `AppConfig`; never read `process.env` elsewhere. */
export class AppConfig {
  readonly env: Env['NODE_ENV'];
  readonly logLevel: Env['LOG_LEVEL'];
  readonly api: { host: string; port: number };
  readonly database: { url: string; schema: string };
  readonly redis: { url: string; queuePrefix: string };
  readonly elasticsearch: { url: string; indexPrefix: string; requestTimeoutMs: number };
  /** Candidates per posting from Elasticsearch (K) and matches kept per posting (M). */
  readonly matching: { candidates: number; listSize: number; rematchOnScoringChange: boolean; featuresCache: number };
  readonly auth: {
    /** Present whenever the api runs (enforced at load); absent for the worker and the CLI. */
    jwtSecret: string | undefined;
    issuer: string;
    audience: string;
    accessTtlSeconds: number;
    refreshTtlDays: number;
    loginMaxAttempts: number;
    loginWindowSeconds: number;
  };
  /** Machine translation: `null` when off (the default). */
  readonly translation: TranslationConfig | null;
  /** Embeddings: `null` when off (the default). */
  readonly embedding: EmbeddingConfig | null;
  /** Enrichment jobs a worker runs at once. */
  readonly enrichmentConcurrency: number;
  /** Milliseconds a stopping worker waits for its jobs in flight. */
  readonly workerShutdownGraceMs: number;

  constructor(env: Env) {
    this.env = env.NODE_ENV;
    this.logLevel = env.LOG_LEVEL;
    this.api = { host: env.API_HOST, port: env.API_PORT };
    this.database = { url: env.DATABASE_URL, schema: env.DATABASE_SCHEMA };
    this.redis = { url: env.REDIS_URL, queuePrefix: env.QUEUE_PREFIX };
    this.elasticsearch = {
      url: env.ELASTICSEARCH_URL,
      indexPrefix: env.ELASTICSEARCH_INDEX_PREFIX,
      requestTimeoutMs: env.ELASTICSEARCH_REQUEST_TIMEOUT_MS,
    };
    this.matching = {
      candidates: env.MATCH_CANDIDATES,
      listSize: env.MATCH_LIST_SIZE,
      rematchOnScoringChange: env.MATCH_REMATCH_ON_SCORING_CHANGE === 'true',
      featuresCache: env.MATCH_FEATURES_CACHE,
    };
    this.auth = {
      jwtSecret: env.JWT_SECRET,
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      accessTtlSeconds: env.JWT_ACCESS_TTL_SECONDS,
      refreshTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
      loginMaxAttempts: env.LOGIN_MAX_ATTEMPTS,
      loginWindowSeconds: env.LOGIN_WINDOW_SECONDS,
    };
    this.translation =
      env.TRANSLATION_PROVIDER === 'none'
        ? null
        : {
            provider: env.TRANSLATION_PROVIDER,
            url: required(env.TRANSLATION_URL, 'TRANSLATION_URL'),
            apiKey: env.TRANSLATION_API_KEY,
            targetLanguages: env.TRANSLATION_TARGET_LANGUAGES,
            timeoutMs: env.TRANSLATION_TIMEOUT_MS,
            batchSize: env.TRANSLATION_BATCH_SIZE,
            batchChars: env.TRANSLATION_BATCH_CHARS,
          };
    this.enrichmentConcurrency = env.ENRICHMENT_CONCURRENCY;
    this.workerShutdownGraceMs = env.WORKER_SHUTDOWN_GRACE_MS;
    this.embedding =
      env.EMBEDDING_PROVIDER === 'none'
        ? null
        : {
            provider: env.EMBEDDING_PROVIDER,
            url: required(env.EMBEDDING_URL, 'EMBEDDING_URL'),
            model: required(env.EMBEDDING_MODEL, 'EMBEDDING_MODEL'),
            dimensions: required(env.EMBEDDING_DIMENSIONS, 'EMBEDDING_DIMENSIONS'),
            apiKey: env.EMBEDDING_API_KEY,
            timeoutMs: env.EMBEDDING_TIMEOUT_MS,
            batchSize: env.EMBEDDING_BATCH_SIZE,
            maxChars: env.EMBEDDING_MAX_CHARS,
            knnCandidates: env.EMBEDDING_KNN_CANDIDATES,
          };
  }

  /**
   * Validates `source` (by default the process environment, after loading `./.env` if present),
   * including the variables the named application cannot run without.
   */
  static load(source?: Record<string, string | undefined>, app?: AppName): AppConfig {
    const raw = source ?? readProcessEnv();
    // An empty variable means "not set", as in most shells' `VAR=` habits.
    const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
    const parsed = envSchema.safeParse(cleaned);
    const problems = parsed.success
      ? []
      : parsed.error.issues.map((issue) => ({
          variable: issue.path.join('.') || '(environment)',
          message: issue.message,
        }));
    const required: readonly string[] = app && app in REQUIRED_BY ? REQUIRED_BY[app as keyof typeof REQUIRED_BY] : [];
    for (const variable of required) {
      if (cleaned[variable] === undefined) problems.push({ variable, message: `required by the ${app}` });
    }
    for (const rule of REQUIRED_WHEN) {
      if (cleaned[rule.variable] !== rule.value) continue;
      for (const variable of rule.requires) {
        if (cleaned[variable] === undefined) {
          problems.push({ variable, message: `required when ${rule.variable}=${rule.value}` });
        }
      }
    }
    if (problems.length || !parsed.success) throw new ConfigValidationError(problems);
    return new AppConfig(parsed.data);
  }
}

/** `load` has checked `REQUIRED_WHEN` already; this narrows the type and guards direct construction. */
function required<T>(value: T | undefined, variable: string): T {
  if (value === undefined) throw new ConfigValidationError([{ variable, message: 'required when its provider is on' }]);
  return value;
}

function readProcessEnv(): Record<string, string | undefined> {
  try {
    process.loadEnvFile('.env');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return process.env;
}
