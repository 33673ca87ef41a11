import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PostingKind } from '@ttm/postings';
import type { DataSource, EntityManager } from 'typeorm';
import type { MatchPair, MatchRow } from './match.types.ts';

/**
 * Writes of match rows, for the matching job. Every method takes an optional EntityManager to
 * run inside the caller's transaction.
 *
 * The upsert rule: an incoming row replaces the stored one only when it was computed from
 * postings at least as new on both sides (`offer_version` and `demand_version` both ≥ the stored
 * ones); between equal versions the last write wins (a rescoring under a new scoring version
 * replaces the row). So a job that ran late, on an older version of either posting, never
 * overwrites a newer result, and the same rows written twice leave the table as it was (a row
 * whose content is unchanged is not rewritten, so `computed_at` says when its content last changed). Reviews (`match_review`) are never touched.
 */
@Injectable()
export class MatchesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Returns how many rows were inserted or changed. */
  async upsertMatches(rows: MatchRow[], manager: EntityManager = this.db.manager): Promise<number> {
    const unique = newestPerPair(rows.map(checkedRow));
    if (unique.length === 0) return 0;
    const written: unknown[] = await manager.query(
      `INSERT INTO posting_match AS m
              (offer_id, demand_id, score, components, explanation, scoring_version,
               offer_version, demand_version, computed_at)
       SELECT offer_id, demand_id, score, components, explanation, scoring_version,
              offer_version, demand_version, computed_at
         FROM jsonb_to_recordset($1::jsonb) AS r(
              offer_id uuid, demand_id uuid, score real, components jsonb, explanation jsonb,
              scoring_version text, offer_version int, demand_version int, computed_at timestamptz)
       ON CONFLICT (offer_id, demand_id) DO UPDATE SET
              score = excluded.score,
              components = excluded.components,
              explanation = excluded.explanation,
              scoring_version = excluded.scoring_version,
              offer_version = excluded.offer_version,
              demand_version = excluded.demand_version,
              computed_at = excluded.computed_at
        WHERE excluded.offer_version >= m.offer_version
          AND excluded.demand_version >= m.demand_version
          AND (m.score, m.components, m.explanation, m.scoring_version, m.offer_version, m.demand_version)
              IS DISTINCT FROM
              (excluded.score, excluded.components, excluded.explanation, excluded.scoring_version,
               excluded.offer_version, excluded.demand_version)
       RETURNING 1`,
      [JSON.stringify(unique.map(toRecord))],
    );
    return written.length;
  }

  /** Deletes the given pairs (their reviews stay); returns how many rows were deleted. */
  async deleteMatches(pairs: MatchPair[], manager: EntityManager = this.db.manager): Promise<number> {
    if (pairs.length === 0) return 0;
    const [, deleted]: [unknown, number] = await manager.query(
      `DELETE FROM posting_match m
        USING jsonb_to_recordset($1::jsonb) AS p(offer_id uuid, demand_id uuid)
        WHERE m.offer_id = p.offer_id AND m.demand_id = p.demand_id`,
      [JSON.stringify(pairs.map((p) => ({ offer_id: p.offerId, demand_id: p.demandId })))],
    );
    return deleted;
  }

  /** Deletes every pair of one posting (its reviews stay); returns how many rows were deleted. */
  async deleteAllFor(kind: PostingKind, id: string, manager: EntityManager = this.db.manager): Promise<number> {
    const column = kind === 'offer' ? 'offer_id' : 'demand_id';
    const [, deleted]: [unknown, number] = await manager.query(`DELETE FROM posting_match WHERE ${column} = $1`, [id]);
    return deleted;
  }
}

/** Refuses rows the table would store wrongly or refuse: a bad score, a non-numeric component. */
function checkedRow(row: MatchRow): MatchRow {
  const problem =
    !Number.isFinite(row.score) || row.score < 0 || row.score > 1
      ? `score ${row.score} is not within 0–1`
      : Object.entries(row.components).find(([, v]) => typeof v !== 'number' || !Number.isFinite(v))
        ? 'components must be finite numbers'
        : Number.isNaN(row.computedAt.getTime())
          ? 'computedAt is not a date'
          : undefined;
  if (problem) throw new Error(`match ${row.offerId}/${row.demandId}: ${problem}`);
  return row;
}

/** One row per pair (a batch may name a pair twice): the newest by the upsert rule, else the last. */
function newestPerPair(rows: MatchRow[]): MatchRow[] {
  const byPair = new Map<string, MatchRow>();
  for (const row of rows) {
    const key = `${row.offerId}/${row.demandId}`;
    const seen = byPair.get(key);
    if (!seen || (row.offerVersion >= seen.offerVersion && row.demandVersion >= seen.demandVersion)) {
      byPair.set(key, row);
    }
  }
  return [...byPair.values()];
}

function toRecord(row: MatchRow) {
  return {
    offer_id: row.offerId,
    demand_id: row.demandId,
    score: row.score,
    components: row.components,
    explanation: row.explanation,
    scoring_version: row.scoringVersion,
    offer_version: row.offerVersion,
    demand_version: row.demandVersion,
    computed_at: row.computedAt.toISOString(),
  };
}
