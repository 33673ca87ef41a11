import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the bulk importer keeps on a posting: the language its source declared (as given, which
 * may not be a language code) and a fingerprint of the imported content, so a second import of
 * the same row is recognised as unchanged without comparing every field.
 */
export class AddPostingImportFields1795132800000 implements MigrationInterface {
  name = 'AddPostingImportFields1795132800000';

  async up(q: QueryRunner): Promise<void> {
    for (const kind of ['offer', 'demand']) {
      await q.query(`
        ALTER TABLE ${kind}
          ADD COLUMN declared_language text CHECK (length(declared_language) <= 35),
          ADD COLUMN import_fingerprint text`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const kind of ['offer', 'demand']) {
      await q.query(`ALTER TABLE ${kind} DROP COLUMN import_fingerprint, DROP COLUMN declared_language`);
    }
  }
}
