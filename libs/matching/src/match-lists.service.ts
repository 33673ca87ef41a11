import { Injectable } from '@nestjs/common';
import type { PostingKind } from '@ttm/postings';
import { MatchListsRepository } from './match-lists.repository.ts';
import { postingNotFound } from './match.errors.ts';
import type {
  MatchFilters,
  MatchPage,
  Portfolio,
  PostingMatch,
  QueueMatch,
  QueueSort,
  QueueViewer,
} from './match.types.ts';

/** Ranked, filtered match lists for brokers: one posting's, and the queue across postings. */
@Injectable()
export class MatchListsService {
  constructor(private readonly lists: MatchListsRepository) {}

  /**
   * The counterparts of a posting (in any status) that are published now, best first.
   * An unknown posting answers `<kind>.not_found`.
   */
  async listFor(
    kind: PostingKind,
    id: string,
    filters: MatchFilters,
    page: MatchPage,
  ): Promise<[PostingMatch[], number]> {
    if (!(await this.lists.postingExists(kind, id))) throw postingNotFound(kind, id);
    return this.lists.listFor(kind, id, filters, page);
  }

  /**
   * Pairs of published postings across the engine. Admins see every pair; a broker sees the
   * pairs where the offer or the demand lies in their portfolio; a broker whose portfolio names
   * neither countries nor fields covers everything (as the portfolio is documented: empty =
   * everything), so they see every pair too.
   */
  async queue(
    viewer: QueueViewer,
    filters: MatchFilters,
    sort: QueueSort,
    page: MatchPage,
  ): Promise<[QueueMatch[], number]> {
    return this.lists.queue(queueScope(viewer), filters, sort, page);
  }
}

/** null: every pair. */
export function queueScope(viewer: QueueViewer): Portfolio | null {
  if (viewer.role === 'admin') return null;
  const { countries, fields } = viewer.portfolio;
  return countries.length || fields.length ? { countries, fields } : null;
}
