import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@ttm/config';
import { JobName, JobProducer, QueueName } from '@ttm/jobs';
import { ownNamespace } from '@ttm/testing';
import { QueueEvents } from 'bullmq';
import { WorkerModule } from '../../apps/worker/src/worker.module.ts';

describe('BullMQ round trip through the worker', () => {
  let config: AppConfig;
  let dropNamespace: () => Promise<void>;
  let worker: INestApplicationContext;
  let events: QueueEvents;

  beforeAll(async () => {
    // A namespace of its own: the worker's relay would otherwise send other files' outbox events.
    const own = await ownNamespace('j');
    dropNamespace = own.drop;
    config = AppConfig.load({ ...process.env, ...own.env });
    worker = await NestFactory.createApplicationContext(WorkerModule.register(config), { logger: false });
    await worker.init();
    events = new QueueEvents(QueueName.System, {
      connection: { url: config.redis.url },
      prefix: config.redis.queuePrefix,
    });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    try {
      await events.close();
      await worker.close();
    } finally {
      await dropNamespace();
    }
  });

  it('a ping enqueued by the producer is answered by the worker, under the run prefix', async () => {
    const job = await worker
      .get(JobProducer)
      .enqueue(JobName.Ping, { requestedAt: new Date().toISOString(), correlationId: 'it-1' });
    const result = await job.waitUntilFinished(events, 15_000);
    expect(result).toMatchObject({ pong: true, worker: expect.stringContaining(`:${process.pid}`) });
    expect(job.queueQualifiedName).toBe(`${config.redis.queuePrefix}:${QueueName.System}`);
  });
});
