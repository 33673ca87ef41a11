/**
 * Queue and job names: a contract between the api and the worker, stored in Redis.
 * Frozen once deployed: add new names, never rename.
 */
export enum QueueName {
  /** Operational jobs: worker liveness round-trips. */
  System = 'system',
  /** Changes to offers and demands, relayed from the outbox: indexing and matching follow them. */
  Postings = 'postings',
}

export enum JobName {
  /** Answered by any worker; proves the api → Redis → worker path end to end. */
  Ping = 'system.ping',
  /** An offer or demand was created, changed, changed status or was deleted (at `version`). */
  PostingChanged = 'posting.changed',
}

/** Which queue carries each job. */
export const QUEUE_OF_JOB: Record<JobName, QueueName> = {
  [JobName.Ping]: QueueName.System,
  [JobName.PostingChanged]: QueueName.Postings,
};

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);
