import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { JobName, type JobPayload, JobProducer, type JobResult, QueueName } from '@ttm/jobs';
import { PostingIndexer } from '@ttm/search';
import type { Job } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';

/** Longer than the indices' refresh interval (see `postingIndexSettings`). */
const MATCH_AFTER_INDEX_MS = 2_000;

type PostingsJob = Job<JobPayload<JobName.PostingChanged>, JobResult<JobName.PostingChanged>, JobName.PostingChanged>;

/** Follows changes to offers and demands: brings the search index up to date, then asks for matching. */
// Enough to fill a bulk request while keeping Elasticsearch's small analyze pool from rejecting.
@Processor(QueueName.Postings, { concurrency: 8 })
export class PostingsProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly indexer: PostingIndexer,
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
        if (result.outcome.status === 'stale') return { skipped: 'stale' };
        // Matching follows the index; one job per version. It waits out the index refresh
        // interval (1 s), so that its search sees this posting's counterparts written up to now,
        // and their jobs, run later, see this one: no pair is missed by both sides.
        await this.jobs.enqueue(
          JobName.MatchPosting,
          { kind, id, version: result.version, ...(correlationId ? { correlationId } : {}) },
          { jobId: `match-${kind}:${id}:v${result.version}`, delay: MATCH_AFTER_INDEX_MS },
        );
        return undefined;
      }
      default:
        throw new Error(`unknown job ${String(job.name satisfies never)} on queue ${QueueName.Postings}`);
    }
  }
}
