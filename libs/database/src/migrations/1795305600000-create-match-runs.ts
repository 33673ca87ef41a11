import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Full rematch runs and the postings each has done (progress that survives restarts and duplicates). */
export class CreateMatchRuns1795305600000 implements MigrationInterface {
  name = 'CreateMatchRuns1795305600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE match_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        scoring_version text NOT NULL,
        reason text NOT NULL,
        status text NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
        total int NOT NULL DEFAULT 0,
        done int NOT NULL DEFAULT 0,
        fanned_out boolean NOT NULL DEFAULT false,
        cursor_kind text,
        cursor_id uuid,
        requested_by uuid,
        error text,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX match_run_one_running ON match_run ((status)) WHERE status = 'running'`);
    await q.query(`
      CREATE TABLE match_run_done (
        run_id uuid NOT NULL REFERENCES match_run(id) ON DELETE CASCADE,
        posting_kind text NOT NULL,
        posting_id uuid NOT NULL,
        PRIMARY KEY (run_id, posting_kind, posting_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE match_run_done`);
    await q.query(`DROP TABLE match_run`);
  }
}
