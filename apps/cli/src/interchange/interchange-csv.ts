/**
 * The CSV form of the interchange format (README "Import and export"): one column per field,
 * `organization` as two columns, money as amount and currency, arrays `;`-separated (`\;` for a
 * semicolon inside an item, `\\` for a backslash). An empty cell is an absent field.
 */
export type CsvRecord = Record<string, string>;

const COMMON_COLUMNS = [
  'externalId',
  'title',
  'summary',
  'description',
  'language',
  'country',
  'organizationName',
  'organizationType',
] as const;
const LIST_COLUMNS = ['ipcCodes', 'cooperationModes', 'keywords'] as const;

export const OFFER_CSV_COLUMNS = [
  ...COMMON_COLUMNS,
  'trl',
  ...LIST_COLUMNS,
  'askingPriceAmount',
  'askingPriceCurrency',
] as const;
export const DEMAND_CSV_COLUMNS = [
  ...COMMON_COLUMNS,
  'desiredTrlMin',
  ...LIST_COLUMNS,
  'budgetAmount',
  'budgetCurrency',
  'deadline',
] as const;

/** How a kind's row differs from the common part: its TRL field, its money field, its extra text fields. */
export interface CsvShape {
  columns: readonly string[];
  trl: 'trl' | 'desiredTrlMin';
  money: 'askingPrice' | 'budget';
  extraText: readonly string[];
}

export const OFFER_CSV: CsvShape = { columns: OFFER_CSV_COLUMNS, trl: 'trl', money: 'askingPrice', extraText: [] };
export const DEMAND_CSV: CsvShape = {
  columns: DEMAND_CSV_COLUMNS,
  trl: 'desiredTrlMin',
  money: 'budget',
  extraText: ['deadline'],
};

/** The row a CSV record stands for, in the shape of a JSONL row (validated afterwards like one). */
export function csvRecordToRow(record: CsvRecord, shape: CsvShape): Record<string, unknown> {
  const cell = (column: string): string | undefined => (record[column] ? record[column] : undefined);
  const row: Record<string, unknown> = {};
  for (const column of ['externalId', 'title', 'summary', 'description', 'language', 'country', ...shape.extraText]) {
    row[column] = cell(column);
  }
  if (cell('organizationName') !== undefined || cell('organizationType') !== undefined) {
    row.organization = { name: cell('organizationName'), type: cell('organizationType') };
  }
  row[shape.trl] = toNumber(cell(shape.trl));
  for (const column of LIST_COLUMNS) row[column] = splitList(cell(column));
  const amount = cell(`${shape.money}Amount`);
  const currency = cell(`${shape.money}Currency`);
  row[shape.money] = amount === undefined && currency === undefined ? null : { amount: toNumber(amount), currency };
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined));
}

/** The CSV record of a row (as `export` writes it). */
export function rowToCsvRecord(row: Record<string, unknown>, shape: CsvShape): CsvRecord {
  const organization = row.organization as { name: string; type: string };
  const money = row[shape.money] as { amount: number; currency: string } | null | undefined;
  const values: Record<string, unknown> = {
    ...row,
    organizationName: organization.name,
    organizationType: organization.type,
    [`${shape.money}Amount`]: money?.amount,
    [`${shape.money}Currency`]: money?.currency,
  };
  for (const column of LIST_COLUMNS) values[column] = joinList((row[column] as string[] | undefined) ?? []);
  return Object.fromEntries(
    shape.columns.map((c) => [c, values[c] === undefined || values[c] === null ? '' : String(values[c])]),
  );
}

/** Which header columns are not part of the format, and which appear twice. */
export function checkCsvHeader(header: string[], shape: CsvShape): string[] {
  const problems = header.filter((c) => !shape.columns.includes(c)).map((c) => `unknown column "${c}"`);
  const twice = header.filter((c, i) => header.indexOf(c) !== i);
  return [...problems, ...[...new Set(twice)].map((c) => `column "${c}" appears twice`)];
}

/** `a; b\;c` → `['a', 'b;c']`; an empty cell is an absent list. */
export function splitList(cell: string | undefined): string[] | undefined {
  if (cell === undefined) return undefined;
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const char = cell[i];
    if (char === '\\' && i + 1 < cell.length) current += cell[++i];
    else if (char === ';') {
      items.push(current);
      current = '';
    } else current += char;
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

export function joinList(items: string[]): string {
  return items.map((item) => item.replace(/[\\;]/g, (c) => `\\${c}`)).join(';');
}

/** A number when the cell is one; otherwise the text, so that validation names the field. */
function toNumber(cell: string | undefined): number | string | undefined {
  if (cell === undefined) return undefined;
  const trimmed = cell.trim();
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(trimmed) ? Number(trimmed) : cell;
}
