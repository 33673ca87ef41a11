import { loadThesaurus } from '@ttm/language';
import type { PostingFeatures } from '@ttm/search';
import { conceptGraphFromThesaurus } from '@ttm/language';
import { combineScores, scorePair } from './pair.scorer.ts';
import { features, mention } from './posting-features.fixture.ts';
import { DEFAULT_SCORING_CONFIG as config } from './scoring.config.ts';
import type { ComponentScores } from './scoring.types.ts';

const thesaurus = loadThesaurus().concepts;
const graph = conceptGraphFromThesaurus(thesaurus);
const now = new Date('2025-09-01T00:00:00Z');

const LFP = 'energy.storage.battery.lithium_ion.lfp';
const LI = 'energy.storage.battery.lithium_ion';
const RECYCLING = 'energy.storage.battery.recycling';

/** A Russian offer and a Chinese demand about recycling LFP batteries: no word in common, the same subject. */
function crossLanguagePair(): [PostingFeatures, PostingFeatures] {
  const offer = features('offer', {
    id: 'offer-ru',
    language: 'ru',
    terms: { переработк: 3, аккумулятор: 4, литий: 2, катод: 2, извлечен: 1, технолог: 1 },
    concepts: {
      [RECYCLING]: mention(1, 'переработка аккумуляторов'),
      [LFP]: mention(0.9, 'LiFePO4'),
      [LI]: mention(0.6, 'литий-ионных батарей'),
    },
    ipcInferred: ['H01M 10/54'],
    techTokens: { 'formula:lifepo4': 'LiFePO4' },
    trl: 6,
    cooperationModes: ['licence'],
    country: 'RU',
    publishedAt: '2025-06-01T00:00:00Z',
  });
  const demand = features('demand', {
    id: 'demand-zh',
    language: 'zh',
    terms: { 回收: 3, 磷酸铁锂: 2, 电池: 4, 正极: 1 },
    concepts: {
      [RECYCLING]: mention(1, '废旧锂电池回收'),
      [LFP]: mention(1, '磷酸铁锂'),
      [LI]: mention(0.5, '锂电池'),
    },
    ipc: ['H01M 10/54'],
    ipcInferred: ['H01M 10/54'],
    techTokens: { 'formula:lifepo4': 'LiFePO4' },
    trlMin: 6,
    cooperationModes: ['licence', 'joint_development'],
    country: 'CN',
    publishedAt: '2025-07-01T00:00:00Z',
  });
  return [offer, demand];
}

/** Two English postings on different subjects that share only generic words and the root "energy". */
function genericSameLanguagePair(): [PostingFeatures, PostingFeatures] {
  const generic = { technolog: 2, system: 2, develop: 1, method: 1, improv: 1, effici: 1, energi: 2 };
  const offer = features('offer', {
    id: 'offer-en',
    terms: { ...generic, turbin: 3, blade: 2, offshor: 1 },
    concepts: { energy: mention(0.5, 'energy'), 'energy.wind': mention(1, 'wind turbine') },
    trl: 6,
    cooperationModes: ['licence'],
    publishedAt: '2025-06-01T00:00:00Z',
  });
  const demand = features('demand', {
    id: 'demand-en',
    terms: { ...generic, greenhous: 3, heat: 2, crop: 1 },
    concepts: { energy: mention(0.5, 'energy'), 'agriculture.irrigation': mention(1, 'irrigation') },
    trlMin: 6,
    cooperationModes: ['licence'],
    publishedAt: '2025-07-01T00:00:00Z',
  });
  return [offer, demand];
}

