import { conceptGraphFromThesaurus } from '@ttm/language';
import { conceptsScore } from './concepts.component.ts';
import { features, mention, SMALL_THESAURUS } from './posting-features.fixture.ts';
import { DEFAULT_SCORING_CONFIG as config } from './scoring.config.ts';
import type { ConceptMention } from '@ttm/search';

describe('conceptsScore', () => {
  const graph = conceptGraphFromThesaurus(SMALL_THESAURUS);
  const score = (offerConcepts: Record<string, ConceptMention>, demandConcepts: Record<string, ConceptMention>) =>
    conceptsScore(
      features('offer', { concepts: offerConcepts, language: 'ru' }),
      features('demand', { concepts: demandConcepts, language: 'zh' }),
      graph,
      config,
    );
  const LFP = 'energy.storage.battery.lithium_ion.lfp';
  const LI = 'energy.storage.battery.lithium_ion';
  const BATTERY = 'energy.storage.battery';
  const specificSet = {
    [LFP]: mention(1, 'LFP'),
    'energy.solar.pv': mention(1, 'PV'),
    'energy.wind.offshore': mention(1, 'offshore wind'),
  };

  it('is 0 when either side has no concept, or nothing related', () => {
    expect(score({}, { [LFP]: mention(1) }).value).toBe(0);
    expect(score({ [LFP]: mention(1) }, { 'materials.ceramics': mention(1) }).value).toBe(0);
  });

  it('scores ≈ 1 when the concepts coincide', () => {
    const both = {
      ...specificSet,
      'energy.grid.smart': mention(0.8),
      'energy.solar.thermal': mention(0.6),
      'energy.storage.hydrogen': mention(0.5),
    };
    expect(score(both, both).value).toBeGreaterThan(0.95);
  });

  it('scores three strong specific shared concepts above 0.8, even among other concepts', () => {
    expect(score(specificSet, specificSet).value).toBeGreaterThan(0.8);
    const withOthers = score(
      { ...specificSet, 'energy.grid.smart': mention(0.3) },
      { ...specificSet, 'energy.storage.hydrogen': mention(0.3) },
    );
    expect(withOthers.value).toBeGreaterThan(0.8);
  });

  it('scores a single shared generic concept low, far below a single specific one', () => {
    const generic = score({ energy: mention(1) }, { energy: mention(1) }).value;
    const specific = score({ [LFP]: mention(1) }, { [LFP]: mention(1) }).value;
    expect(generic).toBeLessThan(0.25);
    expect(specific).toBeGreaterThan(0.5);
  });

  it('saturates: more shared specific concepts add less and less', () => {
    const ids = [LFP, 'energy.solar.pv', 'energy.wind.offshore', 'energy.grid.smart', 'energy.solar.thermal'];
    const values = [1, 2, 3, 4, 5].map((n) => {
      const set = Object.fromEntries(ids.slice(0, n).map((id) => [id, mention(1)]));
      return score(set, set).value;
    });
    for (let i = 1; i < values.length; i++) expect(values[i]!).toBeGreaterThan(values[i - 1]!);
    expect(values[1]! - values[0]!).toBeGreaterThan(values[4]! - values[3]!);
    expect(values[4]!).toBeLessThanOrEqual(1);
  });

  it('credits parent/child less than the same concept, and two levels less still', () => {
    const same = score({ [LFP]: mention(1) }, { [LFP]: mention(1) });
    const parent = score({ [LI]: mention(1) }, { [LFP]: mention(1) });
    const twoUp = score({ [BATTERY]: mention(1) }, { [LFP]: mention(1) });
    const child = score({ [LFP]: mention(1) }, { [LI]: mention(1) });
    expect(parent.value).toBeGreaterThan(0);
    expect(parent.value).toBeLessThan(same.value);
    expect(twoUp.value).toBeLessThan(parent.value);
    expect(parent.evidence.pairs[0]).toMatchObject({ relation: 'broader', distance: 1 });
    expect(child.evidence.pairs[0]).toMatchObject({ relation: 'narrower', distance: 1 });
    // Beyond the configured distances, nothing.
    expect(score({ energy: mention(1) }, { [LFP]: mention(1) }).value).toBe(0);
  });

  it('uses each concept of each side at most once', () => {
    // One offer concept, two demand children of it: only one pair.
    const result = score(
      { [BATTERY]: mention(1) },
      { [LI]: mention(1), 'energy.storage.battery.sodium_ion': mention(1) },
    );
    expect(result.evidence.pairs).toHaveLength(1);
    // The exact match is preferred to the hierarchical one.
    const exact = score({ [LI]: mention(1) }, { [LFP]: mention(1), [LI]: mention(1) });
    expect(exact.evidence.pairs).toEqual([
      expect.objectContaining({ offerConcept: LI, demandConcept: LI, relation: 'same' }),
    ]);
  });

  it('weighs a concept by the weaker of its two mentions, relative to each side’s strongest', () => {
    const main = score({ [LFP]: mention(1), energy: mention(1) }, { [LFP]: mention(1), energy: mention(1) }).value;
    const marginal = score(
      { [LFP]: mention(0.1), energy: mention(1) },
      { [LFP]: mention(1), energy: mention(1) },
    ).value;
    expect(marginal).toBeLessThan(main);
    // Same proportions at another scale: same score.
    const scaled = score({ [LFP]: mention(0.05), energy: mention(0.5) }, { [LFP]: mention(1), energy: mention(1) });
    expect(scaled.value).toBeCloseTo(marginal, 10);
  });

  it('matches ids the graph does not know only exactly, at a middle specificity', () => {
    const result = score({ 'new.thing': mention(1, 'x') }, { 'new.thing': mention(1, 'y') });
    expect(result.value).toBeGreaterThan(0.2);
    expect(result.evidence.pairs[0]).toMatchObject({ specificity: 0.5, offerSurfaces: ['x'], demandSurfaces: ['y'] });
  });

  it('keeps both sides’ surface forms in the evidence', () => {
    const result = score({ [LFP]: mention(1, 'LiFePO4-катод') }, { [LFP]: mention(1, '磷酸铁锂') });
    expect(result.evidence.pairs[0]).toMatchObject({
      offerConcept: LFP,
      demandConcept: LFP,
      relation: 'same',
      offerSurfaces: ['LiFePO4-катод'],
      demandSurfaces: ['磷酸铁锂'],
    });
  });
});
