import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the optional adapters added to a posting, one row per offer or demand (deleted with it):
 * - `revision`: bumped by every enrichment write; part of the Elasticsearch document version, so a
 *   document enriched later than its posting's last change still replaces the one written before;
 * - machine translations live in `<kind>_translation` (origin `machine`); `translation_hash` is the
 *   hash of the original text they were made from, `translation_languages` the languages made;
 * - the embedding of the original text with the fingerprint of its vector space (model, dimensions,
 *   text recipe) and the hash of the text embedded: another fingerprint means another model.
 */
export class CreatePostingEnrichment1795392000000 implements MigrationInterface {
  name = 'CreatePostingEnrichment1795392000000';

  async up(q: QueryRunner): Promise<void> {
    for (const kind of ['offer', 'demand']) {
      await q.query(`
        CREATE TABLE ${kind}_enrichment (
          ${kind}_id uuid PRIMARY KEY REFERENCES ${kind}(id) ON DELETE CASCADE,
          revision integer NOT NULL DEFAULT 0 CHECK (revision >= 0),
          translation_hash text,
          translation_languages text[] NOT NULL DEFAULT '{}',
          translated_at timestamptz,
          embedding real[],
          embedding_fingerprint text,
          embedding_hash text,
          embedded_at timestamptz,
          CHECK ((embedding IS NULL) = (embedding_fingerprint IS NULL))
        )`);
      await q.query(`CREATE INDEX ${kind}_enrichment_fingerprint_idx ON ${kind}_enrichment (embedding_fingerprint)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE demand_enrichment`);
    await q.query(`DROP TABLE offer_enrichment`);
  }
}
