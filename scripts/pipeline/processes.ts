import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { built, type Namespace, ROOT } from './namespace.ts';

/** Starts the built worker in the namespace; its output goes to the given sink (stderr by default). */
export function startWorker(ns: Namespace, extraEnv: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, [built('worker')], {
    cwd: ROOT,
    env: { ...process.env, ...ns.env, ...extraEnv },
    // Its JSON log (warnings and errors at the default level) goes to our stderr.
    stdio: ['ignore', process.stderr, 'inherit'],
  });
  return child;
}

export async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await once(child, 'exit');
  clearTimeout(timer);
}

/** Runs the built CLI in the namespace and returns its last output line; throws on a non-zero exit. */
export async function runCli(ns: Namespace, args: string[]): Promise<string> {
  const child = spawn(process.execPath, [built('cli'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...ns.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`cli ${args.join(' ')} exited ${code}: ${err.trim().slice(-2_000)}`);
  return out.trim().split('\n').pop() ?? '';
}

/** Peak resident set size of a process tree root, sampled from /proc (Linux), in MiB. */
export class RssSampler {
  private peak = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: () => number | undefined) {
    this.timer = setInterval(() => this.sample(), 500);
    this.timer.unref();
  }

  sample(): void {
    const pid = this.pid();
    if (!pid) return;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      this.peak = Math.max(this.peak, kb / 1024);
    } catch {
      // the process ended
    }
  }

  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return Math.round(this.peak);
  }
}
