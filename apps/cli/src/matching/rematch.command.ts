import { type RematchProgress, RematchService } from '@ttm/matching';
import { Presets, SingleBar } from 'cli-progress';
import { Command, CommandRunner, Option } from 'nest-commander';
import { CliError, EXIT } from '../cli.errors.ts';

interface RematchOptions {
  resume?: string | boolean;
  wait?: boolean;
}

@Command({
  name: 'rematch',
  description:
    'recompute every match list (a resumable fan-out run by the worker); shows progress until done unless --no-wait',
})
export class RematchCommand extends CommandRunner {
  constructor(private readonly rematch: RematchService) {
    super();
  }

  @Option({ flags: '--resume [runId]', description: 'continue an interrupted run (the running one by default)' })
  parseResume(value?: string): string | boolean {
    return value ?? true;
  }

  @Option({ flags: '--no-wait', description: 'start (or resume) and return at once' })
  parseWait(): boolean {
    return false;
  }

  async run(_: string[], options: RematchOptions): Promise<void> {
    const run = options.resume
      ? await this.rematch.resume(typeof options.resume === 'string' ? options.resume : undefined)
      : await this.rematch.start('cli');
    process.stderr.write(`rematch run ${run.id} (scoring ${run.scoringVersion}): ${run.total} postings\n`);
    if (options.wait === false) return;
    const done = await this.follow(run);
    if (done.status === 'failed')
      throw new CliError(`rematch run ${done.id} failed: ${done.error ?? ''}`, EXIT.failure);
    process.stdout.write(
      `rematch: done=${done.done} total=${done.total} seconds=${elapsed(done)} rate=${done.rate}/s\n`,
    );
  }

  /** Polls the run (the worker does the work) and draws a bar on a terminal. */
  private async follow(run: RematchProgress): Promise<RematchProgress> {
    const bar = process.stderr.isTTY
      ? new SingleBar(
          { stream: process.stderr, format: '{bar} {value}/{total} | {rate}/s | eta {eta_formatted}' },
          Presets.shades_classic,
        )
      : undefined;
    bar?.start(Math.max(run.total, 1), run.done, { rate: 0 });
    let current = run;
    while (current.status === 'running') {
      await new Promise((r) => setTimeout(r, 1_000));
      current = (await this.rematch.get(run.id)) ?? current;
      bar?.setTotal(Math.max(current.total, 1));
      bar?.update(current.done, { rate: current.rate });
    }
    bar?.stop();
    return current;
  }
}

function elapsed(run: RematchProgress): number {
  const end = run.finishedAt ? Date.parse(run.finishedAt) : Date.now();
  return Math.round((end - Date.parse(run.startedAt)) / 100) / 10;
}
