import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@ttm/config';
import { JobName, type JobPayload, type JobResult, QueueName } from '@ttm/jobs';
import { MatchingEngine, RematchService } from '@ttm/matching';
import type { Job } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';

type MatchingJob =
  | Job<JobPayload<JobName.MatchPosting>, JobResult<JobName.MatchPosting>, JobName.MatchPosting>
  | Job<JobPayload<JobName.RematchAll>, JobResult<JobName.RematchAll>, JobName.RematchAll>;

/** Match lists: one posting's matches after it was indexed, and the walk of a full rematch. */
@Processor(QueueName.Matching, { concurrency: 4, lockDuration: 60_000 })
export class MatchingProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly config: AppConfig,
    private readonly engine: MatchingEngine,
    private readonly rematch: RematchService,
    private readonly logger: PinoLogger,
  ) {
    super();
    logger.setContext(MatchingProcessor.name);
  }

  /** Lists scored under another scoring version are recomputed by a full rematch. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.matching.rematchOnScoringChange) return;
    try {
      const run = await this.rematch.startIfScoringChanged();
      if (run)
        this.logger.info({ runId: run.id, scoringVersion: run.scoringVersion }, 'rematch started: scoring changed');
    } catch (error) {
      // Not a reason to refuse to start: operators can still run `npm run cli -- rematch`.
      this.logger.warn({ err: (error as Error).message }, 'could not check the scoring version of stored matches');
    }
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn({ err: error.message }, 'matching queue worker error');
  }

  @OnWorkerEvent('failed')
  async onFailed(job: MatchingJob | undefined, error: Error): Promise<void> {
    this.logger.warn({ jobId: job?.id, correlationId: job?.data.correlationId, err: error.message }, 'job failed');
    if (job?.name === JobName.RematchAll && job.attemptsMade >= (job.opts.attempts ?? 1)) {
      await this.rematch.fail(job.data.runId, error.message);
    }
  }

  async process(job: MatchingJob): Promise<JobResult<typeof job.name>> {
    switch (job.name) {
      case JobName.MatchPosting: {
        const { kind, id, version, runId, correlationId } = job.data;
        const outcome = await this.engine.matchPosting(kind, id, version);
        if (runId) await this.rematch.markDone(runId, kind, id);
        this.logger.info({ jobId: job.id, correlationId, kind, id, version, ...outcome }, 'posting matched');
        if (outcome.status === 'stale') return { skipped: 'stale' };
        if (outcome.status === 'removed') return { skipped: 'not_published', removed: outcome.removed };
        return { matches: outcome.matches, removed: outcome.removed };
      }
      case JobName.RematchAll: {
        const enqueued = await this.rematch.fanOut(job.data.runId);
        this.logger.info({ jobId: job.id, runId: job.data.runId, enqueued }, 'rematch fanned out');
        return { enqueued };
      }
      default:
        throw new Error(`unknown job ${String((job as Job).name)} on queue ${QueueName.Matching}`);
    }
  }
}
