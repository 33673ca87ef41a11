import { Client } from '@elastic/elasticsearch';
import { Inject } from '@nestjs/common';
import { AccountsService } from '@ttm/accounts';
import { AppConfig } from '@ttm/config';
import { DemandsService, OffersService } from '@ttm/postings';
import { Command, CommandRunner } from 'nest-commander';
import { loadDemo } from './load-demo.ts';
import { seedDemo } from './seed-demo.ts';

@Command({
  name: 'demo',
  description:
    'seed the demo organisations, users and published postings (once), print the demo logins, and (re)load the multilingual demo index',
})
export class DemoCommand extends CommandRunner {
  constructor(
    @Inject(Client) private readonly client: Client,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly accounts: AccountsService,
    private readonly offers: OffersService,
    private readonly demands: DemandsService,
  ) {
    super();
  }

  async run(): Promise<void> {
    const { seeded, logins } = await seedDemo(this.accounts, this.offers, this.demands);
    process.stdout.write(
      `${seeded ? 'Seeded' : 'Already seeded:'} demo organisations, users and published postings.\n`,
    );
    process.stdout.write('Demo logins (POST /api/v1/auth/login):\n');
    for (const l of logins) {
      process.stdout.write(`  ${l.role.padEnd(7)} ${l.email.padEnd(22)} ${l.password.padEnd(22)} ${l.organization}\n`);
    }
    const { alias, rows } = await loadDemo(this.client, this.config);
    process.stdout.write(
      `\nIndexed ${rows.length} demo postings into ${alias}; each title as its language's analyzer sees it:\n\n`,
    );
    for (const row of rows) {
      process.stdout.write(`  [${row.language}] ${row.title}\n        ${row.analyzer} → ${row.tokens.join(' · ')}\n`);
    }
  }
}
