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

  it('the api logs one JSON line per request, carrying the caller correlation id', async () => {
    const port = String(20_000 + Math.floor(Math.random() * 20_000));
    const api = run('api', { API_PORT: port, LOG_LEVEL: 'info' });
    try {
      let ready = false;
      for (let i = 0; i < 100 && !ready; i++) {
        ready = await fetch(`http://127.0.0.1:${port}/health`).then(
          (r) => r.ok,
          () => false,
        );
        if (!ready) await new Promise((r) => setTimeout(r, 100));
      }
      const res = await fetch(`http://127.0.0.1:${port}/health/ready`, { headers: { 'x-request-id': 'e2e-log-1' } });
      expect(res.headers.get('x-request-id')).toBe('e2e-log-1');
      await new Promise((r) => setTimeout(r, 200));
      const lines = api
        .output()
        .split('\n')
        .filter((l) => l.includes('e2e-log-1'))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines).toEqual([
        expect.objectContaining({
          app: 'api',
          correlationId: 'e2e-log-1',
          msg: 'request completed',
          res: { statusCode: 200 },
        }),
      ]);
    } finally {
      api.kill('SIGTERM');
      await once(api, 'exit');
    }
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
      // The log line may reach our pipe a moment after the job's completion does.
      let line: string | undefined;
      for (let i = 0; i < 50 && !line; i++) {
        line = worker
          .output()
          .split('\n')
          .find((l) => l.includes('ping answered'));
        if (!line) await new Promise((r) => setTimeout(r, 100));
      }
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
