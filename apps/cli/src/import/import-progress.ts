import { Presets, SingleBar } from 'cli-progress';
import type { ImportCounts } from './file-importer.ts';

/** A progress bar over the bytes of the input, on stderr, only when stderr is a terminal. */
export class ImportProgress {
  private readonly bar: SingleBar | undefined;

  constructor(totalBytes: number, enabled = process.stderr.isTTY === true) {
    if (!enabled) return;
    this.bar = new SingleBar(
      {
        stream: process.stderr,
        format:
          '{bar} {percentage}% | {rows} rows | created {created}, updated {updated}, unchanged {unchanged}, failed {failed}',
        hideCursor: true,
      },
      Presets.shades_classic,
    );
    this.bar.start(Math.max(totalBytes, 1), 0, { rows: 0, created: 0, updated: 0, unchanged: 0, failed: 0 });
  }

  update(bytes: number, counts: ImportCounts): void {
    const rows = counts.created + counts.updated + counts.unchanged + counts.failed;
    this.bar?.update(bytes, { rows, ...counts });
  }

  stop(): void {
    this.bar?.stop();
  }
}
