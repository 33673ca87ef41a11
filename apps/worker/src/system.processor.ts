import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { JobName, type JobPayload, type JobResult, QueueName } from '@ttm/jobs';
import type { Job } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { hostname } from 'node:os';

type SystemJob = Job<JobPayload<JobName.Ping>, JobResult<JobName.Ping>, JobName.Ping>;

@Processor(QueueName.System)
export class SystemProcessor extends WorkerHost {
  constructor(private readonly logger: PinoLogger) {
    super();
    logger.setContext(SystemProcessor.name);
  }

  /** Connection errors (Redis down) into the structured log, not onto stderr. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn({ err: error.message }, 'system queue worker error');
  }

  async process(job: SystemJob): Promise<JobResult<JobName.Ping>> {
    switch (job.name) {
      case JobName.Ping:
        this.logger.info({ jobId: job.id, correlationId: job.data.correlationId }, 'ping answered');
        return { pong: true, worker: `${hostname()}:${process.pid}`, answeredAt: new Date().toISOString() };
      default:
        return assertNever(job.name);
    }
  }
}

function assertNever(name: never): never {
  throw new Error(`unknown job ${String(name)} on queue ${QueueName.System}`);
}
