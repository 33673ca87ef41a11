import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { RejectionReason, ReviewState } from './match-review.rules.ts';
import type { MatchPair, ReviewActor, ReviewAuditEntry, ReviewChange, ReviewView } from './match.types.ts';

interface ReviewRow {
  state: ReviewState;
  reason_code: RejectionReason | null;
  note: string | null;
  version: number;
  updated_at: Date;
}

interface AuditRow {
  id: string;
  actor_id: string;
  from_state: ReviewState;
  to_state: ReviewState;
  reason_code: RejectionReason | null;
  note: string | null;
  at: Date;
  correlation_id: string | null;
}

const REVIEW_COLUMNS = 'state, reason_code, note, version, updated_at';

/** Every SQL of reviews and their audit trail; the writes run in the caller's transaction. */
@Injectable()
export class MatchReviewsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** True when the pair has a match row, which then cannot be deleted until the transaction ends. */
  async holdMatch(m: EntityManager, pair: MatchPair): Promise<boolean> {
    const rows: unknown[] = await m.query(
      'SELECT 1 FROM posting_match WHERE offer_id = $1 AND demand_id = $2 FOR KEY SHARE',
      [pair.offerId, pair.demandId],
    );
    return rows.length > 0;
  }

  /** The pair's review, locked for the transaction; null when it has none. */
  async lockReview(m: EntityManager, pair: MatchPair): Promise<ReviewView | null> {
    const rows: ReviewRow[] = await m.query(
      `SELECT ${REVIEW_COLUMNS} FROM match_review WHERE offer_id = $1 AND demand_id = $2 FOR UPDATE`,
      [pair.offerId, pair.demandId],
    );
    return rows[0] ? toView(rows[0]) : null;
  }

  /** The first review of a pair; null when a concurrent transaction created it first. */
  async insertReview(
    m: EntityManager,
    pair: MatchPair,
    change: ReviewChange,
    actor: ReviewActor,
  ): Promise<ReviewView | null> {
    const rows: ReviewRow[] = await m.query(
      `INSERT INTO match_review (offer_id, demand_id, state, reason_code, note, version, updated_by)
       VALUES ($1, $2, $3, $4, $5, 1, $6)
       ON CONFLICT (offer_id, demand_id) DO NOTHING
       RETURNING ${REVIEW_COLUMNS}`,
      [pair.offerId, pair.demandId, change.state, change.reasonCode, change.note, actor.actorId],
    );
    return rows[0] ? toView(rows[0]) : null;
  }

  async updateReview(m: EntityManager, pair: MatchPair, change: ReviewChange, actor: ReviewActor): Promise<ReviewView> {
    const [rows]: [ReviewRow[], number] = await m.query(
      `UPDATE match_review
          SET state = $3, reason_code = $4, note = $5, version = version + 1, updated_by = $6, updated_at = now()
        WHERE offer_id = $1 AND demand_id = $2
        RETURNING ${REVIEW_COLUMNS}`,
      [pair.offerId, pair.demandId, change.state, change.reasonCode, change.note, actor.actorId],
    );
    return toView(rows[0]!);
  }

  async insertAudit(
    m: EntityManager,
    pair: MatchPair,
    from: ReviewState,
    change: ReviewChange,
    actor: ReviewActor,
  ): Promise<void> {
    await m.query(
      `INSERT INTO match_review_audit
              (offer_id, demand_id, actor_id, from_state, to_state, reason_code, note, correlation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        pair.offerId,
        pair.demandId,
        actor.actorId,
        from,
        change.state,
        change.reasonCode,
        change.note,
        actor.correlationId ?? null,
      ],
    );
  }

  /** Oldest first: by the bigint id (`ORDER BY id` alone would sort the text column `id::text`). */
  async auditTrail(pair: MatchPair): Promise<ReviewAuditEntry[]> {
    const rows: AuditRow[] = await this.db.query(
      `SELECT id::text, actor_id, from_state, to_state, reason_code, note, at, correlation_id
         FROM match_review_audit a WHERE offer_id = $1 AND demand_id = $2 ORDER BY a.id`,
      [pair.offerId, pair.demandId],
    );
    return rows.map((r) => ({
      id: r.id,
      actorId: r.actor_id,
      fromState: r.from_state,
      toState: r.to_state,
      reasonCode: r.reason_code,
      note: r.note,
      at: r.at,
      correlationId: r.correlation_id,
    }));
  }

  async matchExists(pair: MatchPair): Promise<boolean> {
    const rows: unknown[] = await this.db.query('SELECT 1 FROM posting_match WHERE offer_id = $1 AND demand_id = $2', [
      pair.offerId,
      pair.demandId,
    ]);
    return rows.length > 0;
  }
}

function toView(row: ReviewRow): ReviewView {
  return {
    state: row.state,
    reasonCode: row.reason_code,
    note: row.note,
    version: row.version,
    updatedAt: row.updated_at,
  };
}
