export { AppConfig, ConfigValidationError } from './app-config.ts';
export { ConfigModule } from './config.module.ts';
export { envSchema, type Env } from './env.schema.ts';
export { loadConfigOrExit } from './load-config-or-exit.ts';
