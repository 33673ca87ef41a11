import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PostingKind } from '@ttm/postings';
import type { DataSource } from 'typeorm';
import type { RejectionReason, ReviewState } from './match-review.rules.ts';
import type {
  MatchedPosting,
  MatchFilters,
  MatchPage,
  Portfolio,
  PostingMatch,
  QueueMatch,
  QueueSort,
  ReviewView,
} from './match.types.ts';

/** Positional parameters of one statement: `add(value)` answers its placeholder. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const other = (kind: PostingKind): PostingKind => (kind === 'offer' ? 'demand' : 'offer');

/** A posting (alias `p`) with its original text (alias `t`; another translation if it has no original). */
const postingJoin = (kind: PostingKind, p: string, t: string) => `
  JOIN ${kind} ${p} ON ${p}.id = m.${kind}_id AND ${p}.status = 'published'
  LEFT JOIN LATERAL (
    SELECT language, title, summary FROM ${kind}_translation
     WHERE ${kind}_id = ${p}.id ORDER BY (origin = 'original') DESC, language LIMIT 1
  ) ${t} ON true`;

const postingColumns = (p: string, t: string) =>
  `${p}.id AS ${p}_id, upper(${p}.owner_country) AS ${p}_country,
   coalesce(${t}.language, '') AS ${p}_language, coalesce(${t}.title, '') AS ${p}_title,
   coalesce(${t}.summary, '') AS ${p}_summary`;

const PAIR_COLUMNS = `m.offer_id, m.demand_id, m.score, m.components, m.explanation, m.scoring_version,
  m.offer_version, m.demand_version, m.computed_at,
  r.state AS review_state, r.reason_code AS review_reason_code, r.note AS review_note,
  r.version AS review_version, r.updated_at AS review_updated_at`;

const REVIEW_JOIN = `LEFT JOIN match_review r ON r.offer_id = m.offer_id AND r.demand_id = m.demand_id`;

type Row = Record<string, unknown>;

/**
 * Reads of match lists: only pairs whose listed side(s) are `published` appear; each entry
 * carries the pair's review (or `new` when it has none). All SQL of the lists is here.
 */
