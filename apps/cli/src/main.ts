import { loadConfigOrExit } from '@ttm/config';
import { createElasticsearchClient } from '@ttm/search';
import { loadDemo } from './demo/load-demo.ts';

/** `npm run cli -- <command>`: operator commands. Today: `demo`, the multilingual demo index. */
const USAGE = 'usage: npm run cli -- demo';

const [command] = process.argv.slice(2);
if (command !== 'demo') {
  process.stderr.write(`${command ? `unknown command "${command}"\n` : ''}${USAGE}\n`);
  process.exit(64); // EX_USAGE
}

const config = loadConfigOrExit('cli');
const client = createElasticsearchClient(config);
try {
  const { alias, rows } = await loadDemo(client, config);
  process.stdout.write(
    `Indexed ${rows.length} demo postings into ${alias}; each title as its language's analyzer sees it:\n\n`,
  );
  for (const row of rows) {
    process.stdout.write(`  [${row.language}] ${row.title}\n        ${row.analyzer} → ${row.tokens.join(' · ')}\n`);
  }
} finally {
  await client.close();
}
