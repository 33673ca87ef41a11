import { JobName } from './queue-names.ts';

/** Fields every payload carries so a worker log line leads back to the request that caused it. */
export interface JobTrace {
  correlationId?: string;
}

/** Payload and result type of each job: ids and versions only, never confidential text. */
export interface JobContracts {
  [JobName.Ping]: {
    payload: JobTrace & { requestedAt: string };
    result: { pong: true; worker: string; answeredAt: string };
  };
  [JobName.PostingChanged]: {
    payload: JobTrace & {
      kind: 'offer' | 'demand';
      id: string;
      version: number;
      event: 'created' | 'updated' | 'status_changed' | 'deleted';
    };
    result: { skipped?: 'stale' } | undefined;
  };
  [JobName.MatchPosting]: {
    payload: JobTrace & {
      kind: 'offer' | 'demand';
      id: string;
      version: number;
      /** Set when the job belongs to a full rematch run (progress is counted there). */
      runId?: string;
    };
    result: {
      skipped?: 'stale' | 'not_published';
      matches?: number;
      removed?: number;
    };
  };
  [JobName.RematchAll]: {
    payload: JobTrace & { runId: string };
    result: { enqueued: number };
  };
  [JobName.EnrichPosting]: {
    payload: JobTrace & { kind: 'offer' | 'demand'; id: string; version: number };
    result: {
      skipped?: 'gone' | 'not_published' | 'changed';
      /** Enrichment revision written (absent when nothing was new). */
      revision?: number;
      translated?: string[];
      embedded?: boolean;
    };
  };
}

export type JobPayload<N extends JobName> = JobContracts[N]['payload'];
export type JobResult<N extends JobName> = JobContracts[N]['result'];
