import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import type { AppConfig } from '@ttm/config';

/** Nest levels shown for each LOG_LEVEL: start-up lines (`log`) only from `debug` on. */
const LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  silent: [],
  fatal: ['fatal'],
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  trace: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

/**
 * The CLI's logger: everything on stderr, because stdout carries the results (its last line is
 * the summary scripts read).
 */
export class CliLogger extends ConsoleLogger {
  constructor(level: AppConfig['logLevel']) {
    super('cli', { logLevels: LEVELS[level] });
  }

  protected override printMessages(
    messages: unknown[],
    context?: string,
    logLevel?: LogLevel,
    _stream?: 'stdout' | 'stderr',
    errorStack?: unknown,
  ): void {
    super.printMessages(messages, context, logLevel, 'stderr', errorStack);
  }
}
