import { lexicalScore } from './lexical.component.ts';
import { features } from './posting-features.fixture.ts';
import { DEFAULT_SCORING_CONFIG as config } from './scoring.config.ts';

describe('lexicalScore', () => {
  const offer = (terms: Record<string, number>, language = 'en') => features('offer', { terms, language });
  const demand = (terms: Record<string, number>, language = 'en') => features('demand', { terms, language });

  it('is 1 for identical vectors and 0 without a shared term', () => {
    const terms = { batteri: 3, recycl: 2, lithium: 1 };
    expect(lexicalScore(offer(terms), demand(terms), config).value).toBeCloseTo(1, 10);
    expect(lexicalScore(offer({ batteri: 3 }), demand({ solar: 3 }), config).value).toBe(0);
  });

  it('computes the cosine with sublinear term frequency', () => {
    // offer (1 + ln 4, 1), demand (1, 1): the shared term is the first.
    const a = 1 + Math.log(4);
    const expected = a / (Math.sqrt(a * a + 1) * Math.sqrt(2));
    expect(lexicalScore(offer({ batteri: 4, cell: 1 }), demand({ batteri: 1, grid: 1 }), config).value).toBeCloseTo(
      expected,
      10,
    );
  });

  it('damps repetition: ten times a word is far from ten times the weight', () => {
    const once = lexicalScore(offer({ batteri: 1, cell: 1 }), demand({ batteri: 1, grid: 1 }), config).value;
    const tenTimes = lexicalScore(offer({ batteri: 10, cell: 1 }), demand({ batteri: 1, grid: 1 }), config).value;
    expect(tenTimes).toBeGreaterThan(once);
    expect(tenTimes).toBeLessThan(0.75);
  });

  it('is 0 across languages, even with identical tokens', () => {
    const result = lexicalScore(offer({ pv: 2 }, 'en'), demand({ pv: 2 }, 'fr'), config);
    expect(result).toEqual({ value: 0, evidence: { sameLanguage: false, sharedTerms: [] } });
  });

  it('is 0 for empty vectors and ignores non-positive frequencies', () => {
    expect(lexicalScore(offer({}), demand({ a: 1 }), config).value).toBe(0);
    expect(lexicalScore(offer({ a: 0, b: -2 }), demand({ a: 1, b: 1 }), config).value).toBe(0);
  });

  it('names the shared terms, most telling first, capped', () => {
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`t${String(i).padStart(2, '0')}`, 1]));
    const result = lexicalScore(offer({ ...many, anod: 5 }), demand({ ...many, anod: 2 }), config);
    expect(result.evidence.sharedTerms[0]).toBe('anod');
    expect(result.evidence.sharedTerms).toHaveLength(config.explanation.maxTerms);
  });
});
