/**
 * Temporary (to be folded into the evaluation runner): loads a dataset, runs the two Elasticsearch
 * baselines on it, prints the tables with the engine absent, and writes the JSON report if asked.
 *
 *   npx node --experimental-transform-types --disable-warning=ExperimentalWarning \
 *     scripts/eval/baselines-only.ts [--data DIR] [--prefix PREFIX] [--out FILE]
 *
 * `--data` defaults to ../shared/eval/dev; `--prefix` (the index prefix) to `evalkit-<random>`;
 * Elasticsearch is the one the configuration names (ELASTICSEARCH_URL).
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppConfig } from '../../libs/config/src/app-config.ts';
import { runBaselines } from './baselines.ts';
import { judgementsOf, loadDataset, summarizeDataset } from './dataset.ts';
import { evaluateSystem } from './metrics.ts';
import { buildReport, formatReport, systemReport } from './report.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: fileURLToPath(new URL('../../../shared/eval/dev', import.meta.url)) },
    prefix: { type: 'string', default: `evalkit-${randomBytes(4).toString('hex')}` },
    out: { type: 'string' },
  },
});

const config = AppConfig.load(undefined, 'cli');
const dataset = loadDataset(values.data!);
const judgements = judgementsOf(dataset);
const results = await runBaselines(dataset.offers, dataset.demands, {
  url: config.elasticsearch.url,
  indexPrefix: values.prefix!,
  requestTimeoutMs: config.elasticsearch.requestTimeoutMs,
});
const indexing = { indexSeconds: Math.round(results.indexing.seconds * 1000) / 1000 };
const report = buildReport({
  dataset: summarizeDataset(dataset),
  systems: {
    engine: null,
    mlt: systemReport(evaluateSystem(judgements, results.mlt.rankings), results.mlt.seconds, indexing),
    bm25: systemReport(evaluateSystem(judgements, results.bm25.rankings), results.bm25.seconds, indexing),
  },
  notes: [
    'engine not run (baselines only)',
    `baselines: index ${results.indexing.index} built in ${indexing.indexSeconds} s (not in their seconds), then deleted`,
  ],
});
process.stdout.write(`${formatReport(report)}\n`);
if (values.out) {
  writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`report written to ${values.out}\n`);
}
