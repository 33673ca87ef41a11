/**
 * The evaluation harness: `npm run eval -- --data DIR [--out FILE]`.
 *
 * Loads a dataset in the interchange format into an isolated namespace (own schema, index prefix,
 * queue prefix), runs the real pipeline end to end with the built apps (CLI import → outbox →
 * worker: index → match), reads each demand's ranked offers from the match lists, runs the two
 * Elasticsearch baselines on the same data in the same run, prints the tables, writes the JSON
 * report and removes the namespace. Exit 0 when the run completed.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { waitUntilIdle } from '../pipeline/drain.ts';
import { built, migrate, newNamespace, removeNamespace } from '../pipeline/namespace.ts';
import { runCli, startWorker, stop } from '../pipeline/processes.ts';
import { runBaselines } from './baselines.ts';
import { judgementsOf, loadDataset, summarizeDataset } from './dataset.ts';
import { evaluateSystem } from './metrics.ts';
import { buildReport, formatReport, systemReport } from './report.ts';

const { values } = parseArgs({
  options: { data: { type: 'string' }, out: { type: 'string' }, keep: { type: 'boolean', default: false } },
});
if (!values.data) {
  process.stderr.write('usage: npm run eval -- --data DIR [--out FILE]\n');
  process.exit(64);
}
for (const app of ['api', 'worker', 'cli'] as const) {
  if (!existsSync(built(app))) throw new Error(`${built(app)} is missing: run \`npm run build\``);
}

const dataDir = resolve(values.data);
const dataset = loadDataset(dataDir);
const judgements = judgementsOf(dataset);
const ns = newNamespace('eval');
const log = (line: string) => process.stderr.write(`[eval] ${line}\n`);
log(`namespace ${ns.name}: ${dataset.offers.length} offers, ${dataset.demands.length} demands`);

let worker: ReturnType<typeof startWorker> | undefined;
const scratch = mkdtempSync(join(tmpdir(), 'ttm-eval-'));
try {
  migrate(ns);
  const started = Date.now();
  worker = startWorker(ns);
  // Rows as given (the loader has validated them); the importer applies its own validation too.
  const file = (name: string, rows: readonly object[]) => {
    const path = join(scratch, name);
    writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    return path;
  };
  log(await runCli(ns, ['import', 'offers', file('offers.jsonl', dataset.offers), '--source', 'eval']));
  log(await runCli(ns, ['import', 'demands', file('demands.jsonl', dataset.demands), '--source', 'eval']));
  await waitUntilIdle(ns);
  const engineSeconds = (Date.now() - started) / 1_000;
  const rankings = await engineRankings();
  log(`engine: pipeline idle after ${engineSeconds.toFixed(1)} s`);

  const baselines = await runBaselines(dataset.offers, dataset.demands, {
    url: ns.config.elasticsearch.url,
    indexPrefix: ns.config.elasticsearch.indexPrefix,
    requestTimeoutMs: ns.config.elasticsearch.requestTimeoutMs,
  });
  const report = buildReport({
    dataset: summarizeDataset(dataset),
    systems: {
      engine: systemReport(evaluateSystem(judgements, rankings), engineSeconds, {
        pipeline: 'import → outbox → worker (index, match) → match lists in PostgreSQL',
      }),
      mlt: systemReport(evaluateSystem(judgements, baselines.mlt.rankings), baselines.mlt.seconds, {}),
      bm25: systemReport(evaluateSystem(judgements, baselines.bm25.rankings), baselines.bm25.seconds, {}),
    },
    notes: [
      `data: ${dataDir}`,
      'engine seconds: whole pipeline (import, indexing, matching of every posting); baseline seconds: their queries only',
      `baselines index built in ${baselines.indexing.seconds.toFixed(2)} s`,
    ],
  });
  process.stdout.write(`${formatReport(report)}\n`);
  if (values.out) {
    writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`report written to ${values.out}\n`);
  }
} finally {
  await stop(worker);
  rmSync(scratch, { recursive: true, force: true });
  if (!values.keep) await removeNamespace(ns);
}

/** Each demand's offers as the engine ranks them (its persisted list), by external id. */
async function engineRankings(): Promise<Map<string, string[]>> {
  const db = new pg.Client({ connectionString: ns.config.database.url });
  await db.connect();
  try {
    const { rows } = await db.query<{ demand: string; offer: string }>(
      `SELECT d.external_id AS demand, o.external_id AS offer
         FROM "${ns.name}".posting_match m
         JOIN "${ns.name}".demand d ON d.id = m.demand_id
         JOIN "${ns.name}".offer o ON o.id = m.offer_id
        ORDER BY d.external_id, m.score DESC, o.external_id`,
    );
    const out = new Map<string, string[]>();
    for (const row of rows) out.set(row.demand, [...(out.get(row.demand) ?? []), row.offer]);
    return out;
  } finally {
    await db.end();
  }
}
