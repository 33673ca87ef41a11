import { Injectable } from '@nestjs/common';
import { withTimeout } from '@ttm/common';
import { ALL_QUEUES, JobProducer } from '@ttm/jobs';
import { Gauge, Registry } from 'prom-client';

const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized'] as const;

/** `ttm_queue_jobs{queue,state}`, read from Redis at scrape time; skipped if Redis is slow or down. */
@Injectable()
export class QueueDepthCollector {
  constructor(registry: Registry, producer: JobProducer) {
    new Gauge({
      name: 'ttm_queue_jobs',
      help: 'Jobs per BullMQ queue and state',
      labelNames: ['queue', 'state'],
      registers: [registry],
      async collect() {
        this.reset();
        await Promise.all(
          ALL_QUEUES.map(async (name) => {
            const counts = await withTimeout(producer.queue(name).getJobCounts(...STATES), 1_000, 'Redis').catch(
              () => undefined,
            );
            for (const state of STATES) if (counts) this.set({ queue: name, state }, counts[state] ?? 0);
          }),
        );
      },
    });
  }
}
