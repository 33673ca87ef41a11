/**
 * The benchmark: `npm run bench -- --offers N --demands M [--seed S] [--rate R] [--count C]
 * [--concurrency K] [--out FILE]`.
 *
 * In one isolated namespace (own schema, index prefix, queue prefix; removed at the end, also on
 * an error or Ctrl-C), with the built apps as an operator runs them:
 * 1. cold ingest: N offers + M demands generated (seeded), imported with the CLI while the worker
 *    runs; until every published posting is searchable, then until the pipeline is idle;
 * 2. full rematch, started as `RematchService.start` does, until its run is completed;
 * 3. brute-force oracle: every pair scored with the engine's scoring code → recall@50 of the lists;
 * 4. incremental latency: postings published through the API at a steady rate, publication → match job done;
 * 5. match-list API under concurrent load; 6. cross-lingual search latency;
 * 7. peak RSS of the worker, the api and Elasticsearch.
 * Prints a table and writes the JSON of shared/eval/README.md ("Benchmark output").
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { Client } from '@elastic/elasticsearch';
import { Queue } from 'bullmq';
import pg from 'pg';
import { JOB_OPTIONS } from '../../libs/jobs/src/job-options.ts';
import { JobName, QueueName } from '../../libs/jobs/src/queue-names.ts';
import { waitUntilIdle } from '../pipeline/drain.ts';
import { built, migrate, newNamespace, removeNamespace, ROOT } from '../pipeline/namespace.ts';
import { RssSampler, runCli, stop } from '../pipeline/processes.ts';
import type { DemandRow, GeneratedPosting, OfferRow } from './generator/index.ts';
import { generatePostings } from './generator/index.ts';
import { bruteForce, readFeatures, SCORING_VERSION } from './oracle.ts';
import { meanRecall, percentile, round, sample } from './stats.ts';

const { values } = parseArgs({
  options: {
    offers: { type: 'string', default: '2000' },
    demands: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    rate: { type: 'string', default: '2' },
    count: { type: 'string', default: '40' },
    concurrency: { type: 'string', default: '8' },
    'api-seconds': { type: 'string', default: '15' },
    'oracle-max-pairs': { type: 'string', default: '10000000' },
    keep: { type: 'boolean', default: false },
  },
});
const positive = (name: string, value: string | undefined, integer = true): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new Error(`--${name} must be a positive ${integer ? 'whole ' : ''}number, not "${value}"`);
  }
  return n;
};
const OFFERS = positive('offers', values.offers);
const DEMANDS = positive('demands', values.demands);
const SEED = positive('seed', values.seed);
const RATE = positive('rate', values.rate, false);
const COUNT = positive('count', values.count);
const CONCURRENCY = positive('concurrency', values.concurrency);
const API_SECONDS = positive('api-seconds', values['api-seconds'], false);
const ORACLE_MAX_PAIRS = positive('oracle-max-pairs', values['oracle-max-pairs']);
const CANDIDATES_K = 200;
const LIST_K = 50;
const SEARCH_REQUESTS = 200;
const SEARCH_CONCURRENCY = 4;
const TODAY = new Date().toISOString().slice(0, 10);
for (const app of ['api', 'worker', 'cli'] as const) {
  if (!existsSync(built(app))) throw new Error(`${built(app)} is missing: run \`npm run build\``);
}

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const notes: string[] = [];
const phases: Record<string, number> = {};

/** Runs one phase with a deadline; its wall time goes to `phases`. A failure names the phase. */
async function phase<T>(name: string, timeoutMs: number, run: () => Promise<T>): Promise<T> {
  log(`${name}…`);
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      run(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1_000} s`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    throw new Error(`phase "${name}" failed: ${(error as Error).message}`, { cause: error });
  } finally {
    clearTimeout(timer);
    phases[name] = round((performance.now() - started) / 1_000, 2) ?? 0;
    log(`${name}: ${phases[name]} s`);
  }
}

/** A phase whose failure is reported (null figures + a note) without stopping the benchmark. */
async function optional<T>(name: string, timeoutMs: number, run: () => Promise<T>): Promise<T | null> {
  try {
    return await phase(name, timeoutMs, run);
  } catch (error) {
    log((error as Error).message);
    notes.push(`${(error as Error).message}: its figures are null`);
    return null;
  }
}

// ---------------------------------------------------------------- namespace, processes, cleanup

const ns = newNamespace('bench');
const scratch = mkdtempSync(join(tmpdir(), 'ttm-bench-'));
const es = new Client({ node: ns.config.elasticsearch.url, requestTimeout: 120_000 });
const db = new pg.Client({ connectionString: ns.config.database.url });
const schema = ns.config.database.schema;
const matchingQueue = new Queue(QueueName.Matching, {
  connection: { url: ns.config.redis.url },
  prefix: ns.config.redis.queuePrefix,
});
const alias = (kind: 'offers' | 'demands') => `${ns.config.elasticsearch.indexPrefix}-${kind}`;
let worker: ChildProcess | undefined;
let api: ChildProcess | undefined;

/** Candidates scored per match job of a rematch run, read from the worker's `posting matched` log lines. */
const candidatesByRun = new Map<string, { jobs: number; candidates: number }>();

/** The built worker at log level info (one JSON line per job); warnings and errors go on to our stderr. */
function startLoggedWorker(): ChildProcess {
  const child = spawn(process.execPath, [built('worker')], {
    cwd: ROOT,
    env: { ...process.env, ...ns.env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  createInterface({ input: child.stdout! }).on('line', (line) => {
    let entry: { level?: number; msg?: string; jobId?: string; candidates?: number };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      process.stderr.write(`${line}\n`);
      return;
    }
    const run = entry.msg === 'posting matched' ? /^rematch-([^:]+):/.exec(entry.jobId ?? '')?.[1] : undefined;
    if (run && typeof entry.candidates === 'number') {
      const c = candidatesByRun.get(run) ?? { jobs: 0, candidates: 0 };
      candidatesByRun.set(run, { jobs: c.jobs + 1, candidates: c.candidates + entry.candidates });
    }
    if ((entry.level ?? 0) >= 40) process.stderr.write(`[worker] ${line}\n`);
  });
  return child;
}

let cleaned: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleaned ??= (async () => {
    await Promise.allSettled([stop(api), stop(worker)]);
    await Promise.allSettled([matchingQueue.close(), db.end(), es.close()]);
    rmSync(scratch, { recursive: true, force: true });
    if (values.keep) log(`namespace ${ns.name} kept (--keep)`);
    else await removeNamespace(ns).catch((e: Error) => log(`could not remove namespace ${ns.name}: ${e.message}`));
  })();
  return cleaned;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping and removing namespace ${ns.name}`);
    void cleanup().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------- phases

