import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@ttm/config';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module.ts';

/** Beyond the grace: the cancellation and the closing of the connections. */
const EXIT_AFTER_GRACE_MS = 15_000;

const config = loadConfigOrExit('worker');
const app = await NestFactory.createApplicationContext(WorkerModule.register(config), { bufferLogs: true });
app.useLogger(app.get(Logger));
app.enableShutdownHooks();
// The shutdown waits for jobs in flight, then cancels what is left (see WorkerShutdown); should
// anything still hold the process, it exits anyway, and BullMQ retries the jobs it took.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    setTimeout(() => {
      app
        .get(Logger)
        .error(
          `worker still stopping ${config.workerShutdownGraceMs + EXIT_AFTER_GRACE_MS} ms after ${signal}: exiting`,
          'Worker',
        );
      process.exit(1);
    }, config.workerShutdownGraceMs + EXIT_AFTER_GRACE_MS).unref();
  });
}
app.get(Logger).log('worker started', 'Worker');
