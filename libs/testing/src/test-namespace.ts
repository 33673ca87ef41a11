import { randomBytes } from 'node:crypto';

/**
 * Names that isolate one test run on shared servers: its own PostgreSQL schema,
 * Elasticsearch index prefix and BullMQ key prefix, all derived from one run id.
 */
export interface TestNamespace {
  runId: string;
  databaseSchema: string;
  indexPrefix: string;
  queuePrefix: string;
}

export function newTestNamespace(): TestNamespace {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(2, 14);
  return namespaceFor(`${stamp}${randomBytes(3).toString('hex')}`);
}

export function namespaceFor(runId: string): TestNamespace {
  return {
    runId,
    databaseSchema: `test_${runId}`,
    indexPrefix: `test-${runId}`,
    queuePrefix: `test-${runId}`,
  };
}

/** The environment variables that point the apps at a namespace (read by `AppConfig.load`). */
export function namespaceEnv(ns: TestNamespace): Record<string, string> {
  return {
    NODE_ENV: 'test',
    TTM_TEST_RUN_ID: ns.runId,
    DATABASE_SCHEMA: ns.databaseSchema,
    ELASTICSEARCH_INDEX_PREFIX: ns.indexPrefix,
    QUEUE_PREFIX: ns.queuePrefix,
    // Test files share a schema and write match rows of their own: no rematch behind their backs.
    MATCH_REMATCH_ON_SCORING_CHANGE: 'false',
  };
}
