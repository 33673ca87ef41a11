export {
  AppConfig,
  ConfigValidationError,
  type AppName,
  type EmbeddingConfig,
  type TranslationConfig,
} from './app-config.ts';
export { ConfigModule } from './config.module.ts';
export { envSchema, REQUIRED_BY, REQUIRED_WHEN, type Env } from './env.schema.ts';
export { loadConfigOrExit } from './load-config-or-exit.ts';