describe('combineScores', () => {
  const components: ComponentScores = {
    lexical: 0.2,
    concepts: 0.9,
    ipc: 0.6,
    techTokens: 0.5,
    trl: 1,
    mode: 0.7,
    budget: 0.7,
    geography: 0.85,
    freshness: 0.5,
  };

  it('takes weighted means and lets a poor fit lower, never zero, the score', () => {
    const { relevance, fit, score } = combineScores(components, { lexical: true, ipc: true }, config);
    expect(relevance).toBeCloseTo(0.2 * 0.2 + 0.45 * 0.9 + 0.2 * 0.6 + 0.15 * 0.5, 10);
    expect(fit).toBeCloseTo(0.3 * 1 + 0.2 * 0.7 + 0.2 * 0.7 + 0.15 * 0.85 + 0.15 * 0.5, 10);
    expect(score).toBeCloseTo(relevance * (0.6 + 0.4 * fit), 10);
    const worstFit = { ...components, trl: 0, mode: 0, budget: 0, geography: 0, freshness: 0 };
    expect(combineScores(worstFit, { lexical: true, ipc: true }, config).score).toBeCloseTo(0.6 * relevance, 10);
  });

  it('gives the lexical weight to the others across languages, and the IPC weight when a side has no code', () => {
    const cross = combineScores(components, { lexical: false, ipc: true }, config).relevance;
    expect(cross).toBeCloseTo((0.45 * 0.9 + 0.2 * 0.6 + 0.15 * 0.5) / 0.8, 10);
    const noIpc = combineScores(components, { lexical: false, ipc: false }, config).relevance;
    expect(noIpc).toBeCloseTo((0.45 * 0.9 + 0.15 * 0.5) / 0.6, 10);
    // A cross-language pair with perfect concepts, codes and tokens reaches 1, as a same-language pair can.
    const perfect = { ...components, lexical: 0, concepts: 1, ipc: 1, techTokens: 1 };
    expect(combineScores(perfect, { lexical: false, ipc: true }, config).relevance).toBeCloseTo(1, 10);
  });
});

