import { Logger, type LoggerService } from '@nestjs/common';

/** Collects what Nest's `Logger` writes (every level) instead of printing it. */
export function captureLogs(): { lines: string[]; restore: () => void } {
  const lines: string[] = [];
  const keep = (...parts: unknown[]) => {
    lines.push(parts.map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' '));
  };
  const logger: LoggerService = { log: keep, warn: keep, error: keep, debug: keep, verbose: keep, fatal: keep };
  Logger.overrideLogger(logger);
  return { lines, restore: () => Logger.overrideLogger(false) };
}
