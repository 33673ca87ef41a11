import type { JobsOptions } from 'bullmq';
import { JobName } from './queue-names.ts';

/** Defaults per job: retries with backoff, bounded history in Redis. */
export const JOB_OPTIONS: Record<JobName, JobsOptions> = {
  [JobName.Ping]: {
    attempts: 1,
    removeOnComplete: { age: 3_600, count: 100 },
    removeOnFail: { age: 24 * 3_600 },
  },
  [JobName.PostingChanged]: {
    attempts: 8,
    backoff: { type: 'exponential', delay: 1_000 },
    // Kept a day so a re-sent outbox event (same job id) is recognised as a duplicate.
    removeOnComplete: { age: 24 * 3_600 },
    removeOnFail: { age: 7 * 24 * 3_600 },
  },
  [JobName.MatchPosting]: {
    attempts: 10,
    backoff: { type: 'exponential', delay: 1_000 },
    removeOnComplete: { age: 24 * 3_600, count: 200_000 },
    removeOnFail: { age: 7 * 24 * 3_600 },
  },
  [JobName.EnrichPosting]: {
    // A model server that is away: retried for about an hour and a half (5 s, 10 s, … 43 min).
    attempts: 10,
    backoff: { type: 'exponential', delay: 5_000 },
    removeOnComplete: { age: 24 * 3_600, count: 200_000 },
    removeOnFail: { age: 7 * 24 * 3_600 },
  },
  [JobName.RematchAll]: {
    attempts: 20,
    backoff: { type: 'exponential', delay: 2_000 },
    removeOnComplete: { age: 7 * 24 * 3_600 },
    removeOnFail: { age: 30 * 24 * 3_600 },
  },
};
