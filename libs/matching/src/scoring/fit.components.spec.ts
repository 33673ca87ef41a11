import type { PostingFeatures } from '@ttm/search';
import { budgetFit, expiryMoment, freshnessFit, geographyFit, modeFit, trlFit } from './fit.components.ts';
import { features } from './posting-features.fixture.ts';
import { DEFAULT_SCORING_CONFIG as config } from './scoring.config.ts';

const pair = (offer: Partial<PostingFeatures>, demand: Partial<PostingFeatures>) =>
  [features('offer', offer), features('demand', demand)] as const;

describe('trlFit', () => {
  const trl = (offerTrl: number | null, min: number | null) =>
    trlFit(...pair({ trl: offerTrl }, { trlMin: min }), config);

  it.each([
    [9, 6, 1],
    [6, 6, 1],
    [5, 6, 0.6],
    [4, 6, 0.3],
    [3, 6, 0.1],
    [1, 9, 0.1],
  ])('offer TRL %d against minimum %d → %d', (offerTrl, min, expected) => {
    expect(trl(offerTrl, min).value).toBe(expected);
  });

  it('is neutral when either is unknown', () => {
    expect(trl(null, 6).value).toBe(0.7);
    expect(trl(5, null).value).toBe(0.7);
    expect(trl(null, null).evidence).toMatchObject({ code: 'trl_unknown', params: {} });
  });

  it('says how far below the minimum the offer is', () => {
    expect(trl(4, 6).evidence).toEqual({
      code: 'trl_below_minimum',
      message: 'Offer at TRL 4 is 2 levels below the demand’s minimum of TRL 6.',
      params: { trl: 4, min: 6, gap: 2 },
    });
    expect(trl(7, 6).evidence).toMatchObject({ code: 'trl_meets_minimum', params: { trl: 7, min: 6 } });
  });
});

describe('modeFit', () => {
  const modes = (offer: string[], demand: string[]) =>
    modeFit(...pair({ cooperationModes: offer }, { cooperationModes: demand }), config);

  it('is 1 with a mode in common', () => {
    const result = modes(['licence', 'investment'], ['investment', 'joint_development']);
    expect(result.value).toBe(1);
    expect(result.evidence).toMatchObject({ code: 'modes_shared', params: { modes: ['investment'] } });
  });

  it('gives partial credit to close modes, in either direction', () => {
    expect(modes(['licence'], ['assignment']).value).toBe(0.8);
    expect(modes(['assignment'], ['licence']).value).toBe(0.8);
    expect(modes(['technical_service'], ['joint_development', 'investment'])).toMatchObject({
      value: 0.7,
      evidence: { code: 'modes_related', params: { offerMode: 'technical_service', demandMode: 'joint_development' } },
    });
  });

  it('is low when disjoint and neutral when a side is empty', () => {
    expect(modes(['licence'], ['equipment_supply']).value).toBe(0.2);
    expect(modes([], ['licence']).value).toBe(0.7);
    expect(modes(['licence'], []).evidence.code).toBe('modes_unknown');
  });
});

describe('budgetFit', () => {
  const budget = (price: number | null, max: number | null, confidential = { offer: false, demand: false }) =>
    budgetFit(
      ...pair(
        { amountUsd: price, amountConfidential: confidential.offer },
        { amountUsd: max, amountConfidential: confidential.demand },
      ),
      config,
    );

  it.each([
    [0, 100_000, 1],
    [100_000, 100_000, 1],
    [150_000, 100_000, 0.6],
    [150_001, 100_000, 0.3],
    [300_000, 100_000, 0.3],
    [300_001, 100_000, 0.1],
  ])('price %d against budget %d → %d', (price, max, expected) => {
    expect(budget(price, max).value).toBe(expected);
  });

  it('is neutral when either amount is unknown (a zero budget is no budget)', () => {
    expect(budget(null, 100).value).toBe(0.7);
    expect(budget(100, null).evidence).toMatchObject({
      code: 'price_or_budget_unknown',
      params: { missing: 'budget' },
    });
    expect(budget(100, 0).value).toBe(0.7);
  });

  it('states the figures when neither side is confidential', () => {
    expect(budget(180_000, 120_000).evidence).toEqual({
      code: 'price_above_budget',
      message: 'The asking price (USD 180,000) is 1.5× the budget (USD 120,000).',
      params: { price: 180_000, budget: 120_000, ratio: 1.5 },
    });
  });

  it('states no figure at all when either side is confidential', () => {
    for (const confidential of [
      { offer: true, demand: false },
      { offer: false, demand: true },
    ]) {
      const above = budget(180_000, 120_000, confidential);
      expect(above.evidence).toEqual({
        code: 'price_above_budget',
        message: 'The asking price is above the budget.',
        params: {},
      });
      const within = budget(90_000, 120_000, confidential);
      expect(within.evidence).toEqual({
        code: 'price_within_budget',
        message: 'The asking price is within the budget.',
        params: {},
      });
      expect(JSON.stringify([above, within])).not.toMatch(/180|120|90|1\.5/);
    }
  });
});

