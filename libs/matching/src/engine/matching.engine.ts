import type { PostingKind } from '@ttm/postings';
import type { PostingFeatures } from '@ttm/search';
import type { DataSource } from 'typeorm';
import type { MatchRow } from '../match.types.ts';
import type { MatchesRepository } from '../matches.repository.ts';
import { rankCandidates } from '../scoring/candidates.ranker.ts';
import type { ConceptGraph } from '@ttm/language';
import { scorePair } from '../scoring/pair.scorer.ts';
import type { ScoringConfig } from '../scoring/scoring.config.ts';
import type { PairScore } from '../scoring/scoring.types.ts';
import type { CandidateSource } from './candidate.source.ts';

export interface MatchingLimits {
  /** Candidates taken from Elasticsearch per posting. */
  candidates: number;
  /** Matches kept per posting. */
  listSize: number;
}

export type MatchOutcome =
  | { status: 'matched'; matches: number; removed: number; candidates: number }
  | { status: 'removed'; removed: number }
  | { status: 'stale' };

/** The index is behind PostgreSQL: retry later (the indexing job for this version has not run yet). */
export class IndexBehindError extends Error {}

/**
 * Stage two and persistence: re-ranks a posting's candidates with the transparent scoring
 * function and makes its match list true, in both directions. Safe under at-least-once delivery:
 * the same job twice leaves the same rows; a job for an old version is skipped.
 */
export class MatchingEngine {
  constructor(
    private readonly db: DataSource,
    private readonly source: CandidateSource,
    private readonly matches: MatchesRepository,
    private readonly graph: ConceptGraph,
    private readonly config: ScoringConfig,
    private readonly limits: MatchingLimits,
  ) {}

  get scoringVersion(): string {
    return this.config.version;
  }

  /**
   * `now` is taken at the start of the UTC day, so that freshness and expiry give the same scores to
   * every delivery of a job within a day (a duplicate leaves the rows as they are).
   */
  async matchPosting(kind: PostingKind, id: string, version: number, at = new Date()): Promise<MatchOutcome> {
    const now = new Date(at.toISOString().slice(0, 10));
    const current = await this.currentState(kind, id);
    if (current && current.version > version) return { status: 'stale' };
    if (!current || current.status !== 'published') {
      return { status: 'removed', removed: await this.matches.deleteAllFor(kind, id) };
    }
    const indexed = await this.source.load(kind, id);
    if (!indexed || indexed.version < current.version) {
      throw new IndexBehindError(`${kind} ${id} v${current.version} is not indexed yet`);
    }
    const subject = indexed.document.features;
    const candidates = await this.source.candidates(kind, indexed.document, this.limits.candidates, now);
    // Explanations are written for the top M only; a former match beyond it is rescored alone.
    const ranked = await rankCandidates(subject, candidates, this.graph, this.config, now, this.limits.listSize);
    const top = ranked.results;
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const versions = new Map(candidates.map((c) => [c.id, c.version]));
    const removed = await this.reconcile(kind, id, subject, top, byId, versions, now);
    return { status: 'matched', matches: top.length, removed, candidates: candidates.length };
  }

  /**
   * Writes the new top M, and decides for each former match not in it: it stays when the pair
   * still belongs to the counterpart's own top M (the counterpart's list must not lose it), else
   * it goes. Runs in one transaction.
   */
  private async reconcile(
    kind: PostingKind,
    id: string,
    subject: PostingFeatures,
    top: PairScore[],
    candidates: Map<string, PostingFeatures>,
    versions: Map<string, number>,
    now: Date,
  ): Promise<number> {
    const own = kind === 'offer' ? 'offer_id' : 'demand_id';
    const other = kind === 'offer' ? 'demand_id' : 'offer_id';
    const previous: { counterpart: string }[] = await this.db.query(
      `SELECT ${other} AS counterpart FROM posting_match WHERE ${own} = $1`,
      [id],
    );
    const inTop = new Set(top.map((r) => counterpartId(kind, r)));
    const dropped = previous.map((p) => p.counterpart).filter((c) => !inTop.has(c));
    const unseen = dropped.filter((c) => !candidates.has(c));
    const fetched = await this.source.features(kind === 'offer' ? 'demand' : 'offer', unseen);
    const rescored = new Map<string, PairScore>();
    for (const counterpart of dropped) {
      const features = candidates.get(counterpart) ?? fetched.get(counterpart);
      if (!features) continue;
      versions.set(counterpart, features.version);
      const pair =
        kind === 'offer'
          ? scorePair(subject, features, this.graph, this.config, now)
          : scorePair(features, subject, this.graph, this.config, now);
      if (!pair.filteredOut) rescored.set(counterpart, pair);
    }
    return this.db.transaction(async (m) => {
      const keep: PairScore[] = [];
      const remove: string[] = [];
      for (const counterpart of dropped) {
        const pair = rescored.get(counterpart);
        if (!pair) {
          remove.push(counterpart);
          continue;
        }
        const [{ better }] = (await m.query(
          `SELECT count(*)::int AS better FROM posting_match WHERE ${other} = $1 AND ${own} <> $2 AND score > $3`,
          [counterpart, id, pair.score],
        )) as [{ better: number }];
        if (better < this.limits.listSize) keep.push(pair);
        else remove.push(counterpart);
      }
      await this.matches.upsertMatches(
        [...top, ...keep].map((p) => this.row(p, kind, subject, versions.get(counterpartId(kind, p)) ?? 0)),
        m,
      );
      return this.matches.deleteMatches(
        remove.map((c) => (kind === 'offer' ? { offerId: id, demandId: c } : { offerId: c, demandId: id })),
        m,
      );
    });
  }

  private row(pair: PairScore, kind: PostingKind, subject: PostingFeatures, counterpartVersion: number): MatchRow {
    return {
      offerId: pair.offerId,
      demandId: pair.demandId,
      score: pair.score,
      components: { ...pair.components, relevance: pair.relevance, fit: pair.fit },
      explanation: pair.explanation,
      scoringVersion: pair.configVersion,
      offerVersion: kind === 'offer' ? subject.version : counterpartVersion,
      demandVersion: kind === 'demand' ? subject.version : counterpartVersion,
      computedAt: new Date(),
    };
  }

  private async currentState(kind: PostingKind, id: string): Promise<{ status: string; version: number } | null> {
    const rows: { status: string; version: number }[] = await this.db.query(
      `SELECT status, version FROM ${kind === 'offer' ? 'offer' : 'demand'} WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }
}

function counterpartId(kind: PostingKind, pair: PairScore): string {
  return kind === 'offer' ? pair.demandId : pair.offerId;
}
