import { features } from './posting-features.fixture.ts';
import { DEFAULT_SCORING_CONFIG as config } from './scoring.config.ts';
import { techTokensScore, tokenKind } from './tech-tokens.component.ts';

describe('techTokensScore', () => {
  const score = (offer: Record<string, string>, demand: Record<string, string>) =>
    techTokensScore(features('offer', { techTokens: offer }), features('demand', { techTokens: demand }), config);

  it('reads the kind from the key prefix', () => {
    expect(
      [
        'std:iso:9001',
        'formula:lifepo4',
        'model:stm32f407',
        'acr:bms',
        'qty:temperature:400c',
        'term:lidar',
        'x:y',
        'plain',
      ].map(tokenKind),
    ).toEqual(['std', 'formula', 'model', 'acr', 'qty', 'term', 'other', 'other']);
  });

  it('is 0 without a shared token', () => {
    expect(score({ 'std:iso:9001': 'ISO 9001' }, { 'std:iso:14001': 'ISO 14001' })).toEqual({
      value: 0,
      evidence: { shared: [] },
    });
    expect(score({}, {}).value).toBe(0);
  });

  it('weighs standards, formulas and model numbers above acronyms, acronyms above quantities and Latin terms', () => {
    const one = (token: string) => score({ [token]: 'a' }, { [token]: 'b' }).value;
    const std = one('std:gb:32960');
    expect(one('model:stm32f407')).toBe(std);
    expect(one('formula:lifepo4')).toBeGreaterThan(one('acr:bms'));
    expect(one('acr:bms')).toBeGreaterThan(one('qty:temperature:400c'));
    expect(one('acr:bms')).toBeGreaterThan(one('term:lidar'));
    expect(std).toBeGreaterThan(0.5);
    expect(one('qty:temperature:400c')).toBeLessThan(0.25);
  });

  it('saturates below 1', () => {
    const tokens = Object.fromEntries(
      ['std:iso:9001', 'std:iec:62133', 'formula:lifepo4', 'model:a320', 'acr:bms'].map((t) => [t, t]),
    );
    const value = score(tokens, tokens).value;
    expect(value).toBeGreaterThan(0.95);
    expect(value).toBeLessThan(1);
    expect(
      score({ 'std:iso:9001': 'x', 'std:iec:62133': 'x' }, { 'std:iso:9001': 'x', 'std:iec:62133': 'x' }).value,
    ).toBeLessThan(value);
  });

  it('shows both surfaces of each shared token, strongest first', () => {
    const result = score(
      { 'acr:bms': 'BMS', 'std:gost:r:52350': 'ГОСТ Р 52350', 'formula:lifepo4': 'LiFePO4' },
      { 'acr:bms': 'BMS', 'formula:lifepo4': 'LiFePO₄', 'std:gb:t:31485': 'GB/T 31485' },
    );
    expect(result.evidence.shared).toEqual([
      { token: 'formula:lifepo4', kind: 'formula', offerSurface: 'LiFePO4', demandSurface: 'LiFePO₄', weight: 0.9 },
      { token: 'acr:bms', kind: 'acr', offerSurface: 'BMS', demandSurface: 'BMS', weight: 0.5 },
    ]);
  });
});
