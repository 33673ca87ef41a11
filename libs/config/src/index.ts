export { AppConfig, ConfigValidationError, type AppName } from './app-config.ts';
export { ConfigModule } from './config.module.ts';
export { envSchema, REQUIRED_BY, type Env } from './env.schema.ts';
export { loadConfigOrExit } from './load-config-or-exit.ts';
