/**
 * The evaluation report: the JSON shape of /work/shared/eval/README.md ("Harness output"), with a
 * few more keys, and a compact text rendering of it for the terminal.
 *
 * Extra keys: `metrics` (how the figures are computed: linear gain, which demands each metric
 * averages), `dataset` counts by grade and language, and per system `demandsAveraged` (how many
 * demands each figure averages) plus whatever the caller adds (the baselines add their index time).
 * A system that did not run is `null`. Figures are rounded to 4 decimals; a figure no demand
 * qualifies for is `null`.
 *
 * A plain module (no decorators, no `@ttm` aliases) so that Node can run it directly.
 */
import type { DatasetSummary } from './dataset.ts';
import {
  GAIN,
  METRICS,
  type MetricName,
  type MetricSet,
  SCOPES,
  type Scope,
  type SystemEvaluation,
} from './metrics.ts';

export const SYSTEMS = ['engine', 'mlt', 'bm25'] as const;
export type SystemName = (typeof SYSTEMS)[number];

export type SystemReport = SystemEvaluation & { seconds: number } & Record<string, unknown>;

export interface EvalReport {
  dataset: DatasetSummary;
  metrics: {
    gain: typeof GAIN;
    cutoffs: { 'ndcg@10': 10; 'recall@10': 10; 'p@5': 5 };
    relevantGrade: number;
    solvingGrade: number;
    averagedOver: Record<MetricName, string>;
    languageSplit: string;
  };
  systems: Record<SystemName, SystemReport | null>;
  notes?: string[];
}

const DECIMALS = 4;

const round = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 10 ** DECIMALS) / 10 ** DECIMALS;

function roundSet(set: MetricSet): MetricSet {
  return Object.fromEntries(METRICS.map((m) => [m, round(set[m])])) as MetricSet;
}

/** A system's block: its evaluation, its seconds, and any extra keys (kept after the README's). */
export function systemReport(
  evaluation: SystemEvaluation,
  seconds: number,
  extra: Record<string, unknown> = {},
): SystemReport {
  return {
    overall: roundSet(evaluation.overall),
    sameLanguage: roundSet(evaluation.sameLanguage),
    crossLanguage: roundSet(evaluation.crossLanguage),
    byLanguagePair: Object.fromEntries(
      Object.entries(evaluation.byLanguagePair).map(([pair, r]) => [
        pair,
        { 'ndcg@10': round(r['ndcg@10']), demands: r.demands },
      ]),
    ),
    seconds: Math.round(seconds * 1000) / 1000,
    demandsAveraged: evaluation.demandsAveraged,
    ...extra,
  };
}

export function buildReport(input: {
  dataset: DatasetSummary;
  systems: Partial<Record<SystemName, SystemReport | null>>;
  notes?: string[];
}): EvalReport {
  return {
    dataset: input.dataset,
    metrics: {
      gain: GAIN,
      cutoffs: { 'ndcg@10': 10, 'recall@10': 10, 'p@5': 5 },
      relevantGrade: 2,
      solvingGrade: 3,
      averagedOver: {
        'ndcg@10': 'demands with a judged offer of grade >= 1',
        'recall@10': 'demands with an offer of grade >= 2',
        mrr: 'demands with an offer of grade 3 (others excluded, not counted as 0)',
        'p@5': 'demands with an offer of grade >= 2',
      },
      languageSplit:
        'same/cross: only the judgements of offers in the same/another language than the demand are kept ' +
        '(the others count as grade 0); rankings are not filtered',
    },
    systems: {
      engine: input.systems.engine ?? null,
      mlt: input.systems.mlt ?? null,
      bm25: input.systems.bm25 ?? null,
    },
    ...(input.notes?.length ? { notes: input.notes } : {}),
  };
}

const SCOPE_LABEL: Record<Scope, string> = { overall: 'overall', sameLanguage: 'same', crossLanguage: 'cross' };
const METRIC_LABEL: Record<MetricName, string> = {
  'ndcg@10': 'nDCG@10',
  'recall@10': 'R@10',
  mrr: 'MRR',
  'p@5': 'P@5',
};

const figure = (value: number | null | undefined) => (value === null || value === undefined ? '-' : value.toFixed(3));

/** Columns padded to their widest cell; the first `left` columns left-aligned, the others right-aligned. */
function table(header: string[], rows: string[][], left = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < left ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The report as two text tables: metrics per system and scope, then nDCG@10 per language pair. */
export function formatReport(report: EvalReport): string {
  const d = report.dataset;
  const out: string[] = [
    `dataset: ${d.offers} offers, ${d.demands} demands, ${d.judgedPairs} judged pairs ` +
      `(${d.sameLanguageJudgedPairs} same-language, ${d.crossLanguageJudgedPairs} cross-language); ` +
      `nDCG gain: ${report.metrics.gain}`,
    '',
  ];
  const rows: string[][] = [];
  for (const system of SYSTEMS) {
    const r = report.systems[system];
    for (const scope of SCOPES) {
      rows.push([
        scope === 'overall' ? system : '',
        SCOPE_LABEL[scope],
        ...METRICS.map((m) => (r ? figure(r[scope][m]) : 'n/a')),
        scope === 'overall' ? (r ? r.seconds.toFixed(2) : 'n/a') : '',
      ]);
    }
  }
  out.push(table(['system', 'scope', ...METRICS.map((m) => METRIC_LABEL[m]), 'seconds'], rows, 2));

  // The pairs (and their demand counts) come from the judgements, so every system has the same.
  const pairs = new Map<string, number>();
  for (const system of SYSTEMS)
    for (const [pair, r] of Object.entries(report.systems[system]?.byLanguagePair ?? {})) pairs.set(pair, r.demands);
  if (pairs.size) {
    out.push('', 'nDCG@10 by language pair (demand->offer)');
    out.push(
      table(
        ['pair', 'demands', ...SYSTEMS],
        [...pairs.keys()].sort().map((pair) => [
          pair,
          String(pairs.get(pair)),
          ...SYSTEMS.map((s) => {
            const r = report.systems[s];
            return r ? figure(r.byLanguagePair[pair]?.['ndcg@10']) : 'n/a';
          }),
        ]),
      ),
    );
  }
  const counts = SYSTEMS.map((s) => report.systems[s]?.demandsAveraged).find(Boolean);
  if (counts) {
    out.push(
      '',
      'demands averaged: ' +
        SCOPES.map(
          (s) => `${SCOPE_LABEL[s]} ${METRICS.map((m) => `${METRIC_LABEL[m]} ${counts[s][m]}`).join(', ')}`,
        ).join('; '),
    );
  }
  if (report.notes?.length) out.push('', ...report.notes.map((n) => `note: ${n}`));
  return out.join('\n');
}
