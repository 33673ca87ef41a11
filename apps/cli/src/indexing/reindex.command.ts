import { type PostingKind } from '@ttm/postings';
import { PostingIndexer, type RebuildProgress } from '@ttm/search';
import { Presets, SingleBar } from 'cli-progress';
import { Command, CommandRunner } from 'nest-commander';
import { CliError, EXIT } from '../cli.errors.ts';

const TARGETS: Record<string, PostingKind[]> = { offers: ['offer'], demands: ['demand'], all: ['offer', 'demand'] };

/**
 * Rebuilds the offer and/or demand index from PostgreSQL: a new physical index, filled while live
 * writes (from a running worker) reach both, then the alias swapped in one step. Safe while the
 * platform runs; the old index serves searches until the swap.
 */
@Command({
  name: 'reindex',
  arguments: '[what]',
  description:
    'rebuild the offers, demands or all (default) indices from PostgreSQL into new physical indices and swap the aliases',
})
export class ReindexCommand extends CommandRunner {
  constructor(private readonly indexer: PostingIndexer) {
    super();
  }

  async run([what = 'all']: string[]): Promise<void> {
    const kinds = TARGETS[what];
    if (!kinds) throw new CliError(`reindex: expected offers, demands or all, got "${what}"`, EXIT.usage);
    for (const kind of kinds) {
      const started = Date.now();
      const bar = process.stderr.isTTY
        ? new SingleBar(
            { stream: process.stderr, format: `${kind}s {bar} {value}/{total} | {rate}/s` },
            Presets.shades_classic,
          )
        : undefined;
      bar?.start(1, 0, { rate: 0 });
      const onProgress = ({ done, total }: RebuildProgress) => {
        bar?.setTotal(Math.max(total, 1));
        bar?.update(done, { rate: rate(done, started) });
      };
      const { index, indexed } = await this.indexer.rebuild(kind, onProgress).finally(() => bar?.stop());
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      process.stdout.write(
        `reindexed: ${kind}s indexed=${indexed} seconds=${seconds} rate=${rate(indexed, started)}/s index=${index} alias=${this.indexer.alias(kind)}\n`,
      );
    }
  }
}

function rate(done: number, started: number): number {
  return Math.round((done / Math.max((Date.now() - started) / 1000, 0.001)) * 10) / 10;
}
