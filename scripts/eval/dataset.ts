/**
 * Loads an evaluation dataset in the interchange format (/work/shared/eval/README.md): a directory
 * with `offers.jsonl`, `demands.jsonl` and `qrels.tsv`. Every row is checked against the format;
 * whatever is wrong is reported together, each problem with its file, line and field.
 *
 * Leniency, on purpose and only here: a missing `askingPrice`, `budget` or `deadline` reads as
 * `null`, and a missing `ipcCodes` as `[]` (the format allows null / empty for them). Every other
 * field is required. Keys the format does not name are ignored.
 *
 * A plain module (no decorators, no `@ttm` aliases) so that Node can run it directly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Judgements } from './metrics.ts';
import { COOPERATION_MODES } from '../../libs/postings/src/posting.types.ts';

export type Grade = 0 | 1 | 2 | 3;

export interface Money {
  amount: number;
  currency: string;
}

export type CooperationMode =
  'licence' | 'assignment' | 'joint_development' | 'technical_service' | 'investment' | 'equipment_supply';

/** The text fields both sides share (what the baselines read). */
export interface PostingText {
  externalId: string;
  title: string;
  summary: string;
  description: string;
  language: string;
  keywords: string[];
}

export interface OfferRow extends PostingText {
  country: string;
  organization: { name: string; type: 'research_institute' | 'university' | 'company' };
  trl: number;
  ipcCodes: string[];
  cooperationModes: CooperationMode[];
  askingPrice: Money | null;
}

export interface DemandRow extends PostingText {
  country: string;
  organization: { name: string; type: 'company' | 'research_institute' | 'government' };
  desiredTrlMin: number;
  ipcCodes: string[];
  cooperationModes: CooperationMode[];
  budget: Money | null;
  deadline: string | null;
}

export interface Judgement {
  demandId: string;
  offerId: string;
  grade: Grade;
}

export interface Dataset {
  dir: string;
  offers: OfferRow[];
  demands: DemandRow[];
  qrels: Judgement[];
}

export interface DatasetProblem {
  file: string;
  /** 1-based; 0 when the problem is with the file as a whole. */
  line: number;
  /** Dotted path inside the row (`organization.type`, `keywords.2`); '' for the whole line. */
  field: string;
  message: string;
}

/** The dataset cannot be used; `problems` lists every reason found (the message the first ones). */
export class DatasetError extends Error {
  constructor(
    readonly dir: string,
    readonly problems: DatasetProblem[],
  ) {
    const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map(describeProblem);
    const more = problems.length > MAX_PROBLEMS_SHOWN ? [`… and ${problems.length - MAX_PROBLEMS_SHOWN} more`] : [];
    super(`dataset ${dir} is not usable:\n${[...shown, ...more].map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DatasetError';
  }
}

const MAX_PROBLEMS_SHOWN = 20;

export function describeProblem(p: DatasetProblem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}` : p.file;
  return p.field ? `${where} ${p.field}: ${p.message}` : `${where}: ${p.message}`;
}

const text = z.string();
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const language = z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code (two lower-case letters)');
const country = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code (two upper-case letters)');
const level = z.int().min(1).max(9);
const money = z.object({
  amount: z.number().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code (three upper-case letters)'),
});
const nullableMoney = money.nullable().default(null);
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date written YYYY-MM-DD', abort: true })
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'not a calendar date');

const postingText = {
  externalId: nonEmpty,
  title: nonEmpty,
  summary: text,
  description: text,
  language,
  country,
  keywords: z.array(text),
  ipcCodes: z.array(nonEmpty).default([]),
  cooperationModes: z.array(z.enum(COOPERATION_MODES)),
};

const offerSchema: z.ZodType<OfferRow> = z.object({
  ...postingText,
  organization: z.object({ name: nonEmpty, type: z.enum(['research_institute', 'university', 'company']) }),
  trl: level,
  askingPrice: nullableMoney,
});

const demandSchema: z.ZodType<DemandRow> = z.object({
  ...postingText,
  organization: z.object({ name: nonEmpty, type: z.enum(['company', 'research_institute', 'government']) }),
  desiredTrlMin: level,
  budget: nullableMoney,
  deadline: date.nullable().default(null),
});

const QRELS_HEADER = ['demandId', 'offerId', 'grade'];

/** Reads and checks the dataset in `dir`; throws a `DatasetError` listing every problem found. */
export function loadDataset(dir: string): Dataset {
  const problems: DatasetProblem[] = [];
  const offers = readJsonl(dir, 'offers.jsonl', offerSchema, problems);
  const demands = readJsonl(dir, 'demands.jsonl', demandSchema, problems);
  const qrels = readQrels(dir, offers.ids, demands.ids, problems);
  if (problems.length) throw new DatasetError(dir, problems);
  return { dir, offers: offers.rows, demands: demands.rows, qrels };
}

function readLines(dir: string, file: string, problems: DatasetProblem[]): string[] | undefined {
  const path = join(dir, file);
  if (!existsSync(path)) {
    problems.push({ file, line: 0, field: '', message: `missing (expected at ${path})` });
    return undefined;
  }
  return readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
}

function readJsonl<T extends { externalId: string }>(
  dir: string,
  file: string,
  schema: z.ZodType<T>,
  problems: DatasetProblem[],
): { rows: T[]; ids: ReadonlySet<string> | undefined } {
  const lines = readLines(dir, file, problems);
  if (!lines) return { rows: [], ids: undefined };
  const rows: T[] = [];
  // Every id the file names, valid row or not: a judgement naming a broken row is not "unknown".
  const ids = new Set<string>();
  const firstLineOf = new Map<string, number>();
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      problems.push({ file, line, field: '', message: `not JSON (${(error as Error).message})` });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ file, line, field: '', message: 'not a JSON object' });
      return;
    }
    if ('externalId' in value && typeof value.externalId === 'string') ids.add(value.externalId.trim());
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ file, line, field: issue.path.map(String).join('.'), message: issue.message });
      return;
    }
    const first = firstLineOf.get(parsed.data.externalId);
    if (first !== undefined) {
      problems.push({ file, line, field: 'externalId', message: `"${parsed.data.externalId}" repeats line ${first}` });
      return;
    }
    firstLineOf.set(parsed.data.externalId, line);
    rows.push(parsed.data);
  });
  if (rows.length === 0 && !problems.some((p) => p.file === file))
    problems.push({ file, line: 0, field: '', message: 'holds no rows' });
  return { rows, ids };
}

