import { AppConfig } from '@ttm/config';
import pg from 'pg';

/**
 * A PostgreSQL client on this run's schema (DATABASE_SCHEMA, set by the jest global setup), for
 * what the API cannot show: the rows actually stored. Close it with `end()`.
 */
export async function runSchemaClient(): Promise<pg.Client> {
  const config = AppConfig.load(process.env);
  const client = new pg.Client({
    connectionString: config.database.url,
    options: `-c search_path=${config.database.schema}`,
  });
  await client.connect();
  const { rows } = await client.query<{ schema: string }>('SELECT current_schema() AS schema');
  if (rows[0]?.schema !== config.database.schema) throw new Error(`not on the run's schema: ${rows[0]?.schema}`);
  return client;
}
