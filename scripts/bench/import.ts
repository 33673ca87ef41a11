/**
 * `npm run bench:import`: throughput of the bulk import, through the built CLI as an operator runs
 * it. The dev offers are repeated with distinct externalIds to at least ROWS rows; each of RUNS runs
 * works in a fresh schema (migrated, then dropped): a cold import (every row created), then a second
 * one (every row unchanged). Prints each run and the medians, in rows per second, both for the whole
 * process (start-up included) and as the CLI measures itself (reading to summary).
 *
 * Runs on Node's own TypeScript support (no build step for this file); it imports only plain modules.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppConfig } from '../../libs/config/src/app-config.ts';
import { dropNamespace } from '../../libs/testing/src/namespace-cleanup.ts';
import { namespaceEnv, namespaceFor } from '../../libs/testing/src/test-namespace.ts';

const ROWS = 10_000;
const RUNS = 3;
const root = fileURLToPath(new URL('../../', import.meta.url));
const DEV_OFFERS = fileURLToPath(new URL('../../../shared/eval/dev/offers.jsonl', import.meta.url));
const MIGRATE = join(root, 'dist/apps/api/src/migrate.js');
const CLI = join(root, 'dist/apps/cli/src/main.js');

interface Timed {
  seconds: number;
  stdout: string;
}

async function run(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<Timed> {
  const started = performance.now();
  const child = spawn(process.execPath, [script, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`${script} ${args.join(' ')} exited with ${code}:\n${stdout}`);
  return { seconds: (performance.now() - started) / 1000, stdout };
}

/** The CLI's own timing line: `N rows in S s (R rows/s)`. */
function inProcessSeconds(stdout: string): number {
  const match = / rows in ([\d.]+) s /.exec(stdout);
  if (!match) throw new Error(`no timing line in:\n${stdout}`);
  return Number(match[1]);
}

async function importOnce(file: string, rows: number, env: NodeJS.ProcessEnv, expected: string) {
  const result = await run(CLI, ['import', 'offers', file, '--source', 'bench'], env);
  const summary = result.stdout.trimEnd().split('\n').at(-1);
  if (summary !== expected) throw new Error(`expected "${expected}", got "${summary}"`);
  return { process: rows / result.seconds, inProcess: rows / inProcessSeconds(result.stdout) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rate = (value: number) => `${Math.round(value).toLocaleString('en')} rows/s`;

if (!existsSync(CLI) || !existsSync(MIGRATE)) throw new Error('run `npm run build` first');
const devLines = readFileSync(DEV_OFFERS, 'utf8').split('\n').filter(Boolean);
const copies = Math.ceil(ROWS / devLines.length);
const dir = mkdtempSync(join(tmpdir(), 'ttm-bench-import-'));
const file = join(dir, 'offers.jsonl');
const lines: string[] = [];
for (let copy = 0; copy < copies; copy++) {
  for (const line of devLines) {
    const row = JSON.parse(line) as { externalId: string };
    lines.push(JSON.stringify({ ...row, externalId: `${row.externalId}#${copy}` }));
  }
}
writeFileSync(file, `${lines.join('\n')}\n`);
const rows = lines.length;
process.stdout.write(
  `${rows} offers (${devLines.length} dev offers × ${copies}), ${RUNS} runs, each in its own schema\n`,
);

const stamp = new Date().toISOString().replace(/\D/g, '').slice(2, 14);
const cold: { process: number; inProcess: number }[] = [];
const unchanged: { process: number; inProcess: number }[] = [];
try {
  for (let i = 1; i <= RUNS; i++) {
    const env = { ...process.env, ...namespaceEnv(namespaceFor(`bench${stamp}${i}`)), LOG_LEVEL: 'warn' };
    try {
      await run(MIGRATE, [], env);
      cold.push(await importOnce(file, rows, env, `imported: created=${rows} updated=0 unchanged=0 failed=0`));
      unchanged.push(await importOnce(file, rows, env, `imported: created=0 updated=0 unchanged=${rows} failed=0`));
      process.stdout.write(
        `run ${i}: cold ${rate(cold.at(-1)!.process)} (in process ${rate(cold.at(-1)!.inProcess)}), ` +
          `unchanged ${rate(unchanged.at(-1)!.process)} (in process ${rate(unchanged.at(-1)!.inProcess)})\n`,
      );
    } finally {
      await dropNamespace(AppConfig.load(env));
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(
  `median of ${RUNS}: cold import ${rate(median(cold.map((c) => c.process)))} ` +
    `(in process ${rate(median(cold.map((c) => c.inProcess)))}); ` +
    `unchanged import ${rate(median(unchanged.map((u) => u.process)))} ` +
    `(in process ${rate(median(unchanged.map((u) => u.inProcess)))})\n`,
);
