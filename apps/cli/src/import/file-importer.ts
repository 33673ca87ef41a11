import type { ImportedPosting, ImportOptions, ImportOutcome, PostingInput } from '@ttm/postings';
import type { ClassConstructor } from 'class-transformer';
import type { CsvShape } from '../interchange/interchange-csv.ts';
import { type Format, readRecords } from '../interchange/interchange-files.ts';
import { validateRow } from '../interchange/interchange-row.dto.ts';
import type { ErrorReport, FailedRow } from './error-report.ts';
import type { ImportProgress } from './import-progress.ts';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export interface FileImport<I extends PostingInput, R extends object> {
  file: string;
  format: Format;
  rowClass: ClassConstructor<R>;
  csv: CsvShape;
  toImported: (row: R) => ImportedPosting<I>;
  /** The domain's upsert (`OffersService.importBatch` or `DemandsService.importBatch`). */
  importBatch: (rows: ImportedPosting<I>[], options: ImportOptions) => Promise<ImportOutcome[]>;
  options: ImportOptions;
  batchSize: number;
  report: ErrorReport;
  progress: ImportProgress;
}

/**
 * Reads the file row by row, validates each row, and hands the valid ones to the domain in
 * batches (one transaction each). A bad row never stops the others: it goes to the error report,
 * in line order. An externalId seen earlier in the file fails (the first one is imported).
 */
export async function importFile<I extends PostingInput, R extends object>(
  job: FileImport<I, R>,
): Promise<ImportCounts> {
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  const firstLine = new Map<string, number>();
  let batch: { line: number; posting: ImportedPosting<I> }[] = [];
  let failures: FailedRow[] = [];
  let bytes = 0;

  const flush = async (): Promise<void> => {
    if (batch.length) {
      const outcomes = await job.importBatch(
        batch.map((b) => b.posting),
        job.options,
      );
      outcomes.forEach((outcome, i) => {
        const { line, posting } = batch[i]!;
        if (outcome.outcome === 'failed')
          failures.push({ line, externalId: posting.externalId, errors: outcome.errors });
        else counts[outcome.outcome] += 1;
      });
    }
    failures.sort((a, b) => a.line - b.line);
    counts.failed += failures.length;
    await job.report.add(failures);
    batch = [];
    failures = [];
    job.progress.update(bytes, counts);
  };

  for await (const record of readRecords(job.file, job.format, job.csv)) {
    bytes = record.bytes;
    const result = record.error ? { errors: [record.error] } : validateRow(job.rowClass, record.value);
    if (result.errors) {
      failures.push({ line: record.line, externalId: externalIdOf(record.value), errors: result.errors });
    } else {
      const posting = job.toImported(result.row);
      const first = firstLine.get(posting.externalId);
      if (first === undefined) {
        firstLine.set(posting.externalId, record.line);
        batch.push({ line: record.line, posting });
      } else {
        failures.push({
          line: record.line,
          externalId: posting.externalId,
          errors: [{ path: 'externalId', code: 'duplicate', message: `line ${first} has the same externalId` }],
        });
      }
    }
    if (batch.length + failures.length >= job.batchSize) await flush();
  }
  await flush();
  return counts;
}

function externalIdOf(value: unknown): string | null {
  const id = (value as { externalId?: unknown } | null | undefined)?.externalId;
  return typeof id === 'string' ? id : null;
}
