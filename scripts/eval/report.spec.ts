import type { DatasetSummary } from './dataset.ts';
import { evaluateSystem, type Judgements } from './metrics.ts';
import { buildReport, formatReport, systemReport } from './report.ts';

const judgements: Judgements = {
  qrels: new Map([
    [
      'd1',
      new Map([
        ['o-en', 3],
        ['o-zh', 2],
      ]),
    ],
  ]),
  offerLanguage: new Map([
    ['o-en', 'en'],
    ['o-zh', 'zh'],
    ['o-ru', 'ru'],
  ]),
  demandLanguage: new Map([['d1', 'en']]),
};
const dataset: DatasetSummary = {
  offers: 3,
  demands: 1,
  judgedPairs: 2,
  judgedPairsByGrade: { '3': 1, '2': 1, '1': 0, '0': 0 },
  sameLanguageJudgedPairs: 1,
  crossLanguageJudgedPairs: 1,
  offerLanguages: { en: 1, ru: 1, zh: 1 },
  demandLanguages: { en: 1 },
};

// mlt ranks the grade-3 offer third (behind an unjudged one and the grade-2 one); bm25 gets it right.
const mlt = systemReport(evaluateSystem(judgements, new Map([['d1', ['o-ru', 'o-zh', 'o-en']]])), 1.23416, {
  indexSeconds: 0.5,
});
const bm25 = systemReport(evaluateSystem(judgements, new Map([['d1', ['o-en', 'o-zh', 'o-ru']]])), 0.5);

describe('the evaluation report', () => {
  const report = buildReport({ dataset, systems: { mlt, bm25 } });

  it("has the README's shape: dataset counts, and per system overall/same/cross/byLanguagePair/seconds", () => {
    expect(report.dataset).toMatchObject({ offers: 3, demands: 1, judgedPairs: 2 });
    expect(report.metrics.gain).toBe('linear');
    expect(Object.keys(report.systems)).toEqual(['engine', 'mlt', 'bm25']);
    expect(report.systems.engine).toBeNull();
    for (const system of [report.systems.mlt!, report.systems.bm25!]) {
      for (const scope of ['overall', 'sameLanguage', 'crossLanguage'] as const)
        expect(Object.keys(system[scope])).toEqual(['ndcg@10', 'recall@10', 'mrr', 'p@5']);
      expect(Object.keys(system.byLanguagePair)).toEqual(['en->en', 'en->zh']);
      expect(system.byLanguagePair['en->zh']).toEqual({ 'ndcg@10': expect.any(Number), demands: 1 });
    }
    expect(report.systems.mlt).toMatchObject({ seconds: 1.234, indexSeconds: 0.5 });
    expect(report.systems.bm25!.overall).toEqual({ 'ndcg@10': 1, 'recall@10': 1, mrr: 1, 'p@5': 0.4 });
  });

  it('rounds figures to 4 decimals and keeps undefined ones null', () => {
    // mlt overall: grades 0, 2, 3 → (2/log2(3) + 3/2) / (3 + 2/log2(3)) = 0.64804…
    expect(report.systems.mlt!.overall['ndcg@10']).toBe(0.648);
    expect(report.systems.mlt!.overall.mrr).toBe(0.3333);
    // The only grade-3 offer is in the demand's language: no cross-language MRR.
    expect(report.systems.mlt!.crossLanguage.mrr).toBeNull();
    expect(report.systems.mlt!.demandsAveraged.crossLanguage.mrr).toBe(0);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('prints one row per system and scope, and the language pairs side by side', () => {
    const text = formatReport(report);
    const lines = text.split('\n');
    const row = (start: string) =>
      lines
        .find((l) => l.startsWith(start))!
        .trim()
        .split(/\s+/);
    expect(row('engine')).toEqual(['engine', 'overall', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a']);
    expect(row('mlt')).toEqual(['mlt', 'overall', '0.648', '1.000', '0.333', '0.400', '1.23']);
    expect(row('bm25')).toEqual(['bm25', 'overall', '1.000', '1.000', '1.000', '0.400', '0.50']);
    const bm25At = lines.findIndex((l) => l.startsWith('bm25'));
    expect(lines[bm25At + 1]!.trim().split(/\s+/)).toEqual(['same', '1.000', '1.000', '1.000', '0.200']);
    expect(lines[bm25At + 2]!.trim().split(/\s+/)).toEqual(['cross', '0.631', '1.000', '-', '0.200']);
    expect(row('pair')).toEqual(['pair', 'demands', 'engine', 'mlt', 'bm25']);
    expect(row('en->en')).toEqual(['en->en', '1', 'n/a', '0.500', '1.000']);
    expect(row('en->zh')).toEqual(['en->zh', '1', 'n/a', '0.631', '0.631']);
    expect(text).toContain('nDCG gain: linear');
  });
});
