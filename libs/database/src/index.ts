export { DatabaseModule } from './database.module.ts';
export { dataSourceOptions } from './data-source-options.ts';
export { runMigrations } from './run-migrations.ts';
export { SnakeNamingStrategy } from './snake-naming.strategy.ts';
export { migrations } from './migrations/index.ts';
