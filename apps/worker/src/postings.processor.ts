import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { PostingEnricher } from '@ttm/enrichment';
import { enrichJobId, JobName, type JobPayload, JobProducer, type JobResult, matchJobId, QueueName } from '@ttm/jobs';
import { PostingIndexer } from '@ttm/search';
import type { Job } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';

/** Longer than the indices' refresh interval (see `postingIndexSettings`). */
export const MATCH_AFTER_INDEX_MS = 2_000;

type PostingsJob = Job<JobPayload<JobName.PostingChanged>, JobResult<JobName.PostingChanged>, JobName.PostingChanged>;

/** Follows changes to offers and demands: brings the search index up to date, then asks for matching. */
// Enough to fill a bulk request while keeping Elasticsearch's small analyze pool from rejecting.
@Processor(QueueName.Postings, { concurrency: 8 })
export class PostingsProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly indexer: PostingIndexer,
    private readonly enricher: PostingEnricher,
    private readonly jobs: JobProducer,
    private readonly logger: PinoLogger,
  ) {
    super();
    logger.setContext(PostingsProcessor.name);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.indexer.ensureIndices();
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn({ err: error.message }, 'postings queue worker error');
  }

  @OnWorkerEvent('failed')
  onFailed(job: PostingsJob | undefined, error: Error): void {
    this.logger.warn({ jobId: job?.id, correlationId: job?.data.correlationId, err: error.message }, 'job failed');
  }

  async process(job: PostingsJob): Promise<JobResult<JobName.PostingChanged>> {
    switch (job.name) {
      case JobName.PostingChanged: {
        const { kind, id, version, correlationId } = job.data;
        const result = await this.indexer.indexPosting(kind, id, version);
        this.logger.info(
          { jobId: job.id, correlationId, kind, id, version: result.version, outcome: result.outcome.status },
          'posting indexed',
        );
        // Matching follows the index; one job per version. It waits out the index refresh
        // interval (1 s), so that its search sees this posting's counterparts written up to now,
        // and their jobs, run later, see this one: no pair is missed by both sides.
        // Also after a 'stale' write: the index already holds this version when an earlier attempt
        // of this job wrote it and then failed to enqueue; the job ids make a repeat harmless.
        const trace = correlationId ? { correlationId } : {};
        await this.jobs.enqueue(
          JobName.MatchPosting,
          { kind, id, version: result.version, ...trace },
          { jobId: matchJobId(kind, id, result.version), delay: MATCH_AFTER_INDEX_MS },
        );
        // The optional adapters work beside: the posting is searchable and matched without them,
        // and indexed and matched again once they have added to it.
        if (result.searchable && this.enricher.enabled) {
          await this.jobs.enqueue(
            JobName.EnrichPosting,
            { kind, id, version: result.version, ...trace },
            { jobId: enrichJobId(kind, id, result.version, this.enricher.settingsTag) },
          );
        }
        return result.outcome.status === 'stale' ? { skipped: 'stale' } : undefined;
      }
      default:
        throw new Error(`unknown job ${String(job.name satisfies never)} on queue ${QueueName.Postings}`);
    }
  }
}
