import { DomainError } from '@ttm/common';
import { JobName, type JobProducer } from '@ttm/jobs';
import type { PostingKind } from '@ttm/postings';
import type { DataSource } from 'typeorm';
import type { RematchProgress } from './rematch-run.types.ts';

interface RunRow {
  id: string;
  scoring_version: string;
  reason: string;
  status: RematchProgress['status'];
  total: number;
  done: number;
  fanned_out: boolean;
  cursor_kind: PostingKind | null;
  cursor_id: string | null;
  error: string | null;
  started_at: Date;
  finished_at: Date | null;
}

const FAN_OUT_PAGE = 1_000;
const KINDS: readonly PostingKind[] = ['demand', 'offer'];

/**
 * Full rematch as a resumable fan-out: one job walks every published posting in id order and
 * enqueues a match job for each (deterministic ids, so a resumed walk re-adds nothing), keeping
 * its cursor in PostgreSQL; each match job records itself done once. At most one run at a time.
 */
export class RematchService {
  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobProducer,
    private readonly scoringVersion: string,
  ) {}

  /** Starts a run, or returns the one already running. */
  async start(reason: string, requestedBy: string | null = null): Promise<RematchProgress> {
    const running = await this.running();
    if (running) return running;
    const total = await this.countPublished();
    const rows: RunRow[] = await this.db.query(
      `INSERT INTO match_run (scoring_version, reason, status, total, requested_by)
       VALUES ($1, $2, 'running', $3, $4)
       ON CONFLICT DO NOTHING RETURNING *`,
      [this.scoringVersion, reason, total, requestedBy],
    );
    const row = rows[0];
    if (!row) return (await this.running()) as RematchProgress;
    await this.enqueueFanOut(row.id, `rematch-${row.id}`);
    return progressOf(row);
  }

  /** Continues an interrupted run: its walk restarts from the cursor. */
  async resume(runId?: string): Promise<RematchProgress> {
    const run = runId ? await this.get(runId) : await this.running();
    if (!run || run.status !== 'running') {
      throw new DomainError(
        'conflict',
        'rematch.not_running',
        runId ? `Run ${runId} is not running` : 'No run is running',
      );
    }
    if (!run.fannedOut) await this.enqueueFanOut(run.id, `rematch-${run.id}-resume-${Date.now()}`);
    return run;
  }

  /** Starts a run when stored matches were scored under another version of the scoring configuration. */
  async startIfScoringChanged(): Promise<RematchProgress | null> {
    const outdated: unknown[] = await this.db.query(`SELECT 1 FROM posting_match WHERE scoring_version <> $1 LIMIT 1`, [
      this.scoringVersion,
    ]);
    return outdated.length > 0 ? this.start('scoring_version_changed') : null;
  }

  /** The walk (the RematchAll job): enqueues match jobs page by page from the cursor. */
  async fanOut(runId: string): Promise<number> {
    const run = await this.row(runId);
    if (!run || run.status !== 'running' || run.fanned_out) return 0;
    let enqueued = 0;
    let kindIndex = run.cursor_kind ? KINDS.indexOf(run.cursor_kind) : 0;
    let after = run.cursor_id;
    let seen = await this.enqueuedBefore(run);
    for (; kindIndex < KINDS.length; kindIndex += 1, after = null) {
      const kind = KINDS[kindIndex] as PostingKind;
      for (;;) {
        const page: { id: string; version: number }[] = await this.db.query(
          `SELECT id, version FROM ${kind} WHERE status = 'published' ${after ? 'AND id > $2' : ''} ORDER BY id LIMIT $1`,
          after ? [FAN_OUT_PAGE, after] : [FAN_OUT_PAGE],
        );
        if (page.length === 0) break;
        await this.jobs.enqueueMany(
          JobName.MatchPosting,
          page.map((p) => ({
            payload: { kind, id: p.id, version: p.version, runId },
            jobId: `rematch-${runId}:${kind}:${p.id}`,
          })),
        );
        enqueued += page.length;
        seen += page.length;
        after = (page[page.length - 1] as { id: string }).id;
        await this.db.query(`UPDATE match_run SET cursor_kind = $2, cursor_id = $3 WHERE id = $1`, [
          runId,
          kind,
          after,
        ]);
      }
    }
    await this.db.query(`UPDATE match_run SET fanned_out = true, total = $2 WHERE id = $1`, [runId, seen]);
    await this.completeIfDone(runId);
    return enqueued;
  }

  /** A match job of the run finished (counted once, whatever the deliveries). */
  async markDone(runId: string, kind: PostingKind, id: string): Promise<void> {
    await this.db.query(
      `WITH ins AS (
         INSERT INTO match_run_done (run_id, posting_kind, posting_id) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING 1)
       UPDATE match_run SET done = done + (SELECT count(*) FROM ins) WHERE id = $1`,
      [runId, kind, id],
    );
    await this.completeIfDone(runId);
  }

  async fail(runId: string, error: string): Promise<void> {
    await this.db.query(
      `UPDATE match_run SET status = 'failed', error = $2, finished_at = now() WHERE id = $1 AND status = 'running'`,
      [runId, error.slice(0, 2_000)],
    );
  }

  async get(runId: string): Promise<RematchProgress | null> {
    const row = await this.row(runId);
    return row ? progressOf(row) : null;
  }

  async running(): Promise<RematchProgress | null> {
    const rows: RunRow[] = await this.db.query(`SELECT * FROM match_run WHERE status = 'running'`);
    return rows[0] ? progressOf(rows[0]) : null;
  }

  async list(limit = 20): Promise<RematchProgress[]> {
    const rows: RunRow[] = await this.db.query(`SELECT * FROM match_run ORDER BY started_at DESC LIMIT $1`, [limit]);
    return rows.map(progressOf);
  }

  private async completeIfDone(runId: string): Promise<void> {
    await this.db.query(
      `UPDATE match_run SET status = 'completed', finished_at = now()
        WHERE id = $1 AND status = 'running' AND fanned_out AND done >= total`,
      [runId],
    );
  }

  private async enqueueFanOut(runId: string, jobId: string): Promise<void> {
    await this.jobs.enqueue(JobName.RematchAll, { runId }, { jobId });
  }

  /** Postings enqueued by an interrupted walk before its cursor (to keep the final total exact). */
  private async enqueuedBefore(run: RunRow): Promise<number> {
    if (!run.cursor_kind || !run.cursor_id) return 0;
    let count = 0;
    for (const kind of KINDS.slice(0, KINDS.indexOf(run.cursor_kind))) {
      count += await this.countPublishedKind(kind);
    }
    const [{ n }] = (await this.db.query(
      `SELECT count(*)::int AS n FROM ${run.cursor_kind} WHERE status = 'published' AND id <= $1`,
      [run.cursor_id],
    )) as [{ n: number }];
    return count + n;
  }

  private async countPublished(): Promise<number> {
    let total = 0;
    for (const kind of KINDS) total += await this.countPublishedKind(kind);
    return total;
  }

  private async countPublishedKind(kind: PostingKind): Promise<number> {
    const [{ n }] = (await this.db.query(`SELECT count(*)::int AS n FROM ${kind} WHERE status = 'published'`)) as [
      { n: number },
    ];
    return n;
  }

  private async row(runId: string): Promise<RunRow | null> {
    const rows: RunRow[] = await this.db.query(`SELECT * FROM match_run WHERE id = $1`, [runId]);
    return rows[0] ?? null;
  }
}

function progressOf(row: RunRow): RematchProgress {
  const end = row.finished_at ?? new Date();
  const seconds = Math.max(0.001, (end.getTime() - row.started_at.getTime()) / 1_000);
  const rate = row.done / seconds;
  const left = Math.max(0, row.total - row.done);
  return {
    id: row.id,
    status: row.status,
    reason: row.reason,
    scoringVersion: row.scoring_version,
    total: row.total,
    done: row.done,
    fannedOut: row.fanned_out,
    rate: Math.round(rate * 10) / 10,
    etaSeconds: row.status !== 'running' ? 0 : rate > 0 ? Math.round(left / rate) : null,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    error: row.error,
  };
}
