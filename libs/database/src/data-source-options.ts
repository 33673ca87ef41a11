import type { AppConfig } from '@ttm/config';
import type { DataSourceOptions } from 'typeorm';
import { migrations } from './migrations/index.ts';
import { SnakeNamingStrategy } from './snake-naming.strategy.ts';

/**
 * One place that turns config into TypeORM options, for the app modules and for the migration
 * runner alike. `synchronize` is off: the schema changes only through explicit migrations.
 */
export function dataSourceOptions(config: AppConfig, entities: DataSourceOptions['entities'] = []): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.database.url,
    schema: config.database.schema,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    migrationsRun: false,
    synchronize: false,
    applicationName: `ttm-${config.env}`,
    extra: {
      max: 10,
      connectionTimeoutMillis: 5_000,
      statement_timeout: 60_000,
      // Unqualified names in raw SQL resolve in the configured schema first (tests use their own).
      options: `-c search_path=${config.database.schema},public`,
    },
  };
}
