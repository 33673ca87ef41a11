import { Client } from '@elastic/elasticsearch';
import { Inject } from '@nestjs/common';
import { AppConfig } from '@ttm/config';
import { Command, CommandRunner } from 'nest-commander';
import { loadDemo } from './load-demo.ts';

@Command({
  name: 'demo',
  description: "(re)load the multilingual demo index and show how each language's analyzer sees it",
})
export class DemoCommand extends CommandRunner {
  constructor(
    @Inject(Client) private readonly client: Client,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {
    super();
  }

  async run(): Promise<void> {
    const { alias, rows } = await loadDemo(this.client, this.config);
    process.stdout.write(
      `Indexed ${rows.length} demo postings into ${alias}; each title as its language's analyzer sees it:\n\n`,
    );
    for (const row of rows) {
      process.stdout.write(`  [${row.language}] ${row.title}\n        ${row.analyzer} → ${row.tokens.join(' · ')}\n`);
    }
  }
}
