import { AppConfig, type AppName, ConfigValidationError } from './app-config.ts';

/** For entry points: the validated config, or a message naming each bad variable and exit code 78. */
export function loadConfigOrExit(app: AppName): AppConfig {
  try {
    return AppConfig.load(undefined, app);
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    process.stderr.write(`${error.message}\nSee .env.example and the configuration table in README.md.\n`);
    process.exit(78); // EX_CONFIG
  }
}
