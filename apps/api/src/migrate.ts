import { loadConfigOrExit } from '@ttm/config';
import { runMigrations } from '@ttm/database';

/** `npm run migrate`: creates the schema if needed and applies pending migrations, then exits. */
const config = loadConfigOrExit('migrate');
const applied = await runMigrations(config);
process.stdout.write(
  `${JSON.stringify({
    msg: applied.length ? `applied ${applied.length} migration(s)` : 'schema is up to date',
    schema: config.database.schema,
    applied,
  })}\n`,
);
