import { AppConfig } from '@ttm/config';
import { JobName, QueueName } from '@ttm/jobs';
import { Queue, QueueEvents } from 'bullmq';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = (app: string) => `${root}dist/apps/${app}/src/main.js`;

function run(app: string, env: Record<string, string>): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, [built(app)], { cwd: root, env: { ...process.env, ...env }, stdio: 'pipe' });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return Object.assign(child, { output: () => output });
}

/** The built entry points as an operator runs them (`npm run build` comes first in `npm test`). */
describe('built processes', () => {
  beforeAll(() => {
    if (!existsSync(built('api')) || !existsSync(built('worker'))) throw new Error('run `npm run build` first');
  });

  it('the api refuses to start on invalid config, naming the variable', async () => {
    const child = run('api', { API_PORT: 'eighty', REDIS_URL: 'http://nope' });
    const [code] = await once(child, 'exit');
    expect(code).toBe(78);
    expect(child.output()).toMatch(/API_PORT: /);
    expect(child.output()).toMatch(/REDIS_URL: /);
  });

  it('the worker answers a ping over Redis, logs JSON with the correlation id, and stops on SIGTERM', async () => {
    // A queue prefix of its own, so no in-process worker of another test file takes the job.
    const config = AppConfig.load();
    const prefix = `${config.redis.queuePrefix}-proc`;
    const worker = run('worker', { LOG_LEVEL: 'info', QUEUE_PREFIX: prefix });
    const queue = new Queue(QueueName.System, { connection: { url: config.redis.url }, prefix });
    const events = new QueueEvents(QueueName.System, { connection: { url: config.redis.url }, prefix });
    try {
      const job = await queue.add(JobName.Ping, { requestedAt: new Date().toISOString(), correlationId: 'e2e-ping-1' });
      const result = await job.waitUntilFinished(events, 30_000);
      expect(result.pong).toBe(true);
      expect(result.worker).toContain(`:${worker.pid}`);
      const line = worker
        .output()
        .split('\n')
        .find((l) => l.includes('ping answered'));
      expect(JSON.parse(line ?? '{}')).toMatchObject({ app: 'worker', correlationId: 'e2e-ping-1', level: 30 });
    } finally {
      await events.close();
      await queue.close();
      worker.kill('SIGTERM');
      const [code, signal] = await once(worker, 'exit');
      expect(code === 0 || signal === 'SIGTERM').toBe(true);
    }
  });
});