interface Timings {
  p50ms: number | null;
  p95ms: number | null;
}
const timings = (ms: number[]): Timings => ({ p50ms: round(percentile(ms, 50)), p95ms: round(percentile(ms, 95)) });

async function publishedCount(): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM "${schema}".offer WHERE status = 'published')
          + (SELECT count(*) FROM "${schema}".demand WHERE status = 'published') AS n`,
  );
  return Number(rows[0]!.n);
}

async function searchableCount(): Promise<number> {
  let n = 0;
  for (const kind of ['offers', 'demands'] as const) {
    try {
      await es.indices.refresh({ index: alias(kind) });
      n += (await es.count({ index: alias(kind) })).count;
    } catch (error) {
      // The worker creates the indices at start-up.
      if ((error as { meta?: { statusCode?: number } }).meta?.statusCode !== 404) throw error;
    }
  }
  return n;
}

function writeJsonl(name: string, rows: readonly object[]): string {
  const path = join(scratch, name);
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return path;
}

async function ingest(generated: GeneratedPosting[]) {
  const offersFile = writeJsonl(
    'offers.jsonl',
    generated.filter((p) => p.kind === 'offer').map((p) => p.row),
  );
  const demandsFile = writeJsonl(
    'demands.jsonl',
    generated.filter((p) => p.kind === 'demand').map((p) => p.row),
  );
  const started = performance.now();
  log(await runCli(ns, ['import', 'offers', offersFile, '--source', 'bench']));
  log(await runCli(ns, ['import', 'demands', demandsFile, '--source', 'bench']));
  const importSeconds = (performance.now() - started) / 1_000;
  const target = await publishedCount();
  if (target < OFFERS + DEMANDS) notes.push(`import published ${target} of ${OFFERS + DEMANDS} generated postings`);
  const postingsQueue = new Queue(QueueName.Postings, {
    connection: { url: ns.config.redis.url },
    prefix: ns.config.redis.queuePrefix,
  });
  try {
    let stalledSince = performance.now();
    let last = -1;
    for (;;) {
      const seen = await searchableCount();
      if (seen >= target) break;
      const counts = await postingsQueue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      const pending = Object.values(counts).reduce((a, b) => a + b, 0);
      if (seen !== last || pending > 0) stalledSince = performance.now();
      else if (performance.now() - stalledSince > 30_000) {
        throw new Error(
          `${target - seen} of ${target} published postings never became searchable although no indexing job is pending`,
        );
      }
      last = seen;
      log(`searchable ${seen}/${target} (${pending} indexing jobs pending)`);
      await sleep(1_000);
    }
  } finally {
    await postingsQueue.close();
  }
  const searchableSeconds = (performance.now() - started) / 1_000;
  await waitUntilIdle(ns, { timeoutMs: 60 * 60_000 });
  const matchedSeconds = (performance.now() - started) / 1_000;
  return { target, importSeconds, searchableSeconds, matchedSeconds };
}

/** Starts a run exactly as `RematchService.start` does, and waits for it to complete. */
async function fullRematch(published: number, counts: { offers: number; demands: number }) {
  const {
    rows: [run],
  } = await db.query<{ id: string }>(
    `INSERT INTO "${schema}".match_run (scoring_version, reason, status, total)
     VALUES ($1, 'bench', 'running', $2) RETURNING id`,
    [SCORING_VERSION, published],
  );
  const runId = run!.id;
  const started = performance.now();
  await matchingQueue.add(
    JobName.RematchAll,
    { runId },
    { ...JOB_OPTIONS[JobName.RematchAll], jobId: `rematch-${runId}` },
  );
  let lastLog = 0;
  for (;;) {
    const {
      rows: [state],
    } = await db.query<{ status: string; done: number; total: number; error: string | null }>(
      `SELECT status, done, total, error FROM "${schema}".match_run WHERE id = $1`,
      [runId],
    );
    if (state!.status === 'completed') break;
    if (state!.status === 'failed') throw new Error(`rematch run failed: ${state!.error}`);
    if (performance.now() - lastLog > 5_000) {
      log(`rematch ${state!.done}/${state!.total}`);
      lastLog = performance.now();
    }
    await sleep(200);
  }
  const seconds = (performance.now() - started) / 1_000;
  // Let the worker's last log lines arrive.
  await sleep(500);
  const fromLogs = candidatesByRun.get(runId);
  const estimate =
    counts.offers * Math.min(CANDIDATES_K, counts.demands) + counts.demands * Math.min(CANDIDATES_K, counts.offers);
  let pairs: number;
  if (fromLogs && fromLogs.jobs >= published) {
    pairs = fromLogs.candidates;
    notes.push(
      `fullRematch pairs scored: ${pairs} candidates actually re-ranked, summed from the worker's log of its ${fromLogs.jobs} match jobs ` +
        `(upper bound Σ min(K=${CANDIDATES_K}, counterparts) = ${estimate})`,
    );
  } else {
    pairs = estimate;
    notes.push(
      `fullRematch pairs scored estimated as Σ min(K=${CANDIDATES_K}, counterparts) = ${estimate} ` +
        `(worker log covered ${fromLogs?.jobs ?? 0} of ${published} jobs)`,
    );
  }
  return { runId, seconds, pairs };
}

