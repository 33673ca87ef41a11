import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATES = `'new','shortlisted','introduced','in_negotiation','deal','rejected'`;
const REASONS = `'too_early','not_relevant','budget','ip','geography','duplicate','other'`;

/**
 * Match lists and the brokers' decisions on them:
 * - `posting_match`: one scored pair (offer, demand), rewritten by every recomputation;
 * - `match_review`: a broker's state for a pair, never touched by recomputation (no row = `new`);
 * - `match_review_audit`: one row per review change, written in the same transaction.
 * Deleting a posting deletes its pairs, their reviews and their audit trail.
 */
export class CreateMatchLists1795219200000 implements MigrationInterface {
  name = 'CreateMatchLists1795219200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE posting_match (
        offer_id uuid NOT NULL REFERENCES offer(id) ON DELETE CASCADE,
        demand_id uuid NOT NULL REFERENCES demand(id) ON DELETE CASCADE,
        score real NOT NULL CHECK (score BETWEEN 0 AND 1),
        components jsonb NOT NULL CHECK (jsonb_typeof(components) = 'object'),
        explanation jsonb NOT NULL CHECK (jsonb_typeof(explanation) = 'object'),
        scoring_version text NOT NULL CHECK (length(scoring_version) BETWEEN 1 AND 100),
        offer_version integer NOT NULL CHECK (offer_version >= 1),
        demand_version integer NOT NULL CHECK (demand_version >= 1),
        computed_at timestamptz NOT NULL,
        PRIMARY KEY (offer_id, demand_id)
      )`);
    // A demand's list and an offer's list, best first (ties by counterpart id).
    await q.query(`CREATE INDEX posting_match_demand_score_idx ON posting_match (demand_id, score DESC, offer_id)`);
    await q.query(`CREATE INDEX posting_match_offer_score_idx ON posting_match (offer_id, score DESC, demand_id)`);
    // The brokers' queue across postings: by score, or newest first.
    await q.query(`CREATE INDEX posting_match_score_idx ON posting_match (score DESC, offer_id, demand_id)`);
    await q.query(`CREATE INDEX posting_match_computed_idx ON posting_match (computed_at DESC)`);

    await q.query(`
      CREATE TABLE match_review (
        offer_id uuid NOT NULL REFERENCES offer(id) ON DELETE CASCADE,
        demand_id uuid NOT NULL REFERENCES demand(id) ON DELETE CASCADE,
        state text NOT NULL CHECK (state IN (${STATES})),
        reason_code text CHECK (reason_code IN (${REASONS})),
        note text CHECK (length(note) <= 2000),
        version integer NOT NULL CHECK (version >= 1),
        updated_by uuid NOT NULL REFERENCES app_user(id) ON DELETE RESTRICT,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (offer_id, demand_id),
        CHECK ((state = 'rejected') = (reason_code IS NOT NULL)),
        CHECK (reason_code IS DISTINCT FROM 'other' OR coalesce(length(btrim(note)), 0) > 0)
      )`);
    await q.query(`CREATE INDEX match_review_demand_idx ON match_review (demand_id)`);

    await q.query(`
      CREATE TABLE match_review_audit (
        id bigserial PRIMARY KEY,
        offer_id uuid NOT NULL REFERENCES offer(id) ON DELETE CASCADE,
        demand_id uuid NOT NULL REFERENCES demand(id) ON DELETE CASCADE,
        actor_id uuid NOT NULL REFERENCES app_user(id) ON DELETE RESTRICT,
        from_state text NOT NULL CHECK (from_state IN (${STATES})),
        to_state text NOT NULL CHECK (to_state IN (${STATES})),
        reason_code text CHECK (reason_code IN (${REASONS})),
        note text CHECK (length(note) <= 2000),
        at timestamptz NOT NULL DEFAULT now(),
        correlation_id text
      )`);
    await q.query(`CREATE INDEX match_review_audit_pair_idx ON match_review_audit (offer_id, demand_id, id)`);
    await q.query(`CREATE INDEX match_review_audit_demand_idx ON match_review_audit (demand_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['match_review_audit', 'match_review', 'posting_match']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