@Injectable()
export class MatchListsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async postingExists(kind: PostingKind, id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM ${kind} WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  /** The pairs of one posting, best first (ties: counterpart id); filters apply to the counterpart. */
  async listFor(
    kind: PostingKind,
    id: string,
    filters: MatchFilters,
    page: MatchPage,
  ): Promise<[PostingMatch[], number]> {
    const counterpart = other(kind);
    const params = new Params();
    const where = [`m.${kind}_id = ${params.add(id)}`, ...pairConditions(filters, params)];
    where.push(...sideConditions(filters, params, ['c'], ['ct']));
    if (filters.trl !== undefined && counterpart === 'offer') where.push(`c.trl >= ${params.add(filters.trl)}`);
    const from = `FROM posting_match m ${postingJoin(counterpart, 'c', 'ct')} ${REVIEW_JOIN}
      WHERE ${where.join(' AND ')}`;
    const order = `ORDER BY m.score DESC, m.${counterpart}_id`;
    const [rows, total] = await this.pageOf(
      `SELECT ${PAIR_COLUMNS}, ${postingColumns('c', 'ct')} ${from}`,
      from,
      order,
      params,
      page,
    );
    return [rows.map((row) => ({ counterpart: matchedPosting(row, 'c', counterpart), ...scoredPair(row) })), total];
  }

  /**
   * Pairs across postings, both sides published. `scope` null: every pair; else pairs where the
   * offer or the demand lies in the portfolio (its owner country among `countries` when any are
   * given, and one of its technology fields among `fields` when any are given).
   */
  async queue(
    scope: Portfolio | null,
    filters: MatchFilters,
    sort: QueueSort,
    page: MatchPage,
  ): Promise<[QueueMatch[], number]> {
    const params = new Params();
    const where = [...pairConditions(filters, params)];
    if (scope) where.push(...portfolioConditions(scope, params));
    where.push(...sideConditions(filters, params, ['o', 'd'], ['ot', 'dt']));
    if (filters.trl !== undefined) where.push(`o.trl >= ${params.add(filters.trl)}`);
    const from = `FROM posting_match m ${postingJoin('offer', 'o', 'ot')} ${postingJoin('demand', 'd', 'dt')}
      ${REVIEW_JOIN} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    const order =
      sort === 'newest'
        ? 'ORDER BY m.computed_at DESC, m.score DESC, m.offer_id, m.demand_id'
        : 'ORDER BY m.score DESC, m.offer_id, m.demand_id';
    const select = `SELECT ${PAIR_COLUMNS}, ${postingColumns('o', 'ot')}, ${postingColumns('d', 'dt')} ${from}`;
    const [rows, total] = await this.pageOf(select, from, order, params, page);
    return [
      rows.map((row) => ({
        offer: matchedPosting(row, 'o', 'offer'),
        demand: matchedPosting(row, 'd', 'demand'),
        ...scoredPair(row),
      })),
      total,
    ];
  }

  private async pageOf(select: string, from: string, order: string, params: Params, page: MatchPage) {
    const [rows, counted]: [Row[], { total: number }[]] = await Promise.all([
      this.db.query(`${select} ${order} LIMIT ${Number(page.limit)} OFFSET ${Number(page.offset)}`, params.values),
      this.db.query(`SELECT count(*)::int AS total ${from}`, params.values),
    ]);
    return [rows, counted[0]?.total ?? 0] as const;
  }
}

/** Conditions on the pair itself: its score and its review state. */
function pairConditions(filters: MatchFilters, params: Params): string[] {
  const where: string[] = [];
  // Untyped parameter: compared as `real`, like the column (a float8 0.7 is not the real 0.7).
  if (filters.minScore !== undefined) where.push(`m.score >= ${params.add(filters.minScore)}`);
  if (filters.state) where.push(`coalesce(r.state, 'new') = ${params.add(filters.state)}`);
  return where;
}

/** Country, language and mode of the listed side(s): any of them may satisfy each filter. */
function sideConditions(filters: MatchFilters, params: Params, postings: string[], texts: string[]): string[] {
  const any = (condition: (i: number) => string) => `(${postings.map((_, i) => condition(i)).join(' OR ')})`;
  const where: string[] = [];
  if (filters.country) {
    const country = params.add(filters.country.toUpperCase());
    where.push(any((i) => `upper(${postings[i]}.owner_country) = ${country}`));
  }
  if (filters.language) {
    const language = params.add(filters.language.toLowerCase());
    where.push(any((i) => `${texts[i]}.language = ${language}`));
  }
  if (filters.mode) {
    const mode = params.add(filters.mode);
    where.push(any((i) => `${mode} = ANY(${postings[i]}.cooperation_modes)`));
  }
  return where;
}

function portfolioConditions(portfolio: Portfolio, params: Params): string[] {
  const countries = portfolio.countries.length ? params.add(portfolio.countries.map((c) => c.toUpperCase())) : null;
  const fields = portfolio.fields.length ? params.add(portfolio.fields) : null;
  if (!countries && !fields) return [];
  const covered = (p: string) =>
    [
      countries ? `upper(${p}.owner_country) = ANY(${countries}::text[])` : null,
      fields ? `${p}.technology_fields && ${fields}::text[]` : null,
    ]
      .filter(Boolean)
      .join(' AND ');
  return [`((${covered('o')}) OR (${covered('d')}))`];
}

function matchedPosting(row: Row, p: string, kind: PostingKind): MatchedPosting {
  return {
    id: row[`${p}_id`] as string,
    kind,
    title: row[`${p}_title`] as string,
    summary: row[`${p}_summary`] as string,
    language: row[`${p}_language`] as string,
    country: row[`${p}_country`] as string,
  };
}

function scoredPair(row: Row) {
  return {
    score: row.score as number,
    components: row.components as Record<string, number>,
    explanation: row.explanation as object,
    scoringVersion: row.scoring_version as string,
    offerVersion: row.offer_version as number,
    demandVersion: row.demand_version as number,
    computedAt: row.computed_at as Date,
    review: reviewOf(row),
  };
}

function reviewOf(row: Row): ReviewView {
  return {
    state: (row.review_state as ReviewState | null) ?? 'new',
    reasonCode: (row.review_reason_code as RejectionReason | null) ?? null,
    note: (row.review_note as string | null) ?? null,
    version: (row.review_version as number | null) ?? 0,
    updatedAt: (row.review_updated_at as Date | null) ?? null,
  };
}