/** Each demand's persisted list, best first, cut to the top `LIST_K`. */
async function engineLists(): Promise<Map<string, string[]>> {
  const { rows } = await db.query<{ demand_id: string; offer_id: string }>(
    `SELECT demand_id, offer_id FROM (
       SELECT demand_id, offer_id,
              row_number() OVER (PARTITION BY demand_id ORDER BY score DESC, offer_id) AS rank
         FROM "${schema}".posting_match) ranked
      WHERE rank <= $1`,
    [LIST_K],
  );
  const lists = new Map<string, string[]>();
  for (const r of rows) lists.set(r.demand_id, [...(lists.get(r.demand_id) ?? []), r.offer_id]);
  return lists;
}

async function oracle(lists: Map<string, string[]>) {
  const offers = await readFeatures(es, alias('offers'));
  const demands = await readFeatures(es, alias('demands'));
  log(`oracle: ${offers.length} offers, ${demands.length} demands read from the index`);
  const allPairs = offers.length * demands.length;
  const sampled = allPairs > ORACLE_MAX_PAIRS;
  const subjects = sampled
    ? sample(demands, Math.max(300, Math.floor(ORACLE_MAX_PAIRS / Math.max(1, offers.length))), SEED)
    : demands;
  const result = bruteForce(offers, subjects, LIST_K);
  const recall = meanRecall(result.lists, lists);
  const seconds = sampled ? (result.seconds * demands.length) / subjects.length : result.seconds;
  if (sampled) {
    notes.push(
      `bruteForce: ${offers.length}×${demands.length} = ${allPairs} pairs is over --oracle-max-pairs ${ORACLE_MAX_PAIRS}: ` +
        `${subjects.length} demands (seeded sample) scored against every offer in ${result.seconds.toFixed(1)} s, ` +
        `seconds extrapolated ×${(demands.length / subjects.length).toFixed(2)}; recall over the sample`,
    );
  }
  notes.push(
    `bruteForce: one thread, the engine's evaluatePair (scorePair's scores, to four decimals) on every pair, ` +
      `filtered pairs dropped, top ${LIST_K} by score then offer id; recall over ${recall.subjects} demands with a non-empty oracle list ` +
      `(${subjects.length - recall.subjects} have none); engine list = the demand's posting_match rows, top ${LIST_K} by score`,
  );
  return {
    seconds,
    measuredSeconds: result.seconds,
    pairs: result.pairs,
    recall: recall.recall,
    sampled: subjects.length,
  };
}

