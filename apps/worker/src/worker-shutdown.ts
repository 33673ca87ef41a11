import { type BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AppConfig } from '@ttm/config';
import { PinoLogger } from 'nestjs-pino';
import { PROCESSORS } from './processors.ts';
import { WorkerStopping } from './worker-stopping.ts';

/** After the grace, how long cancelled jobs get to fail and be handed back to their queue. */
const AFTER_CANCEL_MS = 5_000;

/**
 * Stops taking jobs and lets those in flight finish before the connections close (Elasticsearch,
 * PostgreSQL and Redis close in the shutdown hooks, in an order of Nest's choosing), for at most
 * `WORKER_SHUTDOWN_GRACE_MS`. Then the calls to model servers still running are cancelled: their
 * jobs fail as retryable and return to their queue with a backoff. Without this, one job stuck on
 * a server that stopped answering would hold the process for the server's whole timeout.
 */
@Injectable()
export class WorkerShutdown implements BeforeApplicationShutdown {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly stopping: WorkerStopping,
    private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(WorkerShutdown.name);
  }

  async beforeApplicationShutdown(): Promise<void> {
    const workers = PROCESSORS.map((processor) => this.moduleRef.get(processor, { strict: false }).worker);
    // BullMQ keeps this first close: Nest's BullMQ module, closing the workers later, awaits it too.
    const closing = Promise.allSettled(workers.map((worker) => worker.close()));
    if (await settlesWithin(closing, this.config.workerShutdownGraceMs)) return;

    const busy = () => workers.filter((worker) => worker.isRunning()).map((worker) => worker.name);
    this.logger.warn(
      { graceMs: this.config.workerShutdownGraceMs, queues: busy() },
      'jobs still running when the shutdown grace ran out: cancelling their calls to model servers',
    );
    this.stopping.abort();
    if (await settlesWithin(closing, AFTER_CANCEL_MS)) return;
    this.logger.error(
      { queues: busy() },
      'jobs still running after cancellation; they are retried once their locks expire',
    );
  }
}

/** Whether `promise` settles within `ms` (it keeps running either way). */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
