import { MatchListsService } from '@ttm/matching';
import type { PostingKind } from '@ttm/postings';
import { Command, CommandRunner, Option } from 'nest-commander';
import { DataSource } from 'typeorm';
import { CliError, EXIT } from '../cli.errors.ts';
import { formatExplainedList } from './explained-list.format.ts';

interface MatchesOptions {
  limit?: number;
  wait?: number;
}

@Command({
  name: 'matches',
  arguments: '<kind> <idExternalIdOrTitle>',
  description: "print a posting's ranked, explained match list (kind: offer or demand)",
})
export class MatchesCommand extends CommandRunner {
  constructor(
    private readonly lists: MatchListsService,
    private readonly db: DataSource,
  ) {
    super();
  }

  @Option({ flags: '--limit <n>', description: 'how many matches (default 10)' })
  parseLimit(value: string): number {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 100)
      throw new CliError('--limit must be an integer from 1 to 100', EXIT.usage);
    return n;
  }

  @Option({ flags: '--wait <seconds>', description: 'wait up to this long for the list to be computed' })
  parseWait(value: string): number {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n > 3_600) throw new CliError('--wait must be 0–3600 seconds', EXIT.usage);
    return n;
  }

  async run([kind, ref]: string[], options: MatchesOptions): Promise<void> {
    if (kind !== 'offer' && kind !== 'demand') throw new CliError('kind must be offer or demand', EXIT.usage);
    const rows: { id: string; title: string; language: string }[] = await this.db.query(
      `SELECT p.id, t.title, t.language FROM ${kind} p JOIN ${kind}_translation t ON t.${kind}_id = p.id AND t.origin = 'original'
        WHERE p.id::text = $1 OR p.external_id = $1 OR t.title = $1 LIMIT 1`,
      [ref],
    );
    const subject = rows[0];
    if (!subject) throw new CliError(`no ${kind} with id or external id ${ref}`, EXIT.noInput);
    const page = { offset: 0, limit: options.limit ?? 10 };
    const deadline = Date.now() + (options.wait ?? 0) * 1_000;
    let [items] = await this.lists.listFor(kind as PostingKind, subject.id, {}, page);
    while (items.length === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 1_000));
      [items] = await this.lists.listFor(kind as PostingKind, subject.id, {}, page);
    }
    process.stdout.write(`${formatExplainedList(subject, items)}\n`);
    process.stdout.write(`\nAPI (brokers): GET /api/v1/${kind}s/${subject.id}/matches\n`);
  }
}
