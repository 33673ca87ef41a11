/** A full rematch run as operators and brokers see it. */
export interface RematchProgress {
  id: string;
  status: 'running' | 'completed' | 'failed';
  reason: string;
  scoringVersion: string;
  /** Postings to match (known for sure once every job is enqueued: `fannedOut`). */
  total: number;
  done: number;
  fannedOut: boolean;
  /** Postings per second since the start. */
  rate: number;
  /** Seconds left at the current rate; null when unknown. */
  etaSeconds: number | null;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
}
