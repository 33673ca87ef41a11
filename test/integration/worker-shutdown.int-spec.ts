import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@ttm/config';
import { QueueName } from '@ttm/jobs';
import { OffersService, PostingsModule } from '@ttm/postings';
import { ownNamespace } from '@ttm/testing';
import { Queue } from 'bullmq';
import { WorkerModule } from '../../apps/worker/src/worker.module.ts';
import type { FakeHttpServer } from './support/fake-http-server.ts';
import { startFakeEmbeddings } from './support/fake-openai-embeddings.ts';
import { importedOffer } from './support/indexing-context.ts';

/**
 * A stopping worker waits for its jobs in flight, but not for ever: one stuck on a model server
 * that stopped answering (a timeout of minutes) must not keep the process from exiting, and the
 * job must go back to its queue, to be run again (by this worker's successor or another one).
 */
describe('worker shutdown', () => {
  let embed: FakeHttpServer;
  let dropNamespace: () => Promise<void>;
  let config: AppConfig;

  beforeAll(async () => {
    const own = await ownNamespace('w');
    dropNamespace = own.drop;
    embed = await startFakeEmbeddings({ models: { 'stuck-model': 4 } });
    config = AppConfig.load({
      ...process.env,
      ...own.env,
      EMBEDDING_PROVIDER: 'openai',
      EMBEDDING_URL: `${embed.url}/v1`,
      EMBEDDING_MODEL: 'stuck-model',
      EMBEDDING_DIMENSIONS: '4',
      EMBEDDING_TIMEOUT_MS: '600000',
      WORKER_SHUTDOWN_GRACE_MS: '1000',
    });
  });

  afterAll(async () => {
    await embed.close();
    await dropNamespace();
  });

  it('closes soon after its grace while an enrichment job hangs, and the job goes back to its queue', async () => {
    // Every embedding request is answered only after ten minutes.
    embed.script(...Array.from({ length: 20 }, () => ({ delayMs: 600_000 })));
    @Module({ imports: [WorkerModule.register(config), PostingsModule] })
    class WorkerWithWritersModule {}
    const worker = await NestFactory.createApplicationContext(WorkerWithWritersModule, { logger: false });
    await worker.init();
    let closed = false;
    try {
      await worker
        .get(OffersService)
        .importBatch([importedOffer('shutdown-1', 'en', { title: 'Membrane bioreactor for dairy wastewater' })], {
          source: 'worker-shutdown-test',
        });
      // The outbox relay, the indexing job and then the enrichment job, which calls the server.
      for (let i = 0; i < 300 && embed.requests.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(embed.requests.length).toBeGreaterThan(0);

      const started = performance.now();
      await worker.close();
      closed = true;
      const seconds = (performance.now() - started) / 1000;
      // The grace (1 s), the cancelled call failing, the connections closing: not the ten minutes.
      expect(seconds).toBeLessThan(10);
    } finally {
      if (!closed) await closeQuietly(worker);
    }

    const queue = new Queue(QueueName.Enrichment, {
      connection: { url: config.redis.url },
      prefix: config.redis.queuePrefix,
    });
    try {
      // Failed as retryable: waiting out its backoff, neither done nor given up.
      const counts = await queue.getJobCounts('active', 'wait', 'delayed', 'completed', 'failed');
      expect(counts).toMatchObject({ active: 0, delayed: 1, completed: 0, failed: 0 });
    } finally {
      await queue.close();
    }
  }, 60_000);
});

async function closeQuietly(app: INestApplicationContext): Promise<void> {
  await app.close().catch(() => undefined);
}
