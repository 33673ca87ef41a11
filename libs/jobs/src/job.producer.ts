import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Job, JobsOptions, Queue } from 'bullmq';
import { JOB_OPTIONS } from './job-options.ts';
import type { JobPayload, JobResult } from './job-payloads.ts';
import { JobName, QueueName, QUEUE_OF_JOB } from './queue-names.ts';

/** The one way code enqueues work: typed payloads, per-job defaults, the right queue. */
@Injectable()
export class JobProducer {
  private readonly logger = new Logger(JobProducer.name);
  private readonly queues: Record<QueueName, Queue>;

  constructor(
    @InjectQueue(QueueName.System) system: Queue,
    @InjectQueue(QueueName.Postings) postings: Queue,
    @InjectQueue(QueueName.Matching) matching: Queue,
    @InjectQueue(QueueName.Enrichment) enrichment: Queue,
  ) {
    this.queues = {
      [QueueName.System]: system,
      [QueueName.Postings]: postings,
      [QueueName.Matching]: matching,
      [QueueName.Enrichment]: enrichment,
    };
    // Connection errors repeat on every reconnect attempt while Redis is down; readiness and the
    // outbox relay report the outage, so keep these out of the error stream.
    for (const queue of Object.values(this.queues)) {
      queue.on('error', (error) => this.logger.debug(`queue ${queue.name}: ${error.message}`));
    }
  }

  async enqueue<N extends JobName>(
    name: N,
    payload: JobPayload<N>,
    options: JobsOptions = {},
  ): Promise<Job<JobPayload<N>, JobResult<N>, N>> {
    const queue: Queue = this.queues[QUEUE_OF_JOB[name]];
    const job = await queue.add(name, payload, { ...JOB_OPTIONS[name], ...options });
    return job as Job<JobPayload<N>, JobResult<N>, N>;
  }

  /** Many jobs of one kind in one round trip (a rematch fan-out). */
  async enqueueMany<N extends JobName>(name: N, jobs: { payload: JobPayload<N>; jobId: string }[]): Promise<void> {
    if (jobs.length === 0) return;
    const queue: Queue = this.queues[QUEUE_OF_JOB[name]];
    await queue.addBulk(jobs.map((j) => ({ name, data: j.payload, opts: { ...JOB_OPTIONS[name], jobId: j.jobId } })));
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }
}
