import type { AppConfig } from '@ttm/config';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.ts';

/** Creates the configured schema if needed and applies pending migrations in one transaction each. */
export async function runMigrations(config: AppConfig): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(config));
  await dataSource.initialize();
  try {
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${config.database.schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
