import { AppConfig } from '@ttm/config';
import { dataSourceOptions, migrations, runMigrations } from '@ttm/database';
import { DataSource } from 'typeorm';

describe('migrations on PostgreSQL', () => {
  const config = AppConfig.load();

  it('were applied to the run schema by the global setup, and a second run applies nothing', async () => {
    expect(await runMigrations(config)).toEqual([]);
    const db = new DataSource(dataSourceOptions(config));
    await db.initialize();
    try {
      const rows = await db.query(`SELECT name FROM "${config.database.schema}".migrations ORDER BY id`);
      expect(rows.map((r: { name: string }) => r.name)).toEqual(migrations.map((M) => new M().name));
      const tables = await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1`, [
        config.database.schema,
      ]);
      expect(tables.map((t: { table_name: string }) => t.table_name)).toEqual(
        expect.arrayContaining(['organization', 'app_user', 'offer', 'offer_translation', 'demand', 'outbox_event']),
      );
      const functions = await db.query(
        `SELECT n.nspname AS schema FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.proname = 'set_updated_at'`,
      );
      expect(functions.map((f: { schema: string }) => f.schema)).toContain(config.database.schema);
    } finally {
      await db.destroy();
    }
  });
});
