import type { ErrorDetail } from '@ttm/common';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** One failed row in the report. */
export interface FailedRow {
  line: number;
  externalId: string | null;
  errors: ErrorDetail[];
}

/**
 * The error report: one JSON line per failed row. The file is created at the first failure only,
 * so a clean import writes nothing (and needs no write access beside a read-only input).
 */
export class ErrorReport {
  private stream: WriteStream | undefined;
  private count = 0;

  constructor(readonly path: string) {}

  get failed(): number {
    return this.count;
  }

  async add(rows: FailedRow[]): Promise<void> {
    if (rows.length === 0) return;
    this.stream ??= createWriteStream(this.path);
    this.count += rows.length;
    const text = rows.map((row) => `${JSON.stringify(row)}\n`).join('');
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    if (!this.stream) return;
    const stream = this.stream;
    await new Promise<void>((resolve, reject) => {
      stream.once('error', reject);
      stream.end(resolve);
    });
  }
}
