import {
  type DemandEntity,
  NO_ENRICHMENT,
  type OfferEntity,
  PostingEnrichmentRepository,
  postingEntityOf,
  type PostingKind,
} from '@ttm/postings';
import { type DataSource, In, MoreThan } from 'typeorm';
import type { PostingSource } from './posting-document.builder.ts';

/** Reads postings for indexing (with their enrichment): one by id, or every published one in id order (for a rebuild). */
export class PostingSourceRepository {
  private readonly enrichments: PostingEnrichmentRepository;

  constructor(private readonly db: DataSource) {
    this.enrichments = new PostingEnrichmentRepository(db);
  }

  async load(kind: PostingKind, id: string): Promise<PostingSource | null> {
    const posting = await this.db
      .getRepository<OfferEntity | DemandEntity>(postingEntityOf(kind))
      .findOne({ where: { id } });
    if (!posting) return null;
    const [source] = await this.sourcesOf(kind, [posting]);
    return source ?? null;
  }

  /** A page of published postings with ids after `afterId`. */
  async publishedPage(kind: PostingKind, afterId: string | null, size: number): Promise<PostingSource[]> {
    const postings = await this.db.getRepository<OfferEntity | DemandEntity>(postingEntityOf(kind)).find({
      where: afterId ? { status: 'published', id: MoreThan(afterId) } : { status: 'published' },
      order: { id: 'ASC' },
      take: size,
    });
    return this.sourcesOf(kind, postings);
  }

  async countPublished(kind: PostingKind): Promise<number> {
    return this.db
      .getRepository<OfferEntity | DemandEntity>(postingEntityOf(kind))
      .count({ where: { status: 'published' } });
  }

  /** The postings with their organisation's type and their enrichment (both read at once). */
  private async sourcesOf(kind: PostingKind, postings: (OfferEntity | DemandEntity)[]): Promise<PostingSource[]> {
    if (postings.length === 0) return [];
    const [rows, enrichments] = await Promise.all([
      this.db
        .createQueryBuilder()
        .select(['o.id AS id', 'o.type AS type'])
        .from('organization', 'o')
        .where({ id: In([...new Set(postings.map((p) => p.organizationId))]) })
        .getRawMany<{ id: string; type: string }>(),
      this.enrichments.states(
        kind,
        postings.map((p) => p.id),
      ),
    ]);
    const types = new Map(rows.map((r) => [r.id, r.type]));
    return postings.map(
      (posting) =>
        ({
          kind,
          posting,
          organizationType: types.get(posting.organizationId) ?? 'unknown',
          enrichment: enrichments.get(posting.id) ?? NO_ENRICHMENT,
        }) as PostingSource,
    );
  }
}
