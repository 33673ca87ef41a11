import { AppConfig } from '@ttm/config';
import { dataSourceOptions, runMigrations } from '@ttm/database';
import { DataSource } from 'typeorm';

describe('migrations on PostgreSQL', () => {
  const config = AppConfig.load();

  it('were applied to the run schema by the global setup, and a second run applies nothing', async () => {
    expect(await runMigrations(config)).toEqual([]);
    const db = new DataSource(dataSourceOptions(config));
    await db.initialize();
    try {
      const rows = await db.query(`SELECT name FROM "${config.database.schema}".migrations ORDER BY id`);
      expect(rows.map((r: { name: string }) => r.name)).toEqual(['CreateSchemaSupport1763683200000']);
      const functions = await db.query(
        `SELECT n.nspname AS schema FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.proname = 'set_updated_at'`,
      );
      expect(functions.map((f: { schema: string }) => f.schema)).toContain(config.database.schema);
    } finally {
      await db.destroy();
    }
  });
});
