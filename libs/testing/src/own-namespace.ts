import { AppConfig } from '@ttm/config';
import { runMigrations } from '@ttm/database';
import { dropNamespace } from './namespace-cleanup.ts';
import { randomUUID } from 'node:crypto';

/**
 * A namespace of one test file's own (schema, index prefix, queue prefix) under the run's, migrated: for
 * files that start a worker, which relays every outbox event of its schema and would otherwise
 * index and match other files' postings while this file counts its rows.
 */
export async function ownNamespace(tag: string): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const suffix = `${tag}${randomUUID().slice(0, 6)}`;
  const env = {
    DATABASE_SCHEMA: `${process.env.DATABASE_SCHEMA}_${suffix}`,
    QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-${suffix}`,
    ELASTICSEARCH_INDEX_PREFIX: `${process.env.ELASTICSEARCH_INDEX_PREFIX}-${suffix}`,
  };
  const config = AppConfig.load({ ...process.env, ...env });
  await runMigrations(config);
  return { env, drop: () => dropNamespace(config) };
}
