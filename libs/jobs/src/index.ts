export { JOB_OPTIONS } from './job-options.ts';
export type { JobContracts, JobPayload, JobResult, JobTrace } from './job-payloads.ts';
export { JobProducer } from './job.producer.ts';
export { JobsModule } from './jobs.module.ts';
export { ALL_QUEUES, JobName, QUEUE_OF_JOB, QueueName } from './queue-names.ts';
export { RedisHealthIndicator } from './redis.health.ts';
export { enrichJobId, matchJobId } from './job-ids.ts';
