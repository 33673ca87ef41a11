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
}

export type JobPayload<N extends JobName> = JobContracts[N]['payload'];
export type JobResult<N extends JobName> = JobContracts[N]['result'];
