import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@ttm/config';
import { PostingEnricher } from '@ttm/enrichment';
import { enrichJobId, JobName, type JobPayload, JobProducer, type JobResult, matchJobId, QueueName } from '@ttm/jobs';
import { POSTING_KINDS, PostingEnrichmentRepository } from '@ttm/postings';
import { PostingIndexer } from '@ttm/search';
import type { Job } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { MATCH_AFTER_INDEX_MS } from './postings.processor.ts';
import { WorkerStopping } from './worker-stopping.ts';

type EnrichmentJob = Job<JobPayload<JobName.EnrichPosting>, JobResult<JobName.EnrichPosting>, JobName.EnrichPosting>;

const BACKFILL_PAGE = 500;

/**
 * The optional adapters' work on published postings: machine translations and the embedding,
 * stored in PostgreSQL, then the posting indexed and matched again. At boot, postings that lack
 * what the current settings would add (adapter just switched on, another embedding model) are
 * enqueued. Idle when both adapters are off.
 */
@Processor(QueueName.Enrichment, { concurrency: 2, lockDuration: 120_000 })
export class EnrichmentProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly config: AppConfig,
    private readonly enricher: PostingEnricher,
    private readonly store: PostingEnrichmentRepository,
    private readonly indexer: PostingIndexer,
    private readonly jobs: JobProducer,
    private readonly stopping: WorkerStopping,
    private readonly logger: PinoLogger,
  ) {
    super();
    logger.setContext(EnrichmentProcessor.name);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.worker.concurrency = this.config.enrichmentConcurrency;
    if (!this.enricher.enabled) return;
    try {
      const enqueued = await this.backfill();
      if (enqueued > 0) this.logger.info({ enqueued }, 'enrichment backfill enqueued');
    } catch (error) {
      // Not a reason to refuse to start: new and changed postings are enriched anyway.
      this.logger.warn({ err: (error as Error).message }, 'could not enqueue the enrichment backfill');
    }
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn({ err: error.message }, 'enrichment queue worker error');
  }

  @OnWorkerEvent('failed')
  onFailed(job: EnrichmentJob | undefined, error: Error): void {
    this.logger.warn({ jobId: job?.id, correlationId: job?.data.correlationId, err: error.message }, 'job failed');
  }

  async process(job: EnrichmentJob): Promise<JobResult<JobName.EnrichPosting>> {
    if (job.name !== JobName.EnrichPosting) {
      throw new Error(`unknown job ${String(job.name)} on queue ${QueueName.Enrichment}`);
    }
    const { kind, id, correlationId } = job.data;
    const outcome = await this.enricher.enrich(kind, id, this.stopping.signal);
    this.logger.info({ jobId: job.id, correlationId, kind, id, ...outcome }, 'posting enriched');
    if (outcome.status === 'skipped') return { skipped: outcome.reason };
    if (outcome.status === 'unchanged') return {};
    const indexed = await this.indexer.indexPosting(kind, id, outcome.version);
    if (indexed.outcome.status === 'written') {
      await this.jobs.enqueue(
        JobName.MatchPosting,
        { kind, id, version: indexed.version, ...(correlationId ? { correlationId } : {}) },
        { jobId: matchJobId(kind, id, indexed.version, indexed.revision), delay: MATCH_AFTER_INDEX_MS },
      );
    }
    return { revision: outcome.revision, translated: outcome.translated, embedded: outcome.embedded };
  }

  /** Enqueues every published posting the current settings would add to; returns how many. */
  private async backfill(): Promise<number> {
    const want = { translating: this.enricher.translating, fingerprint: this.enricher.vectorFingerprint };
    let enqueued = 0;
    for (const kind of POSTING_KINDS) {
      let after: string | null = null;
      for (;;) {
        const page = await this.store.pendingPage(kind, want, after, BACKFILL_PAGE);
        if (page.length === 0) break;
        await this.jobs.enqueueMany(
          JobName.EnrichPosting,
          page.map((p) => ({
            payload: { kind, id: p.id, version: p.version },
            jobId: enrichJobId(kind, p.id, p.version, this.enricher.settingsTag),
          })),
        );
        enqueued += page.length;
        after = page[page.length - 1]?.id ?? null;
      }
    }
    return enqueued;
  }
}
