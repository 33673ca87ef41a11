import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { servicesUp } from './services.ts';
import { namespaceEnv, newTestNamespace } from './test-namespace.ts';

const MIGRATE = fileURLToPath(new URL('../../../dist/apps/api/src/migrate.js', import.meta.url));

/**
 * Jest global setup for the integration and e2e tiers: services up (through the README's
 * script), a fresh namespace for this run, and the built migration entry point applied to its
 * schema, exactly as an operator runs it. Runs once even when several projects name it.
 * (Jest loads this file outside its module map, so it imports no `@ttm/*` alias.)
 */
export default function globalSetup(): void {
  if (process.env.TTM_TEST_RUN_ID) return;
  if (!existsSync(MIGRATE))
    throw new Error('dist/ is missing: run `npm run build` before the integration and e2e tiers');
  servicesUp();
  const env = namespaceEnv(newTestNamespace());
  Object.assign(process.env, env, {
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    JWT_SECRET: process.env.JWT_SECRET ?? randomBytes(32).toString('base64url'),
  });
  execFileSync(process.execPath, [MIGRATE], { stdio: ['ignore', 'ignore', 'inherit'] });
  process.stdout.write(
    `\n[tests] namespace ${env.TTM_TEST_RUN_ID}: schema ${env.DATABASE_SCHEMA}, index prefix ${env.ELASTICSEARCH_INDEX_PREFIX}, queue prefix ${env.QUEUE_PREFIX}\n`,
  );
}
