import { Injectable } from '@nestjs/common';

/**
 * Aborted when a stopping worker's grace runs out: jobs pass `signal` to their long calls (the
 * model servers), which then fail as retryable instead of holding the shutdown for their timeout.
 */
@Injectable()
export class WorkerStopping {
  private readonly controller = new AbortController();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(): void {
    this.controller.abort(new Error('the worker is shutting down'));
  }
}
