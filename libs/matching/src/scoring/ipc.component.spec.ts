import { ipcScore } from './ipc.component.ts';
import { features } from './posting-features.fixture.ts';
import { DEFAULT_SCORING_CONFIG as config } from './scoring.config.ts';

describe('ipcScore', () => {
  const score = (
    offer: { ipc?: string[]; ipcInferred?: string[] },
    demand: { ipc?: string[]; ipcInferred?: string[] },
  ) => ipcScore(features('offer', offer), features('demand', demand), config);

  it.each([
    ['H01M 10/54', 'H01M10/54', 1],
    ['H01M 10/54', 'H01M 10/0525', 0.8],
    ['H01M 10/54', 'H01M 10/00', 0.8],
    ['H01M 10/54', 'H01M 4/58', 0.6],
    ['H01M 10/54', 'H01G', 0.3],
    ['H01M 10/54', 'H02S', 0.1],
    ['H01M 10/54', 'C01B 32/05', 0],
  ])('%s vs %s → %d', (a, b, expected) => {
    expect(score({ ipc: [a] }, { ipc: [b] }).value).toBeCloseTo(expected, 10);
  });

  it('takes the best pair among several codes', () => {
    const result = score({ ipc: ['B09B 3/00', 'H01M 10/54'] }, { ipc: ['C22B 7/00', 'H01M 10/54'] });
    expect(result.value).toBe(1);
    expect(result.evidence.pairs[0]).toEqual({
      offerCode: 'H01M 10/54',
      demandCode: 'H01M 10/54',
      commonPrefix: 'H01M 10/54',
      depth: 5,
      level: 'group',
      inferred: { offer: false, demand: false },
      value: 1,
    });
  });

  it('discounts inferred codes once per inferred side', () => {
    const f = config.ipc.inferredFactor;
    expect(score({ ipcInferred: ['H01M'] }, { ipc: ['H01M'] }).value).toBeCloseTo(0.6 * f, 10);
    expect(score({ ipcInferred: ['H01M'] }, { ipcInferred: ['H01M'] }).value).toBeCloseTo(0.6 * f * f, 10);
    const result = score({ ipcInferred: ['H01M'] }, { ipc: ['H01M 10/54'] });
    expect(result.evidence.pairs[0]).toMatchObject({
      commonPrefix: 'H01M',
      level: 'subclass',
      inferred: { offer: true, demand: false },
    });
  });

  it('prefers a declared code to the same code inferred, and a deep declared pair to a deeper inferred one', () => {
    expect(score({ ipc: ['H01M'], ipcInferred: ['H01M'] }, { ipc: ['H01M'] }).value).toBeCloseTo(0.6, 10);
    // Declared subclass agreement (0.6) beats an inferred group agreement (1 × 0.6 × 0.6 = 0.36).
    const result = score(
      { ipc: ['H01M 4/58'], ipcInferred: ['H01M 10/54'] },
      { ipc: ['H01M 4/58'], ipcInferred: ['H01M 10/54'] },
    );
    expect(result.value).toBe(1);
  });

  it('ignores malformed codes and is 0 without codes', () => {
    expect(score({ ipc: ['battery', 'H01M 10/'] }, { ipc: ['H01M 10/54'] }).value).toBe(0);
    expect(score({}, { ipc: ['H01M'] })).toEqual({ value: 0, evidence: { pairs: [] } });
  });

  it('lists one best pair per offer code, best first, capped', () => {
    const offerCodes = ['A01B', 'B01B', 'C01B', 'D01B', 'E01B', 'F01B', 'H01M 10/54'];
    const result = score({ ipc: offerCodes }, { ipc: [...offerCodes, 'H01M 10/00'] });
    expect(result.evidence.pairs).toHaveLength(config.explanation.maxIpc);
    expect(result.evidence.pairs[0]!.offerCode).toBe('H01M 10/54');
    expect(new Set(result.evidence.pairs.map((p) => p.offerCode)).size).toBe(config.explanation.maxIpc);
  });
});
