import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { withTimeout } from '@ttm/common';
import { JobName, JobProducer } from '@ttm/jobs';
import { DataSource } from 'typeorm';

interface ClaimedEvent {
  id: string;
  aggregate_kind: 'offer' | 'demand';
  aggregate_id: string;
  aggregate_version: number;
  event_type: 'created' | 'updated' | 'status_changed' | 'deleted';
  correlation_id: string | null;
}

const BATCH = 200;
const IDLE_MS = 500;
const MAX_BACKOFF_MS = 30_000;
const ENQUEUE_TIMEOUT_MS = 5_000;

/**
 * Moves outbox events to BullMQ: claims a batch with `FOR UPDATE SKIP LOCKED` (several workers
 * never take the same rows), enqueues each with a deterministic job id (kind, id, version) so a
 * resend after a crash is a no-op, and marks them sent in the same transaction. While Redis is
 * unreachable the transaction rolls back and the relay backs off; the events wait in PostgreSQL.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly producer: JobProducer,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** Relays one batch; returns how many events were sent. Exposed for tests and tools. */
  async relayBatch(): Promise<number> {
    return this.db.transaction(async (manager) => {
      const events: ClaimedEvent[] = await manager.query(
        `SELECT id, aggregate_kind, aggregate_id, aggregate_version, event_type, correlation_id
           FROM outbox_event WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      if (events.length === 0) return 0;
      for (const e of events) {
        // Bounded: with Redis down a BullMQ command would wait forever while we hold row locks.
        // A late success is harmless: the retry reuses the job id, which BullMQ deduplicates.
        const enqueued = this.producer.enqueue(
          JobName.PostingChanged,
          {
            kind: e.aggregate_kind,
            id: e.aggregate_id,
            version: e.aggregate_version,
            event: e.event_type,
            ...(e.correlation_id ? { correlationId: e.correlation_id } : {}),
          },
          { jobId: `${e.aggregate_kind}:${e.aggregate_id}:v${e.aggregate_version}` },
        );
        await withTimeout(enqueued, ENQUEUE_TIMEOUT_MS, 'BullMQ enqueue');
      }
      await manager.query(`UPDATE outbox_event SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY($1)`, [
        events.map((e) => e.id),
      ]);
      return events.length;
    });
  }

  private async run(): Promise<void> {
    let backoff = 0;
    while (this.running) {
      try {
        const sent = await this.relayBatch();
        if (backoff) this.logger.log('outbox relay resumed');
        backoff = 0;
        if (sent === BATCH) continue;
        await this.sleep(IDLE_MS);
      } catch (error) {
        backoff = Math.min(MAX_BACKOFF_MS, backoff ? backoff * 2 : 1_000);
        this.logger.warn(`outbox relay failed (${(error as Error).message}); retrying in ${backoff} ms`);
        await this.sleep(backoff);
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
