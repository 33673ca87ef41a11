import type { JobsOptions } from 'bullmq';
import { JobName } from './queue-names.ts';

/** Defaults per job: retries with backoff, bounded history in Redis. */
export const JOB_OPTIONS: Record<JobName, JobsOptions> = {
  [JobName.Ping]: {
    attempts: 1,
    removeOnComplete: { age: 3_600, count: 100 },
    removeOnFail: { age: 24 * 3_600 },
  },
};
