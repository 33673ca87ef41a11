/**
 * Queue and job names: a contract between the api and the worker, stored in Redis.
 * Frozen once deployed: add new names, never rename.
 */
export enum QueueName {
  /** Operational jobs: worker liveness round-trips. */
  System = 'system',
  /** Changes to offers and demands, relayed from the outbox: indexing and matching follow them. */
  Postings = 'postings',
  /** Match lists: one posting's matches, and the fan-out of a full rematch. */
  Matching = 'matching',
  /** Optional adapters: machine translation and embedding of published postings (calls to model servers). */
  Enrichment = 'enrichment',
}

export enum JobName {
  /** Answered by any worker; proves the api → Redis → worker path end to end. */
  Ping = 'system.ping',
  /** An offer or demand was created, changed, changed status or was deleted (at `version`). */
  PostingChanged = 'posting.changed',
  /** Compute one posting's matches at `version` (after it was indexed), or remove them. */
  MatchPosting = 'posting.match',
  /** Enqueue a match job for every published posting of a rematch run; resumable from its cursor. */
  RematchAll = 'matching.rematch',
  /** Add machine translations and the embedding a published posting lacks, then index it again. */
  EnrichPosting = 'posting.enrich',
}

/** Which queue carries each job. */
export const QUEUE_OF_JOB: Record<JobName, QueueName> = {
  [JobName.Ping]: QueueName.System,
  [JobName.PostingChanged]: QueueName.Postings,
  [JobName.MatchPosting]: QueueName.Matching,
  [JobName.RematchAll]: QueueName.Matching,
  [JobName.EnrichPosting]: QueueName.Enrichment,
};

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);
