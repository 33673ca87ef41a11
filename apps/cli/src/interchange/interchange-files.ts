import type { ErrorDetail } from '@ttm/common';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CliError, EXIT } from '../cli.errors.ts';
import { checkCsvHeader, type CsvRecord, type CsvShape, csvRecordToRow, rowToCsvRecord } from './interchange-csv.ts';
import type { InterchangeRow } from './interchange.mapping.ts';

export const FORMATS = ['jsonl', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

const EXTENSIONS: Record<string, Format> = { '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.csv': 'csv' };

/** The format given, or the one the file's extension says. */
export function formatOf(file: string, given: string | undefined): Format {
  if (given !== undefined) {
    if ((FORMATS as readonly string[]).includes(given)) return given as Format;
    throw new CliError(`unknown format "${given}": use ${FORMATS.join(' or ')}`, EXIT.usage);
  }
  const format = EXTENSIONS[extname(file).toLowerCase()];
  if (!format)
    throw new CliError(`cannot tell the format of ${file} from its extension: add --format jsonl|csv`, EXIT.usage);
  return format;
}

/** One row of an input file: its value, or why it could not be parsed; `bytes` read so far. */
export interface SourceRecord {
  line: number;
  value?: unknown;
  error?: ErrorDetail;
  bytes: number;
}

export function readRecords(file: string, format: Format, shape: CsvShape): AsyncIterable<SourceRecord> {
  return format === 'jsonl' ? readJsonl(file) : readCsv(file, shape);
}

/** One JSON object per line; blank lines are skipped; a line that is not JSON is a failed row. */
async function* readJsonl(file: string): AsyncIterable<SourceRecord> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  let bytes = 0;
  for await (const raw of lines) {
    line += 1;
    bytes += Buffer.byteLength(raw) + 1;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    try {
      yield { line, value: JSON.parse(text) as unknown, bytes };
    } catch (error) {
      yield { line, error: { path: '', code: 'invalid_json', message: (error as Error).message }, bytes };
    }
  }
}

/**
 * A header line naming the columns, then one record per row (quoted fields may span lines).
 * A record with another number of fields than the header is a failed row; a broken header or an
 * unclosed quote stops the import (exit 65).
 */
async function* readCsv(file: string, shape: CsvShape): AsyncIterable<SourceRecord> {
  const parser = createReadStream(file).pipe(
    parse({
      bom: true,
      columns: (header: string[]) => {
        const problems = checkCsvHeader(header, shape);
        if (problems.length) throw new CliError(`${file}: ${problems.join('; ')}`, EXIT.dataError);
        return header;
      },
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      record_delimiter: ['\r\n', '\n'],
    }),
  );
  // A record starts on the line after the previous one ended, past the empty lines skipped between.
  let endLine = 1;
  let emptyLines = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: CsvRecord;
      info: { lines: number; empty_lines: number; bytes: number; error?: { message: string } };
    }>) {
      const line = endLine + 1 + (info.empty_lines - emptyLines);
      endLine = info.lines;
      emptyLines = info.empty_lines;
      const value = csvRecordToRow(record, shape);
      yield info.error
        ? {
            line,
            value,
            error: { path: '', code: 'field_count', message: `the record's field count differs from the header's` },
            bytes: info.bytes,
          }
        : { line, value, bytes: info.bytes };
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${file}: ${(error as Error).message}`, EXIT.dataError);
  }
}

/** Writes the rows to `file` (through a temporary file beside it, renamed at the end). */
export async function writeRecords(
  file: string,
  format: Format,
  shape: CsvShape,
  rows: AsyncIterable<InterchangeRow>,
): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    if (format === 'jsonl') {
      await pipeline(Readable.from(jsonLines(rows)), createWriteStream(temporary));
    } else {
      await pipeline(
        Readable.from(csvRecords(rows, shape)),
        stringify({ header: true, columns: [...shape.columns] }),
        createWriteStream(temporary),
      );
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

async function* jsonLines(rows: AsyncIterable<InterchangeRow>): AsyncIterable<string> {
  for await (const row of rows) yield `${JSON.stringify(row)}\n`;
}

async function* csvRecords(rows: AsyncIterable<InterchangeRow>, shape: CsvShape): AsyncIterable<CsvRecord> {
  for await (const row of rows) yield rowToCsvRecord(row, shape);
}
