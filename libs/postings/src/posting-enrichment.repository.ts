import type { DataSource, EntityManager } from 'typeorm';
import type { PostingKind } from './posting.types.ts';

/** What the optional adapters have added to one posting (`<kind>_enrichment`); all empty when never enriched. */
export interface PostingEnrichmentState {
  /** Bumped by every enrichment write; the search document's version counts it after the posting's version. */
  revision: number;
  /** Hash of the original text the machine translations were made from. */
  translationHash: string | null;
  /** Languages machine-translated from that text. */
  translationLanguages: string[];
  embedding: number[] | null;
  /** Vector space of `embedding` (model, dimensions, text recipe): compare, never mix. */
  embeddingFingerprint: string | null;
  /** Hash of the text that was embedded. */
  embeddingHash: string | null;
}

export const NO_ENRICHMENT: PostingEnrichmentState = {
  revision: 0,
  translationHash: null,
  translationLanguages: [],
  embedding: null,
  embeddingFingerprint: null,
  embeddingHash: null,
};

/** One machine translation to store. */
export interface MachineTranslation {
  language: string;
  title: string;
  summary: string;
  description: string;
  keywords: string[];
}

/** What one enrichment run produced; absent parts stay as they are. */
export interface EnrichmentWrite {
  /** `languages`: every language machine-translated from `sourceHash`, `rows` the ones made now. */
  translations?: { sourceHash: string; languages: string[]; rows: MachineTranslation[] };
  embedding?: { vector: number[]; fingerprint: string; textHash: string };
}

/**
 * Machine translations and embeddings of postings. Writes happen under the posting's row lock
 * and only while the posting is still at the version they were computed from, so a result that
 * arrives after an edit is dropped rather than attached to text it was not made from.
 */
export class PostingEnrichmentRepository {
  constructor(private readonly db: DataSource) {}

  async states(kind: PostingKind, ids: readonly string[]): Promise<Map<string, PostingEnrichmentState>> {
    if (ids.length === 0) return new Map();
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT ${kind}_id AS id, revision, translation_hash, translation_languages,
              embedding, embedding_fingerprint, embedding_hash
         FROM ${kind}_enrichment WHERE ${kind}_id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id as string, stateOf(r)]));
  }

  async state(kind: PostingKind, id: string): Promise<PostingEnrichmentState> {
    return (await this.states(kind, [id])).get(id) ?? NO_ENRICHMENT;
  }

  /**
   * A page (by id) of published postings that lack what the current settings would add: never
   * translated while `translating`, or without a vector of `fingerprint` (another model's counts
   * as none). For the backfill after an adapter is switched on or the model changes.
   */
  async pendingPage(
    kind: PostingKind,
    want: { translating: boolean; fingerprint: string | null },
    afterId: string | null,
    size: number,
  ): Promise<{ id: string; version: number }[]> {
    return this.db.query(
      `SELECT p.id, p.version FROM ${kind} p LEFT JOIN ${kind}_enrichment e ON e.${kind}_id = p.id
        WHERE p.status = 'published' AND ($1::uuid IS NULL OR p.id > $1)
          AND (($2 AND e.translation_hash IS NULL)
               OR ($3::text IS NOT NULL AND e.embedding_fingerprint IS DISTINCT FROM $3))
        ORDER BY p.id LIMIT $4`,
      [afterId, want.translating, want.fingerprint, size],
    );
  }

  /**
   * Stores what an enrichment run produced, in one transaction: machine translations replace the
   * machine-made rows of their languages (originals and human translations are never touched),
   * the embedding replaces the previous one, and the revision goes up by one.
   * Returns the new revision, or `null` when the posting is gone or no longer at `version`.
   */
  async save(kind: PostingKind, id: string, version: number, write: EnrichmentWrite): Promise<number | null> {
    return this.db.transaction(async (m) => {
      const locked: { version: number }[] = await m.query(`SELECT version FROM ${kind} WHERE id = $1 FOR UPDATE`, [id]);
      if (locked[0]?.version !== version) return null;
      if (write.translations) await this.replaceTranslations(m, kind, id, write.translations.rows);
      const t = write.translations;
      const e = write.embedding;
      const rows: { revision: number }[] = await m.query(
        `INSERT INTO ${kind}_enrichment AS x (${kind}_id, revision, translation_hash, translation_languages,
                translated_at, embedding, embedding_fingerprint, embedding_hash, embedded_at)
         VALUES ($1, 1, $2, COALESCE($3::text[], '{}'), CASE WHEN $2::text IS NULL THEN NULL ELSE now() END,
                 $4::real[], $5, $6, CASE WHEN $5::text IS NULL THEN NULL ELSE now() END)
         ON CONFLICT (${kind}_id) DO UPDATE SET
           revision = x.revision + 1,
           translation_hash = COALESCE($2, x.translation_hash),
           translation_languages = COALESCE($3::text[], x.translation_languages),
           translated_at = CASE WHEN $2::text IS NULL THEN x.translated_at ELSE now() END,
           embedding = COALESCE($4::real[], x.embedding),
           embedding_fingerprint = COALESCE($5, x.embedding_fingerprint),
           embedding_hash = COALESCE($6, x.embedding_hash),
           embedded_at = CASE WHEN $5::text IS NULL THEN x.embedded_at ELSE now() END
         RETURNING revision`,
        [
          id,
          t?.sourceHash ?? null,
          t?.languages ?? null,
          e?.vector ?? null,
          e?.fingerprint ?? null,
          e?.textHash ?? null,
        ],
      );
      return rows[0]?.revision ?? null;
    });
  }

  private async replaceTranslations(
    m: EntityManager,
    kind: PostingKind,
    id: string,
    rows: readonly MachineTranslation[],
  ): Promise<void> {
    const languages = rows.map((r) => r.language);
    await m.query(
      `DELETE FROM ${kind}_translation WHERE ${kind}_id = $1 AND origin = 'machine' AND language = ANY($2)`,
      [id, languages],
    );
    for (const row of rows) {
      await m.query(
        `INSERT INTO ${kind}_translation (${kind}_id, language, origin, title, summary, description, keywords)
         SELECT $1::uuid, $2::text, 'machine', $3, $4, $5, $6
          WHERE NOT EXISTS (SELECT 1 FROM ${kind}_translation WHERE ${kind}_id = $1::uuid AND language = $2::text)`,
        [id, row.language, row.title, row.summary, row.description, row.keywords],
      );
    }
  }
}

function stateOf(row: Record<string, unknown>): PostingEnrichmentState {
  return {
    revision: Number(row.revision),
    translationHash: (row.translation_hash as string | null) ?? null,
    translationLanguages: (row.translation_languages as string[] | null) ?? [],
    embedding: (row.embedding as number[] | null) ?? null,
    embeddingFingerprint: (row.embedding_fingerprint as string | null) ?? null,
    embeddingHash: (row.embedding_hash as string | null) ?? null,
  };
}
