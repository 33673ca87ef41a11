import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AccountsService } from '@ttm/accounts';
import { loadConfigOrExit } from '@ttm/config';
import { DemandsService, OffersService } from '@ttm/postings';
import { createElasticsearchClient } from '@ttm/search';
import { DemoModule } from './demo/demo.module.ts';
import { loadDemo } from './demo/load-demo.ts';
import { seedDemo } from './demo/seed-demo.ts';

/** `npm run cli -- <command>`: operator commands. Today: `demo`, the multilingual demo data. */
const USAGE = 'usage: npm run cli -- demo';

const [command] = process.argv.slice(2);
if (command !== 'demo') {
  process.stderr.write(`${command ? `unknown command "${command}"\n` : ''}${USAGE}\n`);
  process.exit(64); // EX_USAGE
}

const config = loadConfigOrExit('cli');
const app = await NestFactory.createApplicationContext(DemoModule.register(config), { logger: ['error', 'warn'] });
try {
  const { seeded, logins } = await seedDemo(app.get(AccountsService), app.get(OffersService), app.get(DemandsService));
  process.stdout.write(`${seeded ? 'Seeded' : 'Already seeded:'} demo organisations, users and published postings.\n`);
  process.stdout.write('Demo logins (POST /api/v1/auth/login):\n');
  for (const l of logins)
    process.stdout.write(`  ${l.role.padEnd(7)} ${l.email.padEnd(22)} ${l.password.padEnd(22)} ${l.organization}\n`);
} finally {
  await app.close();
}

const client = createElasticsearchClient(config);
try {
  const { alias, rows } = await loadDemo(client, config);
  process.stdout.write(
    `\nIndexed ${rows.length} demo postings into ${alias}; each title as its language's analyzer sees it:\n\n`,
  );
  for (const row of rows) {
    process.stdout.write(`  [${row.language}] ${row.title}\n        ${row.analyzer} → ${row.tokens.join(' · ')}\n`);
  }
} finally {
  await client.close();
}