// ---------------------------------------------------------------- the API

let apiBase = '';
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  server.close();
  return port;
}

async function startApi(): Promise<ChildProcess> {
  const port = await freePort();
  apiBase = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [built('api')], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...ns.env,
      API_HOST: '127.0.0.1',
      API_PORT: String(port),
      JWT_SECRET: process.env.JWT_SECRET ?? randomBytes(32).toString('base64url'),
      // The load phases must not be throttled by the login limiter (one login per user here anyway).
    },
    stdio: ['ignore', process.stderr, 'inherit'],
  });
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the api exited with ${child.exitCode} while starting`);
    const ready = await fetch(`${apiBase}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return child;
    if (Date.now() > deadline) throw new Error('the api was not ready within 90 s');
    await sleep(500);
  }
}

type Auth = { authorization: string };
async function http(
  method: string,
  path: string,
  auth: Auth | null,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${apiBase}${path}`, {
    method,
    headers: { ...(auth ?? {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, body: parsed };
}

async function login(email: string, password: string): Promise<Auth> {
  const res = await http('POST', '/api/v1/auth/login', null, { email, password });
  if (res.status !== 200) throw new Error(`login of ${email}: ${res.status} ${JSON.stringify(res.body)}`);
  return { authorization: `Bearer ${(res.body as { accessToken: string }).accessToken}` };
}

/** Seeds the demo users (and its 11 demo postings) with the built CLI; returns the printed logins. */
async function demoLogins(): Promise<Map<string, { email: string; password: string }>> {
  const child = spawn(process.execPath, [built('cli'), 'demo'], {
    cwd: ROOT,
    env: { ...process.env, ...ns.env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`cli demo exited with ${code}`);
  const logins = new Map<string, { email: string; password: string }>();
  for (const m of out.matchAll(/^\s+(admin|broker|member)\s+(\S+@\S+)\s+(\S+)/gm)) {
    logins.set(m[2]!, { email: m[2]!, password: m[3]! });
  }
  return logins;
}

const REVIEW_SCORES = { innovation: 4, clarity: 4, cooperation: 4, language: 4 };

function apiBody(p: GeneratedPosting): Record<string, unknown> {
  const row: OfferRow | DemandRow = p.row;
  const common = {
    ownerCountry: row.country,
    ipcCodes: row.ipcCodes,
    cooperationModes: row.cooperationModes,
    translations: [
      {
        language: row.language,
        origin: 'original',
        title: row.title,
        summary: row.summary,
        description: row.description,
        keywords: row.keywords,
      },
    ],
  };
  if (p.kind === 'offer') return { ...common, trl: p.row.trl, askingPrice: p.row.askingPrice };
  return { ...common, desiredTrlMin: p.row.desiredTrlMin, budget: p.row.budget, deadline: p.row.deadline };
}

/** Create (owner) → submit (owner) → review-publish (broker): as users publish a posting. */
async function publishThroughApi(p: GeneratedPosting, owner: Auth, broker: Auth) {
  const base = `/api/v1/${p.kind}s`;
  const created = await http('POST', base, owner, apiBody(p));
  if (created.status !== 201) throw new Error(`create ${p.kind}: ${created.status} ${JSON.stringify(created.body)}`);
  const { id, version } = created.body as { id: string; version: number };
  const submitted = await http('POST', `${base}/${id}/status`, owner, { to: 'pending_review', version });
  if (submitted.status !== 200) throw new Error(`submit: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  const reviewed = await http('POST', `${base}/${id}/review`, broker, {
    decision: 'publish',
    scores: REVIEW_SCORES,
    version: (submitted.body as { version: number }).version,
  });
  if (reviewed.status !== 200) throw new Error(`review: ${reviewed.status} ${JSON.stringify(reviewed.body)}`);
  return { kind: p.kind, id, version: (reviewed.body as { version: number }).version, reviewedAt: Date.now() };
}

