import { z } from 'zod';

const url = (protocols: string[]) => z.url({ protocol: new RegExp(`^(${protocols.join('|')})$`) });

/** Lower-case letters, digits, dashes and underscores: safe in schema, index and Redis key names. */
const namespace = z
  .string()
  .regex(
    /^[a-z][a-z0-9_-]{0,39}$/,
    'lower-case letters, digits, "-" or "_", starting with a letter, at most 40 characters',
  );

const port = z.coerce.number().int().min(1).max(65535);

const timeoutMs = z.coerce.number().int().min(100).max(600_000);

/**
 * A comma-separated list of ISO 639-1 codes, e.g. `en,zh`, as a de-duplicated array. (This lib
 * imports no other; libs/enrichment checks the codes against the engine's languages at boot.)
 */
const languageList = z
  .string()
  .transform((value) => [...new Set(value.split(',').map((code) => code.trim().toLowerCase()))].filter(Boolean))
  .refine((codes) => codes.length > 0 && codes.every((code) => /^[a-z]{2}$/.test(code)), {
    message: 'a comma-separated list of two-letter language codes, e.g. en,zh',
  });

export type Env = z.infer<typeof envSchema>;

/**
 * Every environment variable the applications read. `.env.example` and the README table list
 * the same names; a unit test keeps the three in step.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: port.default(3000),
  DATABASE_URL: url(['postgres', 'postgresql']).default('postgres://postgres@127.0.0.1:5432/ttm'),
  DATABASE_SCHEMA: namespace.default('public'),
  REDIS_URL: url(['redis', 'rediss']).default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: namespace.default('ttm'),
  ELASTICSEARCH_URL: url(['http', 'https']).default('http://127.0.0.1:9200'),
  ELASTICSEARCH_INDEX_PREFIX: namespace.default('ttm'),
  ELASTICSEARCH_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  MATCH_CANDIDATES: z.coerce.number().int().min(10).max(2_000).default(200),
  MATCH_LIST_SIZE: z.coerce.number().int().min(1).max(500).default(50),
  MATCH_REMATCH_ON_SCORING_CHANGE: z.enum(['true', 'false']).default('true'),
  /** Candidates' features kept in the worker's memory (an LRU by document version); 0 turns it off. */
  MATCH_FEATURES_CACHE: z.coerce.number().int().min(0).max(1_000_000).default(20_000),
  /** Required by the api (see `REQUIRED_BY`); the worker and the CLI do not sign tokens. */
  JWT_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  JWT_ISSUER: z.string().min(1).default('ttm'),
  JWT_AUDIENCE: z.string().min(1).default('ttm-api'),
  JWT_ACCESS_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1_000).default(10),
  LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** Optional machine translation (libs/enrichment); the default path needs none. */
  TRANSLATION_PROVIDER: z.enum(['none', 'libretranslate']).default('none'),
  TRANSLATION_URL: url(['http', 'https']).optional(),
  TRANSLATION_API_KEY: z.string().min(1).optional(),
  TRANSLATION_TARGET_LANGUAGES: languageList.default(['en', 'zh']),
  TRANSLATION_TIMEOUT_MS: timeoutMs.default(30_000),
  TRANSLATION_BATCH_SIZE: z.coerce.number().int().min(1).max(1_000).default(25),
  TRANSLATION_BATCH_CHARS: z.coerce.number().int().min(100).max(1_000_000).default(10_000),
  /** Optional embeddings from an OpenAI-compatible server (libs/enrichment); the default path needs none. */
  EMBEDDING_PROVIDER: z.enum(['none', 'openai']).default('none'),
  EMBEDDING_URL: url(['http', 'https']).optional(),
  EMBEDDING_MODEL: z.string().min(1).optional(),
  /** Elasticsearch `dense_vector` fields hold at most 4096 dimensions. */
  EMBEDDING_DIMENSIONS: z.coerce.number().int().min(1).max(4096).optional(),
  EMBEDDING_API_KEY: z.string().min(1).optional(),
  EMBEDDING_TIMEOUT_MS: timeoutMs.default(30_000),
  EMBEDDING_BATCH_SIZE: z.coerce.number().int().min(1).max(2_048).default(64),
  /** Cut of the text embedded per posting, in characters (see `embeddingText` in libs/enrichment). */
  EMBEDDING_MAX_CHARS: z.coerce.number().int().min(100).max(100_000).default(2_000),
  /** Nearest neighbours per posting fused into the matching candidates (kNN `k`). */
  EMBEDDING_KNN_CANDIDATES: z.coerce.number().int().min(1).max(1_000).default(50),
  /** Enrichment jobs (translation, embedding) one worker runs at once: calls to model servers. */
  ENRICHMENT_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** How long a stopping worker lets its jobs in flight finish before it cancels their calls to model servers. */
  WORKER_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(20_000),
});

/** Variables an application cannot start without, beyond the schema's own rules. */
export const REQUIRED_BY = { api: ['JWT_SECRET'] } as const satisfies Record<string, readonly (keyof Env)[]>;

/** Variables a setting cannot work without: when `variable` equals `value`, each of `requires` must be set. */
export const REQUIRED_WHEN = [
  { variable: 'TRANSLATION_PROVIDER', value: 'libretranslate', requires: ['TRANSLATION_URL'] },
  {
    variable: 'EMBEDDING_PROVIDER',
    value: 'openai',
    requires: ['EMBEDDING_URL', 'EMBEDDING_MODEL', 'EMBEDDING_DIMENSIONS'],
  },
] as const satisfies readonly { variable: keyof Env; value: string; requires: readonly (keyof Env)[] }[];
