// Jest loads this file outside its module map: import the config lib by path, not by alias.
import { AppConfig } from '../../config/src/index.ts';
import { dropNamespace } from './namespace-cleanup.ts';

/** Drops the run's schema, indices and queue keys; once, however many projects name it. */
export default async function globalTeardown(): Promise<void> {
  if (!process.env.TTM_TEST_RUN_ID || process.env.TTM_TEST_TORN_DOWN) return;
  process.env.TTM_TEST_TORN_DOWN = '1';
  await dropNamespace(AppConfig.load());
}
