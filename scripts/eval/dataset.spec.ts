import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatasetError, type DatasetProblem, judgementsOf, loadDataset, summarizeDataset } from './dataset.ts';

const offer = (id: string, language: string, extra: Record<string, unknown> = {}) => ({
  externalId: id,
  title: `Offer ${id}`,
  summary: 'A summary.',
  description: 'A description.',
  language,
  country: 'CN',
  organization: { name: 'Institute', type: 'research_institute' },
  trl: 6,
  ipcCodes: ['H01M 10/54'],
  cooperationModes: ['licence'],
  keywords: ['battery'],
  askingPrice: { amount: 100000, currency: 'CNY' },
  ...extra,
});

const demand = (id: string, language: string, extra: Record<string, unknown> = {}) => ({
  externalId: id,
  title: `Demand ${id}`,
  summary: 'What we need.',
  description: 'More about it.',
  language,
  country: 'BR',
  organization: { name: 'Company', type: 'company' },
  desiredTrlMin: 5,
  ipcCodes: [],
  cooperationModes: ['licence', 'joint_development'],
  keywords: ['bateria'],
  budget: null,
  deadline: '2026-12-31',
  ...extra,
});

const without = (row: Record<string, unknown>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(row).filter(([key]) => !keys.includes(key)));
const jsonl = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
const QRELS = 'demandId\tofferId\tgrade\nd1\to1\t3\nd1\to2\t0\nd2\to2\t2\n';