async function incremental(owner: Auth, broker: Auth) {
  const fresh = [
    ...generatePostings({
      offers: Math.ceil(COUNT / 2),
      demands: Math.floor(COUNT / 2),
      seed: SEED + 1,
      referenceDate: TODAY,
    }),
  ];
  // Alternate offers and demands.
  const offers = fresh.filter((p) => p.kind === 'offer');
  const demands = fresh.filter((p) => p.kind === 'demand');
  const order = Array.from(
    { length: COUNT },
    (_, i) => (i % 2 === 0 ? offers[i / 2] : demands[(i - 1) / 2]) ?? null,
  ).filter((p): p is GeneratedPosting => p !== null);
  const started = performance.now();
  const published = await Promise.all(
    order.map(async (p, i) => {
      await sleep(Math.max(0, (i * 1_000) / RATE - (performance.now() - started)));
      return publishThroughApi(p, owner, broker);
    }),
  );
  await waitUntilIdle(ns, { timeoutMs: 10 * 60_000 });
  const latencies: number[] = [];
  const publishedAt: number[] = [];
  let missing = 0;
  for (const p of published) {
    const {
      rows: [row],
    } = await db.query<{ published_at: Date }>(`SELECT published_at FROM "${schema}".${p.kind} WHERE id = $1`, [p.id]);
    const job = await matchingQueue.getJob(`match-${p.kind}:${p.id}:v${p.version}`);
    if (!row?.published_at || !job?.finishedOn) {
      missing++;
      continue;
    }
    publishedAt.push(row.published_at.getTime());
    latencies.push(job.finishedOn - row.published_at.getTime());
  }
  if (missing > 0)
    notes.push(`incremental: ${missing} of ${published.length} postings had no finished match job to time`);
  const span = (Math.max(...publishedAt) - Math.min(...publishedAt)) / 1_000;
  notes.push(
    `incremental: ${published.length} postings (half offers, half demands, seed ${SEED + 1}) created, submitted and review-published through the API ` +
      `(member owner, demo broker) at a target ${RATE}/s; latency = published_at → finishedOn of BullMQ job match-<kind>:<id>:v<version>. ` +
      `It includes the engine's deliberate 2 s delay of every match job after indexing (index refresh interval)`,
  );
  return {
    ...timings(latencies),
    ratePerSecond: round(span > 0 ? (publishedAt.length - 1) / span : null, 2),
    postings: latencies.length,
  };
}

