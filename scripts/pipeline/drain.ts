import { Queue } from 'bullmq';
import pg from 'pg';
import type { Namespace } from './namespace.ts';

const QUEUES = ['postings', 'enrichment', 'matching'];

/** Waits until the outbox is relayed and the postings, enrichment and matching queues are empty (the pipeline is idle). */
export async function waitUntilIdle(
  ns: Namespace,
  options: { timeoutMs?: number; onTick?: (pending: number) => void } = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 60 * 60_000);
  const db = new pg.Client({ connectionString: ns.config.database.url });
  await db.connect();
  const queues = QUEUES.map(
    (name) => new Queue(name, { connection: { url: ns.config.redis.url }, prefix: ns.config.redis.queuePrefix }),
  );
  try {
    let quietTicks = 0;
    for (;;) {
      const {
        rows: [{ n }],
      } = await db.query(
        `SELECT count(*)::int AS n FROM "${ns.config.database.schema}".outbox_event WHERE sent_at IS NULL`,
      );
      let pending = n as number;
      for (const queue of queues) {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
        pending += Object.values(counts).reduce((a, b) => a + b, 0);
      }
      options.onTick?.(pending);
      quietTicks = pending === 0 ? quietTicks + 1 : 0;
      // Idle twice in a row: a job finishing may enqueue the next one (index → match).
      if (quietTicks >= 2) return;
      if (Date.now() > deadline) throw new Error(`pipeline still busy (${pending} pending) at the deadline`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await Promise.all(queues.map((q) => q.close()));
    await db.end();
  }
}
