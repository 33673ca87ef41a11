import { Client } from '@elastic/elasticsearch';
import type { AppConfig } from '@ttm/config';
import { Redis } from 'ioredis';
import pg from 'pg';

/** Removes everything a test run created: its schema, its indices, its Redis keys. */
export async function dropNamespace(config: AppConfig): Promise<void> {
  await Promise.all([dropSchema(config), dropIndices(config), dropQueueKeys(config)]);
}

async function dropSchema(config: AppConfig): Promise<void> {
  if (config.database.schema === 'public') throw new Error('refusing to drop the public schema');
  const client = new pg.Client({ connectionString: config.database.url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${config.database.schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

async function dropIndices(config: AppConfig): Promise<void> {
  const client = new Client({ node: config.elasticsearch.url });
  try {
    await client.indices.delete({
      index: `${config.elasticsearch.indexPrefix}-*`,
      allow_no_indices: true,
      expand_wildcards: 'all',
    });
  } finally {
    await client.close();
  }
}

async function dropQueueKeys(config: AppConfig): Promise<void> {
  const redis = new Redis(config.redis.url);
  try {
    // The run prefix itself, and sub-namespaces of it (`<prefix>-…`) that a test opened.
    for (const pattern of [`${config.redis.queuePrefix}:*`, `${config.redis.queuePrefix}-*`]) {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
        if (keys.length) await redis.unlink(...keys);
        cursor = next;
      } while (cursor !== '0');
    }
  } finally {
    redis.disconnect();
  }
}
