import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AccountsModule, AccountsService, type Principal } from '@ttm/accounts';
import { AppConfig } from '@ttm/config';
import { QueueName } from '@ttm/jobs';
import { OffersService, PostingsModule } from '@ttm/postings';
import { ownNamespace } from '@ttm/testing';
import { Queue } from 'bullmq';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../../apps/worker/src/worker.module.ts';

/** A Redis of the test's own, on its own port: the shared one is never stopped. */
function startRedis(port: number, dir: string): ChildProcess {
  return spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    {
      stdio: 'ignore',
    },
  );
}

async function waitForPort(port: number, up: boolean): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => {
        socket.destroy();
        resolve(true);
      }).on('error', () => resolve(false));
    });
    if (open === up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`port ${port} did not become ${up ? 'open' : 'closed'}`);
}

const offerInput = {
  ownerCountry: 'RU',
  trl: 5,
  translations: [{ language: 'ru', origin: 'original' as const, title: 'Катализатор гидроочистки' }],
};

describe('outbox relay', () => {
  const port = 30_000 + Math.floor(Math.random() * 20_000);
  let config: AppConfig;
  let dropNamespace: () => Promise<void>;
  let redis: ChildProcess;
  let worker: INestApplicationContext;
  let principal: Principal;

  beforeAll(async () => {
    // A schema of its own: the relay sends every unsent event of its schema, other files' too.
    const own = await ownNamespace('o');
    dropNamespace = own.drop;
    config = AppConfig.load({ ...process.env, ...own.env, REDIS_URL: `redis://127.0.0.1:${port}` });
    redis = startRedis(port, mkdtempSync(join(tmpdir(), 'ttm-redis-')));
    await waitForPort(port, true);
    // The worker (with its relay) plus the domain modules the api writes through.
    @Module({ imports: [WorkerModule.register(config), AccountsModule, PostingsModule] })
    class WorkerWithWritersModule {}
    worker = await NestFactory.createApplicationContext(WorkerWithWritersModule, { logger: false });
    await worker.init();
    const accounts = worker.get(AccountsService);
    const org = await accounts.createOrganization({ name: `Outbox test ${port}`, type: 'university', country: 'RU' });
    principal = {
      userId: (
        await accounts.createUser({
          email: `outbox-${port}@test.ttm`,
          password: 'outbox-test-password',
          displayName: 'o',
          role: 'member',
          organizationId: org.id,
        })
      ).id,
      role: 'member',
      organizationId: org.id,
    };
  });

  afterAll(async () => {
    try {
      await worker.close();
    } finally {
      redis.kill('SIGKILL');
      await dropNamespace();
    }
  });

  const jobIn = async (jobId: string): Promise<unknown> => {
    const queue = new Queue(QueueName.Postings, {
      connection: { url: config.redis.url },
      prefix: config.redis.queuePrefix,
    });
    try {
      for (let i = 0; i < 100; i++) {
        const job = await queue.getJob(jobId);
        if (job) return job.data;
        await new Promise((r) => setTimeout(r, 100));
      }
      return undefined;
    } finally {
      await queue.close();
    }
  };

  it('relays a change as a job whose id is kind, id and version, carrying the correlation id', async () => {
    const offer = await worker
      .get(OffersService)
      .create({ principal, correlationId: 'corr-outbox-1' }, principal.organizationId!, offerInput);
    expect(await jobIn(`offer:${offer.id}:v1`)).toEqual({
      kind: 'offer',
      id: offer.id,
      version: 1,
      event: 'created',
      correlationId: 'corr-outbox-1',
    });
  });

  it('keeps accepting writes while Redis is down and delivers them once it is back', async () => {
    redis.kill('SIGTERM');
    await once(redis, 'exit');
    await waitForPort(port, false);

    const offer = await worker.get(OffersService).create({ principal }, principal.organizationId!, offerInput);
    expect((await worker.get(OffersService).get(principal, offer.id)).version).toBe(1);
    // Past the relay's enqueue timeout (5 s): the event must still be waiting in PostgreSQL.
    await new Promise((r) => setTimeout(r, 6_000));
    const waiting = await worker
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM outbox_event WHERE aggregate_id = $1 AND sent_at IS NULL`, [offer.id]);
    expect(waiting[0].n).toBe(1);

    redis = startRedis(port, mkdtempSync(join(tmpdir(), 'ttm-redis-')));
    await waitForPort(port, true);
    // The relay backs off up to 30 s between attempts; after the first retry it drains.
    let data: unknown;
    for (let i = 0; i < 6 && !data; i++) data = await jobIn(`offer:${offer.id}:v1`);
    expect(data).toMatchObject({ id: offer.id, version: 1, event: 'created' });
    // And the relay marks it sent (a resend, if any, reused the job id: still one job).
    let sent = false;
    for (let i = 0; i < 350 && !sent; i++) {
      const [row] = await worker
        .get(DataSource)
        .query(`SELECT sent_at IS NOT NULL AS sent FROM outbox_event WHERE aggregate_id = $1`, [offer.id]);
      sent = row.sent;
      if (!sent) await new Promise((r) => setTimeout(r, 100));
    }
    expect(sent).toBe(true);
  }, 90_000);
});
