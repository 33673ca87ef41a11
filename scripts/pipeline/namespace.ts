import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { AppConfig } from '../../libs/config/src/app-config.ts';
import { dropNamespace } from '../../libs/testing/src/namespace-cleanup.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const built = (app: 'api' | 'worker' | 'cli') => `${ROOT}dist/apps/${app}/src/main.js`;

/** An isolated namespace: own schema, index prefix and queue prefix on the shared servers. */
export interface Namespace {
  name: string;
  env: Record<string, string>;
  config: AppConfig;
}

export function newNamespace(purpose: 'eval' | 'bench'): Namespace {
  const name = `${purpose}_${new Date().toISOString().replace(/\D/g, '').slice(2, 12)}${randomBytes(2).toString('hex')}`;
  const env = {
    DATABASE_SCHEMA: name,
    ELASTICSEARCH_INDEX_PREFIX: name.replace(/_/g, '-'),
    QUEUE_PREFIX: name.replace(/_/g, '-'),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };
  return { name, env, config: AppConfig.load({ ...process.env, ...env }) };
}

/** Creates the namespace's schema exactly as an operator does: the built migration entry point. */
export function migrate(ns: Namespace): void {
  execFileSync(process.execPath, [`${ROOT}dist/apps/api/src/migrate.js`], {
    env: { ...process.env, ...ns.env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export async function removeNamespace(ns: Namespace): Promise<void> {
  await dropNamespace(ns.config);
}