function readQrels(
  dir: string,
  offerIds: ReadonlySet<string> | undefined,
  demandIds: ReadonlySet<string> | undefined,
  problems: DatasetProblem[],
): Judgement[] {
  const file = 'qrels.tsv';
  const lines = readLines(dir, file, problems);
  if (!lines) return [];
  const header = lines[0]!.split('\t').map((h) => h.trim());
  if (header.join('\t') !== QRELS_HEADER.join('\t')) {
    problems.push({ file, line: 1, field: '', message: `the header must be "${QRELS_HEADER.join('\\t')}"` });
    return [];
  }
  const judgements: Judgement[] = [];
  const firstLineOf = new Map<string, number>();
  lines.slice(1).forEach((raw, index) => {
    const line = index + 2;
    if (raw.trim() === '') return;
    const cells = raw.split('\t').map((c) => c.trim());
    if (cells.length !== 3) {
      problems.push({ file, line, field: '', message: `3 tab-separated fields expected, found ${cells.length}` });
      return;
    }
    const [demandId, offerId, gradeText] = cells as [string, string, string];
    let ok = true;
    const fail = (field: string, message: string) => {
      problems.push({ file, line, field, message });
      ok = false;
    };
    if (!demandId) fail('demandId', 'must not be empty');
    else if (demandIds && !demandIds.has(demandId)) fail('demandId', `"${demandId}" is not in demands.jsonl`);
    if (!offerId) fail('offerId', 'must not be empty');
    else if (offerIds && !offerIds.has(offerId)) fail('offerId', `"${offerId}" is not in offers.jsonl`);
    if (!/^[0-3]$/.test(gradeText)) fail('grade', `"${gradeText}" is not one of 0, 1, 2, 3`);
    if (!ok) return;
    const key = `${demandId}\t${offerId}`;
    const first = firstLineOf.get(key);
    if (first !== undefined) {
      problems.push({
        file,
        line,
        field: '',
        message: `the pair ${demandId} / ${offerId} is judged again (first on line ${first})`,
      });
      return;
    }
    firstLineOf.set(key, line);
    judgements.push({ demandId, offerId, grade: Number(gradeText) as Grade });
  });
  return judgements;
}

/** What the metrics need from a dataset: the judgements and each posting's declared language. */
export function judgementsOf(dataset: Pick<Dataset, 'offers' | 'demands' | 'qrels'>): Judgements {
  const qrels = new Map<string, Map<string, number>>();
  for (const { demandId, offerId, grade } of dataset.qrels) {
    const grades = qrels.get(demandId) ?? new Map<string, number>();
    grades.set(offerId, grade);
    qrels.set(demandId, grades);
  }
  return {
    qrels,
    offerLanguage: new Map(dataset.offers.map((o) => [o.externalId, o.language])),
    demandLanguage: new Map(dataset.demands.map((d) => [d.externalId, d.language])),
  };
}

export interface DatasetSummary {
  offers: number;
  demands: number;
  judgedPairs: number;
  judgedPairsByGrade: Record<`${Grade}`, number>;
  sameLanguageJudgedPairs: number;
  crossLanguageJudgedPairs: number;
  offerLanguages: Record<string, number>;
  demandLanguages: Record<string, number>;
}

/** The counts the report's `dataset` block shows. */
export function summarizeDataset(dataset: Pick<Dataset, 'offers' | 'demands' | 'qrels'>): DatasetSummary {
  const offerLanguage = new Map(dataset.offers.map((o) => [o.externalId, o.language]));
  const demandLanguage = new Map(dataset.demands.map((d) => [d.externalId, d.language]));
  const byGrade: Record<`${Grade}`, number> = { '3': 0, '2': 0, '1': 0, '0': 0 };
  let same = 0;
  for (const q of dataset.qrels) {
    byGrade[`${q.grade}`] += 1;
    if (offerLanguage.get(q.offerId) === demandLanguage.get(q.demandId)) same += 1;
  }
  return {
    offers: dataset.offers.length,
    demands: dataset.demands.length,
    judgedPairs: dataset.qrels.length,
    judgedPairsByGrade: byGrade,
    sameLanguageJudgedPairs: same,
    crossLanguageJudgedPairs: dataset.qrels.length - same,
    offerLanguages: countBy(dataset.offers.map((o) => o.language)),
    demandLanguages: countBy(dataset.demands.map((d) => d.language)),
  };
}

function countBy(values: string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
}
