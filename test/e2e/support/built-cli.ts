import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = `${root}dist/apps/cli/src/main.js`;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The last line of stdout. */
  summary: string;
}

/** Fails early, with the fix, when the CLI has not been built. */
export function assertCliBuilt(): void {
  if (!existsSync(CLI)) throw new Error('run `npm run build` first');
}

/** The built CLI as an operator runs it (`npm run cli -- …`), with `env` over the run's environment. */
export async function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr, summary: stdout.trimEnd().split('\n').at(-1) ?? '' };
}