describe('geographyFit', () => {
  const geo = (offer: Partial<PostingFeatures>, demand: Partial<PostingFeatures>) =>
    geographyFit(...pair(offer, demand), config);

  it('is best when the offer targets the demand’s country, neutral when it targets anywhere', () => {
    expect(geo({ targetCountries: ['KE', 'TZ'] }, { country: 'ke' }).value).toBe(1);
    expect(geo({ targetCountries: [] }, { country: 'KE' })).toMatchObject({
      value: 0.85,
      evidence: [{ code: 'country_open' }],
    });
    expect(geo({ targetCountries: ['KE'] }, { country: '' }).value).toBe(0.85);
  });

  it('lowers, without zeroing, a demand from a country the offer does not target', () => {
    expect(geo({ targetCountries: ['KE'] }, { country: 'BR' })).toEqual({
      value: 0.4,
      evidence: [
        {
          code: 'country_not_targeted',
          message: 'The offer targets KE, not the demand’s country (BR).',
          params: { country: 'BR', targets: ['KE'] },
        },
      ],
    });
  });

  it('adds the demand’s preference for the offer’s country, or its absence', () => {
    const preferred = geo({ country: 'CN' }, { country: 'KE', targetCountries: ['CN', 'IN'] });
    expect(preferred.value).toBe(1);
    expect(preferred.evidence.map((n) => n.code)).toEqual(['country_open', 'country_preferred']);
    const notPreferred = geo({ country: 'RU', targetCountries: ['KE'] }, { country: 'KE', targetCountries: ['CN'] });
    expect(notPreferred.value).toBeCloseTo(0.85, 10);
    expect(notPreferred.evidence.map((n) => n.code)).toEqual(['country_targeted', 'country_not_preferred']);
    expect(
      geo({ country: 'RU', targetCountries: ['KE'] }, { country: 'BR', targetCountries: ['CN'] }).value,
    ).toBeCloseTo(0.25, 10);
  });
});

describe('freshnessFit', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  const fresh = (offerAt: string | null, demandAt: string | null) =>
    freshnessFit(...pair({ publishedAt: offerAt }, { publishedAt: demandAt }), config, now);

  it('halves every half-life, on the older posting', () => {
    expect(fresh('2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z').value).toBe(1);
    expect(fresh('2025-01-01T00:00:00Z', '2025-12-01T00:00:00Z').value).toBeCloseTo(0.5, 10);
    expect(fresh('2025-12-01T00:00:00Z', '2024-01-01T00:00:00Z')).toMatchObject({
      value: expect.closeTo(0.5 ** (731 / 365), 10),
      evidence: { code: 'published_age', params: { days: 731, older: 'demand' } },
    });
  });

  it('uses the one known date, is neutral with none, and counts a future date as today', () => {
    expect(fresh(null, '2025-01-01T00:00:00Z').value).toBeCloseTo(0.5, 10);
    expect(fresh(null, 'not a date').value).toBe(0.7);
    expect(fresh('2027-01-01T00:00:00Z', null).value).toBe(1);
  });

  it('depends on `now`, not on the clock', () => {
    const at = (iso: string) =>
      freshnessFit(...pair({ publishedAt: '2025-01-01T00:00:00Z' }, {}), config, new Date(iso)).value;
    expect(at('2025-01-01T00:00:00Z')).toBe(1);
    expect(at('2027-01-01T00:00:00Z')).toBeCloseTo(0.25, 2);
  });
});

describe('expiryMoment', () => {
  it('lets a date last its whole day (UTC) and reads timestamps as they are', () => {
    expect(expiryMoment('2025-06-30')).toBe(Date.parse('2025-07-01T00:00:00Z'));
    expect(expiryMoment('2025-06-30T12:00:00Z')).toBe(Date.parse('2025-06-30T12:00:00Z'));
    expect(expiryMoment(null)).toBeUndefined();
    expect(expiryMoment('soon')).toBeUndefined();
  });
});