describe('scorePair', () => {
  it('ranks a cross-language pair with strong shared concepts above a same-language pair with generic overlap', () => {
    const cross = scorePair(...crossLanguagePair(), graph, config, now);
    const generic = scorePair(...genericSameLanguagePair(), graph, config, now);
    expect(generic.components.lexical).toBeGreaterThan(0.3);
    expect(cross.components.lexical).toBe(0);
    expect(cross.filteredOut).toBeUndefined();
    expect(generic.filteredOut).toBeUndefined();
    expect(cross.score).toBeGreaterThan(0.6);
    expect(cross.score).toBeGreaterThan(2 * generic.score);
  });

  it('explains a cross-language match in both languages and English, with each text’s own words', () => {
    const result = scorePair(...crossLanguagePair(), graph, config, now);
    const { explanation } = result;
    expect(explanation.languages).toEqual({ offer: 'ru', demand: 'zh' });
    expect(explanation.sharedConcepts[0]).toEqual({
      offerConcept: {
        id: RECYCLING,
        domain: 'energy',
        labels: { en: 'battery recycling', ru: 'переработка аккумуляторов', zh: '电池回收' },
      },
      demandConcept: {
        id: RECYCLING,
        domain: 'energy',
        labels: { en: 'battery recycling', ru: 'переработка аккумуляторов', zh: '电池回收' },
      },
      relation: 'same',
      offerSurfaces: ['переработка аккумуляторов'],
      demandSurfaces: ['废旧锂电池回收'],
    });
    expect(explanation.sharedConcepts.map((c) => c.offerConcept.id)).toEqual([RECYCLING, LFP, LI]);
    expect(explanation.sharedIpc[0]).toMatchObject({
      offerCode: 'H01M 10/54',
      demandCode: 'H01M 10/54',
      depth: 5,
      inferred: { offer: true, demand: false },
    });
    expect(explanation.sharedTokens).toEqual([
      { token: 'formula:lifepo4', kind: 'formula', offerSurface: 'LiFePO4', demandSurface: 'LiFePO4' },
    ]);
    expect(explanation.sharedTerms).toEqual([]);
    expect(explanation.notes.map((n) => n.code)).toEqual([
      'trl_meets_minimum',
      'modes_shared',
      'price_or_budget_unknown',
      'country_open',
      'published_age',
    ]);
    for (const note of explanation.notes) expect(note.message).toMatch(/^[A-Z].*\.$/);
  });

  it('is deterministic, JSON-safe, rounded to four decimals and leaves its inputs untouched', () => {
    const [offer, demand] = crossLanguagePair();
    const frozen = structuredClone([offer, demand]);
    const first = scorePair(offer, demand, graph, config, now);
    const second = scorePair(offer, demand, graph, config, now);
    expect(second).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    expect([offer, demand]).toEqual(frozen);
    for (const value of [first.score, first.relevance, first.fit, ...Object.values(first.components)]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
      expect(Math.round(value * 10_000) / 10_000).toBe(value);
    }
    expect(first.configVersion).toBe('v1');
  });

  it('scores a filtered pair 0 with its reason, still showing its components', () => {
    const [offer, demand] = crossLanguagePair();
    const result = scorePair({ ...offer, expiresOn: '2025-08-31' }, demand, graph, config, now);
    expect(result.filteredOut).toBe('offer_expired');
    expect(result.score).toBe(0);
    expect(result.components.concepts).toBeGreaterThan(0.8);

    const unrelated = scorePair(
      features('offer', { concepts: { [LFP]: mention(1) } }),
      features('demand', { concepts: { 'agriculture.irrigation.drip': mention(1) } }),
      graph,
      config,
      now,
    );
    expect(unrelated.filteredOut).toBe('no_topical_evidence');
  });

  it('lowers the score when the practical fit worsens, the topic unchanged', () => {
    const [offer, demand] = crossLanguagePair();
    const good = scorePair(offer, demand, graph, config, now);
    const lowTrl = scorePair({ ...offer, trl: 4 }, demand, graph, config, now);
    const otherModes = scorePair({ ...offer, cooperationModes: ['equipment_supply'] }, demand, graph, config, now);
    expect(lowTrl.relevance).toBe(good.relevance);
    expect(lowTrl.score).toBeLessThan(good.score);
    expect(otherModes.score).toBeLessThan(good.score);
    expect(lowTrl.explanation.notes[0]).toMatchObject({
      code: 'trl_below_minimum',
      params: { trl: 4, min: 6, gap: 2 },
    });
  });

  it('never shows a confidential amount, whichever side keeps it secret', () => {
    const [offer, demand] = crossLanguagePair();
    const cases: [Partial<PostingFeatures>, Partial<PostingFeatures>][] = [
      [
        { amountUsd: 123_457, amountConfidential: true },
        { amountUsd: 98_765, amountConfidential: false },
      ],
      [
        { amountUsd: 123_457, amountConfidential: false },
        { amountUsd: 98_765, amountConfidential: true },
      ],
      [
        { amountUsd: 123_457, amountConfidential: true },
        { amountUsd: 987_654, amountConfidential: true },
      ],
    ];
    for (const [o, d] of cases) {
      const result = scorePair({ ...offer, ...o }, { ...demand, ...d }, graph, config, now);
      const json = JSON.stringify(result);
      for (const secret of ['123457', '123,457', '98765', '98,765', '987654', '987,654', '1.25']) {
        expect(json).not.toContain(secret);
      }
      expect(result.explanation.notes[2]!.params).toEqual({});
      expect(result.explanation.notes[2]!.message).toMatch(/^The asking price is (within|above) the budget\.$/);
    }
    // Both open: the figures are there.
    const open = scorePair({ ...offer, amountUsd: 123_457 }, { ...demand, amountUsd: 98_765 }, graph, config, now);
    expect(JSON.stringify(open.explanation)).toContain('123,457');
  });

  it('caps the explanation’s lists', () => {
    const ids = [...thesaurus.keys()].filter((id) => id.startsWith('medical.')).slice(0, 15);
    const concepts = Object.fromEntries(ids.map((id) => [id, mention(1, id)]));
    const result = scorePair(
      features('offer', { concepts }),
      features('demand', { concepts, language: 'fr' }),
      graph,
      config,
      now,
    );
    expect(result.explanation.sharedConcepts).toHaveLength(config.explanation.maxConcepts);
    expect(result.components.concepts).toBeGreaterThan(0.95);
  });

  it('takes an offer and a demand, in that order', () => {
    const [offer, demand] = crossLanguagePair();
    expect(() => scorePair(demand, offer, graph, config, now)).toThrow(TypeError);
  });
});
