import {
  type ExportFilters,
  POSTING_STATUSES,
  type PostingInput,
  type PostingsService,
  type PostingStatus,
} from '@ttm/postings';
import { Command, Option } from 'nest-commander';
import { CliError, EXIT } from '../cli.errors.ts';
import { formatOf, writeRecords } from '../interchange/interchange-files.ts';
import type { InterchangeKind, InterchangeRow } from '../interchange/interchange.mapping.ts';
import { PostingFileCommand, type StoredPosting } from '../interchange/posting-file.command.ts';

/** Postings read per query. */
const PAGE_SIZE = 500;

interface ExportCommandOptions {
  format?: string;
  status: string;
  source?: string;
}

@Command({
  name: 'export',
  arguments: '<kind> <file>',
  argsDescription: { kind: 'offers or demands', file: 'the .jsonl or .csv file to write' },
  description: 'write postings in the interchange format (confidential amounts left out)',
})
export class ExportCommand extends PostingFileCommand<ExportCommandOptions> {
  @Option({ flags: '--format <format>', description: 'jsonl or csv (default: from the file extension)' })
  parseFormat(value: string): string {
    return value;
  }

  @Option({ flags: '--status <status>', description: 'only postings in this status', defaultValue: 'published' })
  parseStatus(value: string): string {
    return value;
  }

  @Option({ flags: '--source <name>', description: 'only postings imported from this source' })
  parseSource(value: string): string {
    return value;
  }

  protected async runFor<E extends StoredPosting, I extends PostingInput, R extends object>(
    service: PostingsService<E, I>,
    kind: InterchangeKind<E, I, R>,
    file: string,
    options: ExportCommandOptions,
  ): Promise<void> {
    const format = formatOf(file, options.format);
    if (!(POSTING_STATUSES as readonly string[]).includes(options.status)) {
      throw new CliError(`unknown status "${options.status}": use one of ${POSTING_STATUSES.join(', ')}`, EXIT.usage);
    }
    const filters: ExportFilters = {
      status: options.status as PostingStatus,
      ...(options.source !== undefined ? { source: options.source } : {}),
    };
    let count = 0;
    async function* rows(): AsyncIterable<InterchangeRow> {
      let afterId: string | null = null;
      for (;;) {
        const page = await service.exportPage(filters, afterId, PAGE_SIZE);
        for (const exported of page) yield kind.toRow(exported);
        count += page.length;
        if (page.length < PAGE_SIZE) return;
        afterId = page.at(-1)!.posting.id;
      }
    }
    await writeRecords(file, format, kind.csv, rows()).catch((error: NodeJS.ErrnoException) => {
      // File-system errors are the operator's to fix; others (the database) go up as they are.
      throw error.syscall ? new CliError(`cannot write ${file}: ${error.message}`, EXIT.cannotCreate) : error;
    });
    process.stdout.write(`exported: ${count} ${kind.name} to ${file} (${format})\n`);
  }
}
