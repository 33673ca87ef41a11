import { DemandEntity, OfferEntity, type PostingKind } from '@ttm/postings';
import { type DataSource, In, MoreThan } from 'typeorm';
import type { PostingSource } from './posting-document.builder.ts';

/** Reads postings for indexing: one by id, or every published one in id order (for a rebuild). */
export class PostingSourceRepository {
  constructor(private readonly db: DataSource) {}

  async load(kind: PostingKind, id: string): Promise<PostingSource | null> {
    const posting = await this.db.getRepository(entityOf(kind)).findOne({ where: { id } });
    if (!posting) return null;
    const [source] = await this.withOrganizationTypes(kind, [posting]);
    return source ?? null;
  }

  /** A page of published postings with ids after `afterId`. */
  async publishedPage(kind: PostingKind, afterId: string | null, size: number): Promise<PostingSource[]> {
    const postings = await this.db.getRepository(entityOf(kind)).find({
      where: afterId ? { status: 'published', id: MoreThan(afterId) } : { status: 'published' },
      order: { id: 'ASC' },
      take: size,
    });
    return this.withOrganizationTypes(kind, postings);
  }

  async countPublished(kind: PostingKind): Promise<number> {
    return this.db.getRepository(entityOf(kind)).count({ where: { status: 'published' } });
  }

  private async withOrganizationTypes(
    kind: PostingKind,
    postings: (OfferEntity | DemandEntity)[],
  ): Promise<PostingSource[]> {
    if (postings.length === 0) return [];
    const rows: { id: string; type: string }[] = await this.db
      .createQueryBuilder()
      .select(['o.id AS id', 'o.type AS type'])
      .from('organization', 'o')
      .where({ id: In([...new Set(postings.map((p) => p.organizationId))]) })
      .getRawMany();
    const types = new Map(rows.map((r) => [r.id, r.type]));
    return postings.map(
      (posting) =>
        ({ kind, posting, organizationType: types.get(posting.organizationId) ?? 'unknown' }) as PostingSource,
    );
  }
}

function entityOf(kind: PostingKind): typeof OfferEntity | typeof DemandEntity {
  return kind === 'offer' ? OfferEntity : DemandEntity;
}
