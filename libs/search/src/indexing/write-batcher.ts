import type { PostingKind } from '@ttm/postings';
import type { IndexOperation, IndexOutcome } from './posting-index.writer.ts';

type Flush = (kind: PostingKind, operations: IndexOperation[]) => Promise<IndexOutcome[]>;

interface Waiting {
  operation: IndexOperation;
  resolve: (outcome: IndexOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * Gathers the writes of concurrent indexing jobs into one `_bulk` request: a write waits at most
 * `maxWaitMs`, or less when `maxBatch` writes are waiting. Each caller gets its own item's outcome.
 */
export class WriteBatcher {
  private waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly flushKind: Flush,
    private readonly maxBatch = 200,
    private readonly maxWaitMs = 20,
  ) {}

  submit(operation: IndexOperation): Promise<IndexOutcome> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ operation, resolve, reject });
      if (this.waiting.length >= this.maxBatch) void this.flush();
      else this.timer ??= setTimeout(() => void this.flush(), this.maxWaitMs);
    });
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.waiting;
    this.waiting = [];
    for (const kind of ['offer', 'demand'] as const) {
      const mine = batch.filter((w) => w.operation.kind === kind);
      if (mine.length === 0) continue;
      try {
        const outcomes = await this.flushKind(
          kind,
          mine.map((w) => w.operation),
        );
        mine.forEach((w, i) => w.resolve(outcomes[i] as IndexOutcome));
      } catch (error) {
        for (const w of mine) w.reject(error);
      }
    }
  }
}
