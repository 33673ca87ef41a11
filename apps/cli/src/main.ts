import 'reflect-metadata';
import { loadConfigOrExit } from '@ttm/config';
import { CommandFactory } from 'nest-commander';
import { CliError, EXIT } from './cli.errors.ts';
import { CliLogger } from './cli.logger.ts';
import { CliModule } from './cli.module.ts';

/** `npm run cli -- <command>`: `demo`, `import`, `export` (`npm run cli -- --help`). */
const config = loadConfigOrExit('cli');
await CommandFactory.run(CliModule.register(config), {
  logger: new CliLogger(config.logLevel),
  cliName: 'npm run cli --',
  // Commander has printed the problem (or the help): exit with a usage code, or 0 for --help.
  errorHandler: (error) => process.exit((error as Error & { exitCode?: number }).exitCode === 0 ? EXIT.ok : EXIT.usage),
  serviceErrorHandler: (error) => {
    process.stderr.write(`${error instanceof CliError ? error.message : (error.stack ?? String(error))}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : EXIT.failure;
  },
});
