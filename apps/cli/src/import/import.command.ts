import type { PostingInput, PostingsService } from '@ttm/postings';
import { Command, Option } from 'nest-commander';
import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { CliError, EXIT } from '../cli.errors.ts';
import { formatOf } from '../interchange/interchange-files.ts';
import type { InterchangeKind } from '../interchange/interchange.mapping.ts';
import { PostingFileCommand, type StoredPosting } from '../interchange/posting-file.command.ts';
import { ErrorReport } from './error-report.ts';
import { importFile } from './file-importer.ts';
import { ImportProgress } from './import-progress.ts';

/** Rows per transaction. */
const BATCH_SIZE = 500;

interface ImportCommandOptions {
  format?: string;
  dryRun?: boolean;
  source?: string;
  errors?: string;
}

@Command({
  name: 'import',
  arguments: '<kind> <file>',
  argsDescription: { kind: 'offers or demands', file: 'a .jsonl or .csv file in the interchange format' },
  description: 'create or update postings from a file (published at once); the last line of output counts the rows',
})
export class ImportCommand extends PostingFileCommand<ImportCommandOptions> {
  @Option({ flags: '--format <format>', description: 'jsonl or csv (default: from the file extension)' })
  parseFormat(value: string): string {
    return value;
  }

  @Option({ flags: '--dry-run', description: 'validate and count, write nothing' })
  parseDryRun(): boolean {
    return true;
  }

  @Option({ flags: '--source <name>', description: "the rows' source (default: the file name without extension)" })
  parseSource(value: string): string {
    return value;
  }

  @Option({ flags: '--errors <file>', description: 'where failed rows are reported (default: <file>.errors.jsonl)' })
  parseErrors(value: string): string {
    return value;
  }

  protected async runFor<E extends StoredPosting, I extends PostingInput, R extends object>(
    service: PostingsService<E, I>,
    kind: InterchangeKind<E, I, R>,
    file: string,
    options: ImportCommandOptions,
  ): Promise<void> {
    const format = formatOf(file, options.format);
    const info = await stat(file).catch((error: Error) => {
      throw new CliError(`cannot read ${file}: ${error.message}`, EXIT.noInput);
    });
    if (!info.isFile()) throw new CliError(`${file} is not a file`, EXIT.noInput);
    const source = options.source ?? basename(file, extname(file));
    if (!source.trim()) throw new CliError('the source name is empty: give --source', EXIT.usage);
    const report = new ErrorReport(options.errors ?? `${file}.errors.jsonl`);
    const dryRun = options.dryRun === true;
    const correlationId = randomUUID();
    process.stdout.write(
      `${dryRun ? 'dry run (nothing is written): ' : ''}importing ${kind.name} from ${file} (${format}) as source "${source}", correlation id ${correlationId}\n`,
    );
    const progress = new ImportProgress(info.size);
    const started = performance.now();
    let counts;
    try {
      counts = await importFile({
        file,
        format,
        rowClass: kind.rowClass,
        csv: kind.csv,
        toImported: kind.toImported,
        importBatch: (rows, batchOptions) => service.importBatch(rows, batchOptions),
        options: { source, dryRun, correlationId },
        batchSize: BATCH_SIZE,
        report,
        progress,
      });
    } finally {
      progress.stop();
      await report.close();
    }
    const seconds = (performance.now() - started) / 1000;
    const rows = counts.created + counts.updated + counts.unchanged + counts.failed;
    process.stdout.write(`${rows} rows in ${seconds.toFixed(2)} s (${Math.round(rows / seconds)} rows/s)\n`);
    if (counts.failed) process.stdout.write(`${counts.failed} failed rows are reported in ${report.path}\n`);
    process.stdout.write(
      `imported: created=${counts.created} updated=${counts.updated} unchanged=${counts.unchanged} failed=${counts.failed}\n`,
    );
    process.exitCode = counts.failed ? EXIT.failure : EXIT.ok;
  }
}