describe('loadDataset', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ttm-evalkit-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (files: { offers?: string; demands?: string; qrels?: string }) => {
    if (files.offers !== undefined) writeFileSync(join(dir, 'offers.jsonl'), files.offers);
    if (files.demands !== undefined) writeFileSync(join(dir, 'demands.jsonl'), files.demands);
    if (files.qrels !== undefined) writeFileSync(join(dir, 'qrels.tsv'), files.qrels);
  };
  const good = {
    offers: jsonl([offer('o1', 'zh'), offer('o2', 'en')]),
    demands: jsonl([demand('d1', 'pt'), demand('d2', 'en')]),
    qrels: QRELS,
  };
  const problemsOf = (files: { offers?: string; demands?: string; qrels?: string }): DatasetProblem[] => {
    write(files);
    try {
      loadDataset(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError);
      return (error as DatasetError).problems;
    }
    throw new Error('the dataset loaded');
  };

  it('reads a well-formed dataset: rows, judgements, counts', () => {
    write(good);
    const dataset = loadDataset(dir);
    expect(dataset.offers.map((o) => o.externalId)).toEqual(['o1', 'o2']);
    expect(dataset.demands[0]).toMatchObject({ externalId: 'd1', language: 'pt', deadline: '2026-12-31' });
    expect(dataset.qrels).toEqual([
      { demandId: 'd1', offerId: 'o1', grade: 3 },
      { demandId: 'd1', offerId: 'o2', grade: 0 },
      { demandId: 'd2', offerId: 'o2', grade: 2 },
    ]);
    const judgements = judgementsOf(dataset);
    expect(judgements.qrels.get('d1')).toEqual(
      new Map([
        ['o1', 3],
        ['o2', 0],
      ]),
    );
    expect(judgements.offerLanguage.get('o1')).toBe('zh');
    expect(summarizeDataset(dataset)).toMatchObject({
      offers: 2,
      demands: 2,
      judgedPairs: 3,
      judgedPairsByGrade: { '3': 1, '2': 1, '1': 0, '0': 1 },
      sameLanguageJudgedPairs: 1,
      crossLanguageJudgedPairs: 2,
    });
  });

  it('accepts CRLF line ends, a byte-order mark, blank lines, and absent price, budget, deadline and IPC codes', () => {
    const bare = without(offer('o2', 'en'), 'askingPrice', 'ipcCodes');
    const bareDemand = without(demand('d2', 'en'), 'budget', 'deadline');
    write({
      offers: '\uFEFF' + jsonl([offer('o1', 'zh'), bare]).replace(/\n/g, '\r\n') + '\r\n',
      demands: jsonl([demand('d1', 'pt'), bareDemand]),
      qrels: QRELS.replace(/\n/g, '\r\n'),
    });
    const dataset = loadDataset(dir);
    expect(dataset.offers[1]).toMatchObject({ askingPrice: null, ipcCodes: [] });
    expect(dataset.demands[1]).toMatchObject({ budget: null, deadline: null });
    expect(dataset.qrels).toHaveLength(3);
  });

  it('names the file, line and field of every malformed row', () => {
    const problems = problemsOf({
      offers: jsonl([
        offer('o1', 'zh'),
        offer('o2', 'en', { organization: { name: 'X', type: 'garage' }, trl: 12 }),
        offer('o3', 'English'),
      ]).replace('\n', '\n{"externalId": "broken",\n'),
      demands: jsonl([
        demand('d1', 'pt', { title: '' }),
        demand('d2', 'en', { deadline: '2026-02-30x' }),
        demand('d3', 'en', { deadline: '2026-02-30' }),
      ]),
      qrels: QRELS,
    });
    const brief = problems.map((p) => `${p.file}:${p.line} ${p.field}`);
    expect(brief).toEqual([
      'offers.jsonl:2 ',
      'offers.jsonl:3 organization.type',
      'offers.jsonl:3 trl',
      'offers.jsonl:4 language',
      'demands.jsonl:1 title',
      'demands.jsonl:2 deadline',
      'demands.jsonl:3 deadline',
    ]);
    expect(problems[0]!.message).toMatch(/^not JSON/);
    expect(problems.at(-1)!.message).toBe('not a calendar date');
  });

  it('refuses repeated ids and a missing required field', () => {
    const untitled = without(offer('o3', 'en'), 'title');
    const problems = problemsOf({
      ...good,
      offers: jsonl([offer('o1', 'zh'), offer('o2', 'en'), offer('o1', 'ru'), untitled]),
    });
    expect(problems).toEqual([
      { file: 'offers.jsonl', line: 3, field: 'externalId', message: '"o1" repeats line 1' },
      expect.objectContaining({ file: 'offers.jsonl', line: 4, field: 'title' }),
    ]);
  });

  it('checks the judgements: header, field count, grade, known ids, one judgement a pair', () => {
    expect(problemsOf({ ...good, qrels: 'demand\toffer\tgrade\n' })).toEqual([
      expect.objectContaining({ file: 'qrels.tsv', line: 1, message: expect.stringContaining('header') }),
    ]);
    const problems = problemsOf({
      ...good,
      qrels: 'demandId\tofferId\tgrade\nd1\to1\t3\nd1\to1\nd1\to9\t2\nd7\to2\t1\nd2\to2\t4\nd1\to1\t2\n',
    });
    expect(problems.map((p) => `${p.line} ${p.field}: ${p.message}`)).toEqual([
      '3 : 3 tab-separated fields expected, found 2',
      '4 offerId: "o9" is not in offers.jsonl',
      '5 demandId: "d7" is not in demands.jsonl',
      '6 grade: "4" is not one of 0, 1, 2, 3',
      '7 : the pair d1 / o1 is judged again (first on line 2)',
    ]);
  });

  it('reports missing files and an empty one, and says where in its message', () => {
    write({ offers: '\n', demands: good.demands });
    let error: DatasetError | undefined;
    try {
      loadDataset(dir);
    } catch (e) {
      error = e as DatasetError;
    }
    expect(error?.problems).toEqual([
      { file: 'offers.jsonl', line: 0, field: '', message: 'holds no rows' },
      expect.objectContaining({ file: 'qrels.tsv', line: 0, message: expect.stringMatching(/^missing/) }),
    ]);
    expect(error?.message).toContain('offers.jsonl: holds no rows');
  });
});