/** `clients` loops requesting `next()` until `until` (or `total` requests); latencies in ms. */
async function load(
  clients: number,
  request: (i: number) => Promise<number>,
  stopAt: { until?: number; total?: number },
): Promise<{ ms: number[]; errors: number; seconds: number }> {
  const ms: number[] = [];
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (;;) {
        if (stopAt.until !== undefined && performance.now() >= stopAt.until) return;
        if (stopAt.total !== undefined && issued >= stopAt.total) return;
        const i = issued++;
        const t = performance.now();
        const status = await request(i).catch(() => 0);
        if (status === 200) ms.push(performance.now() - t);
        else errors++;
      }
    }),
  );
  return { ms, errors, seconds: (performance.now() - started) / 1_000 };
}

async function matchListLoad(auth: Auth) {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM "${schema}".demand WHERE status = 'published' AND source = 'bench'`,
  );
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) throw new Error('no published demand to ask for');
  const rand = mulberry(SEED);
  const get = async () => {
    const id = ids[Math.floor(rand() * ids.length)]!;
    const res = await fetch(`${apiBase}/api/v1/demands/${id}/matches?pageSize=20`, { headers: auth });
    await res.arrayBuffer();
    return res.status;
  };
  // A short warm-up, not measured.
  await load(CONCURRENCY, get, { total: CONCURRENCY * 5 });
  const result = await load(CONCURRENCY, get, { until: performance.now() + API_SECONDS * 1_000 });
  if (result.errors > 0) notes.push(`matchListApi: ${result.errors} requests did not answer 200`);
  return {
    ...timings(result.ms),
    concurrency: CONCURRENCY,
    requestsPerSecond: round(result.ms.length / result.seconds),
    requests: result.ms.length,
    errors: result.errors,
  };
}

async function searchLoad(auth: Auth, demands: DemandRow[]) {
  const queries = sample(demands, SEARCH_REQUESTS, SEED + 2);
  const result = await load(
    SEARCH_CONCURRENCY,
    async (i) => {
      const row = queries[i % queries.length]!;
      const res = await fetch(`${apiBase}/api/v1/search/offers?${new URLSearchParams({ q: row.title })}`, {
        headers: auth,
      });
      await res.arrayBuffer();
      return res.status;
    },
    { total: SEARCH_REQUESTS },
  );
  if (result.errors > 0) notes.push(`search: ${result.errors} requests did not answer 200`);
  notes.push(
    'search: GET /api/v1/search/offers?q=<a bench demand title, in its language> (language detected, no lang hint), ' +
      `${SEARCH_REQUESTS} requests at concurrency ${SEARCH_CONCURRENCY}`,
  );
  return {
    ...timings(result.ms),
    concurrency: SEARCH_CONCURRENCY,
    requests: result.ms.length,
    requestsPerSecond: round(result.ms.length / result.seconds),
    errors: result.errors,
  };
}

function mulberry(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function elasticsearchPid(): number | undefined {
  try {
    const out = execFileSync('pgrep', ['-f', 'org.elasticsearch.bootstrap.Elasticsearch'], { encoding: 'utf8' });
    return Number(out.trim().split('\n')[0]) || undefined;
  } catch {
    return undefined;
  }
}

function vmHwmMiB(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- the run

const machine = { cpus: cpus().length, memGiB: Math.round(totalmem() / 2 ** 30) };
const report = {
  offers: OFFERS,
  demands: DEMANDS,
  machine,
  ingest: {
    postingsPerSecond: null as number | null,
    seconds: null as number | null,
    importSeconds: null as number | null,
    indexedAndMatchedSeconds: null as number | null,
  },
  fullRematch: {
    seconds: null as number | null,
    pairsScoredPerSecond: null as number | null,
    pairsScored: null as number | null,
  },
  bruteForce: {
    seconds: null as number | null,
    recallAt50OfEngine: null as number | null,
    pairs: null as number | null,
    demandsScored: null as number | null,
  },
  incremental: { p50ms: null as number | null, p95ms: null as number | null, ratePerSecond: null as number | null },
  matchListApi: { p50ms: null as number | null, p95ms: null as number | null, concurrency: CONCURRENCY } as Record<
    string,
    number | null
  >,
  peakRssMiB: { api: null as number | null, worker: null as number | null, elasticsearch: null as number | null },
  search: { p50ms: null as number | null, p95ms: null as number | null } as Record<string, number | null>,
  phases,
  notes,
};

let exitCode = 0;
const esPid = elasticsearchPid();
const esRss = new RssSampler(() => esPid);
let workerRss: RssSampler | undefined;
let apiRss: RssSampler | undefined;
try {
  log(
    `namespace ${ns.name}: ${OFFERS} offers, ${DEMANDS} demands, seed ${SEED}; machine ${machine.cpus} cpus, ${machine.memGiB} GiB`,
  );
  await db.connect();
  migrate(ns);
  const generated = [...generatePostings({ offers: OFFERS, demands: DEMANDS, seed: SEED, referenceDate: TODAY })];
  notes.push(
    `data: generatePostings seed ${SEED}, deadlines after ${TODAY} (today: with the generator's fixed reference date, most deadlines would have passed and the demands would be filtered out as expired)`,
  );
  worker = startLoggedWorker();
  workerRss = new RssSampler(() => worker?.pid);
  await phase('worker start', 120_000, async () => {
    // The worker creates the indices at start-up: waiting for them keeps start-up out of the ingest time.
    for (;;) {
      if (worker?.exitCode !== null) throw new Error(`the worker exited with ${worker?.exitCode}`);
      const ready = await Promise.all(
        (['offers', 'demands'] as const).map((kind) => es.indices.existsAlias({ name: alias(kind) })),
      );
      if (ready.every(Boolean)) return;
      await sleep(250);
    }
  });
  notes.push(
    'ingest starts once the worker has created the index aliases, so that its start-up is not counted (a write before then creates the indices itself, or fails and is retried)',
  );

  const ingested = await phase('cold ingest', 2 * 60 * 60_000, () => ingest(generated));
  report.ingest = {
    postingsPerSecond: round(ingested.target / ingested.searchableSeconds),
    seconds: round(ingested.searchableSeconds, 2),
    importSeconds: round(ingested.importSeconds, 2),
    indexedAndMatchedSeconds: round(ingested.matchedSeconds, 2),
  };
  notes.push(
    `ingest: two CLI imports (offers, then demands) while the worker runs; seconds = start of the import → all ${ingested.target} published postings searchable ` +
      `(ES _count on both aliases after a refresh); importSeconds = the two CLI processes; indexedAndMatchedSeconds = until the pipeline is idle (every posting matched once)`,
  );

  const counts = {
    offers: (await db.query(`SELECT count(*)::int AS n FROM "${schema}".offer WHERE status = 'published'`)).rows[0]
      .n as number,
    demands: (await db.query(`SELECT count(*)::int AS n FROM "${schema}".demand WHERE status = 'published'`)).rows[0]
      .n as number,
  };
  const rematch = await optional('full rematch', 2 * 60 * 60_000, () => fullRematch(ingested.target, counts));
  if (rematch) {
    report.fullRematch = {
      seconds: round(rematch.seconds, 2),
      pairsScoredPerSecond: round(rematch.pairs / rematch.seconds),
      pairsScored: rematch.pairs,
    };
  }

  const lists = await engineLists();
  const brute = await optional('brute force', 2 * 60 * 60_000, () => oracle(lists));
  if (brute) {
    report.bruteForce = {
      seconds: round(brute.seconds, 2),
      recallAt50OfEngine: round(brute.recall, 4),
      pairs: brute.pairs,
      demandsScored: brute.sampled,
    };
  }

  const auth = await optional('api start and demo users', 5 * 60_000, async () => {
    const logins = await demoLogins();
    const broker = logins.get('broker@demo.ttm');
    const member = logins.get('member.en@demo.ttm') ?? [...logins.values()].find((l) => l.email.startsWith('member.'));
    if (!broker || !member)
      throw new Error(`the demo printed no broker/member login (${[...logins.keys()].join(', ')})`);
    await waitUntilIdle(ns, { timeoutMs: 5 * 60_000 });
    api = await startApi();
    apiRss = new RssSampler(() => api?.pid);
    return { broker: await login(broker.email, broker.password), member: await login(member.email, member.password) };
  });
  if (auth) {
    notes.push(
      'api: the built api on a free port; users are the CLI demo seed (its 11 demo postings are published after the ingest, rematch and oracle phases)',
    );
    const inc = await optional('incremental', 20 * 60_000, () => incremental(auth.member, auth.broker));
    if (inc) report.incremental = inc;
    const lists = await optional('match-list api', 5 * 60_000, () => matchListLoad(auth.broker));
    if (lists) report.matchListApi = lists;
    const demandRows = generated.filter((p) => p.kind === 'demand').map((p) => p.row as DemandRow);
    const search = await optional('search', 10 * 60_000, () => searchLoad(auth.broker, demandRows));
    if (search) report.search = search;
  } else {
    notes.push('incremental, matchListApi and search: not measured (no api)');
  }
} catch (error) {
  exitCode = 1;
  log(`benchmark failed: ${(error as Error).message}`);
  notes.push(`failed: ${(error as Error).message}`);
} finally {
  report.peakRssMiB = {
    api: apiRss ? apiRss.stop() : null,
    worker: workerRss ? workerRss.stop() : null,
    elasticsearch: esPid ? esRss.stop() : null,
  };
  if (!esPid) notes.push('peakRssMiB.elasticsearch: no Elasticsearch process found (pgrep)');
  else {
    notes.push(
      `peakRssMiB: VmRSS sampled every 0.5 s during the run (worker, api: the node processes; elasticsearch: pid ${esPid}, ` +
        `whose lifetime VmHWM is ${vmHwmMiB(esPid)} MiB)`,
    );
  }
  await cleanup();
}

process.stdout.write(`${formatTable(report)}\n`);
if (values.out) {
  writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`report written to ${values.out}\n`);
}
process.exit(exitCode);

function formatTable(r: typeof report): string {
  const v = (x: number | null | undefined, unit = '') =>
    x === null || x === undefined ? '—' : `${x.toLocaleString('en')}${unit}`;
  const rows: [string, string][] = [
    ['machine', `${r.machine.cpus} cpus, ${r.machine.memGiB} GiB`],
    ['data', `${r.offers.toLocaleString('en')} offers, ${r.demands.toLocaleString('en')} demands (seed ${SEED})`],
    [
      'cold ingest',
      `${v(r.ingest.postingsPerSecond, ' postings/s')}; searchable in ${v(r.ingest.seconds, ' s')} ` +
        `(import ${v(r.ingest.importSeconds, ' s')}; indexed + matched ${v(r.ingest.indexedAndMatchedSeconds, ' s')})`,
    ],
    [
      'full rematch',
      `${v(r.fullRematch.seconds, ' s')}; ${v(r.fullRematch.pairsScoredPerSecond, ' pairs/s')} (${v(r.fullRematch.pairsScored)} pairs)`,
    ],
    [
      'brute force',
      `${v(r.bruteForce.seconds, ' s')} (${v(r.bruteForce.demandsScored)} demands × all offers); engine recall@50 ${v(r.bruteForce.recallAt50OfEngine)}` +
        (r.bruteForce.seconds && r.fullRematch.seconds
          ? `; ${(r.bruteForce.seconds / r.fullRematch.seconds).toFixed(1)}× the rematch`
          : ''),
    ],
    [
      'incremental',
      `p50 ${v(r.incremental.p50ms, ' ms')}, p95 ${v(r.incremental.p95ms, ' ms')} at ${v(r.incremental.ratePerSecond, '/s')}`,
    ],
    [
      'match-list api',
      `p50 ${v(r.matchListApi.p50ms, ' ms')}, p95 ${v(r.matchListApi.p95ms, ' ms')}, ${v(r.matchListApi.requestsPerSecond, ' req/s')} ` +
        `at concurrency ${v(r.matchListApi.concurrency)}`,
    ],
    [
      'search (x-lingual)',
      `p50 ${v(r.search.p50ms, ' ms')}, p95 ${v(r.search.p95ms, ' ms')}, ${v(r.search.requestsPerSecond, ' req/s')} at concurrency ${SEARCH_CONCURRENCY}`,
    ],
    [
      'peak RSS',
      `api ${v(r.peakRssMiB.api, ' MiB')}, worker ${v(r.peakRssMiB.worker, ' MiB')}, elasticsearch ${v(r.peakRssMiB.elasticsearch, ' MiB')}`,
    ],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return [
    ...rows.map(([k, text]) => `${k.padEnd(width)}  ${text}`),
    '',
    'notes:',
    ...r.notes.map((n) => `- ${n}`),
  ].join('\n');
}
