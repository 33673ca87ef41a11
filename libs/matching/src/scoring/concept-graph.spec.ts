import { conceptGraphFromThesaurus, loadThesaurus, UNKNOWN_SPECIFICITY } from '@ttm/language';
import { concept, SMALL_THESAURUS } from './posting-features.fixture.ts';

describe('ConceptGraph on a hand-made thesaurus', () => {
  const graph = conceptGraphFromThesaurus(SMALL_THESAURUS);

  it('lists transitive broader concepts, nearest first', () => {
    expect(graph.ancestors('energy.storage.battery.lithium_ion.lfp')).toEqual([
      'energy.storage.battery.lithium_ion',
      'energy.storage.battery',
      'energy.storage',
      'energy',
    ]);
    expect(graph.ancestors('energy')).toEqual([]);
    expect(graph.distanceUp('energy.storage.battery.lithium_ion.lfp', 'energy.storage.battery')).toBe(2);
  });

  it('tells ancestors apart from descendants, siblings and the concept itself', () => {
    expect(graph.isAncestor('energy', 'energy.solar.pv')).toBe(true);
    expect(graph.isAncestor('energy.solar.pv', 'energy')).toBe(false);
    expect(graph.isAncestor('energy.solar.pv', 'energy.solar.thermal')).toBe(false);
    expect(graph.isAncestor('energy.solar', 'energy.solar')).toBe(false);
  });

  it('finds each ancestor once, at its shortest distance, when a concept has two parents', () => {
    const g = conceptGraphFromThesaurus([
      concept('a'),
      concept('a.b', ['a']),
      concept('a.b.c', ['a.b']),
      concept('x', ['a.b.c', 'a']),
    ]);
    expect(g.ancestors('x')).toEqual(['a', 'a.b.c', 'a.b']);
    expect(g.distanceUp('x', 'a')).toBe(1);
  });

  it('survives a cycle in bad data', () => {
    const g = conceptGraphFromThesaurus([concept('p', ['q']), concept('q', ['p']), concept('r', ['q', 'nowhere'])]);
    expect(g.ancestors('p')).toEqual(['q']);
    expect(g.ancestors('r')).toEqual(['q', 'p']);
    expect(g.specificity('p')).toBeGreaterThan(0);
  });

  it('ranks specificity from the root to the deep leaves, within (0, 1]', () => {
    const s = (id: string) => graph.specificity(id);
    expect(s('energy')).toBeLessThan(s('energy.storage'));
    expect(s('energy.storage')).toBeLessThan(s('energy.storage.battery'));
    expect(s('energy.storage.battery')).toBeLessThan(s('energy.storage.battery.lithium_ion'));
    expect(s('energy.storage.battery.lithium_ion')).toBeLessThan(s('energy.storage.battery.lithium_ion.lfp'));
    expect(s('energy.storage.battery.lithium_ion.lfp')).toBeGreaterThan(0.9);
    // A leaf is more specific than an inner node at the same depth.
    expect(s('energy.solar.pv')).toBeGreaterThan(s('energy.storage.battery'));
    for (const { id } of SMALL_THESAURUS) {
      expect(s(id)).toBeGreaterThan(0);
      expect(s(id)).toBeLessThanOrEqual(1);
    }
  });

  it('labels in the asked language, else in English', () => {
    expect(graph.label('energy.storage.battery', 'ru')).toBe('аккумулятор');
    expect(graph.label('energy.storage.battery', 'zh')).toBe('energy.storage.battery-zh');
    expect(graph.label('energy.storage.hydrogen', 'ru')).toBe('hydrogen');
    expect(graph.domain('energy.wind.offshore')).toBe('energy');
  });

  it('answers for unknown ids without throwing', () => {
    expect(graph.has('nope')).toBe(false);
    expect(graph.ancestors('nope')).toEqual([]);
    expect(graph.isAncestor('energy', 'nope')).toBe(false);
    expect(graph.isAncestor('nope', 'energy')).toBe(false);
    expect(graph.specificity('nope')).toBe(UNKNOWN_SPECIFICITY);
    expect(graph.label('nope', 'en')).toBeUndefined();
    expect(graph.domain('nope')).toBeUndefined();
  });
});

describe('ConceptGraph on the real thesaurus', () => {
  const { concepts } = loadThesaurus();
  const graph = conceptGraphFromThesaurus(concepts);

  it('holds every concept and finds the domain roots generic, deep leaves specific', () => {
    expect(graph.size).toBe(concepts.size);
    const roots = [...concepts.values()].filter((c) => c.broader.length === 0).map((c) => c.id);
    expect(roots.length).toBeGreaterThan(5);
    const children = new Set([...concepts.values()].flatMap((c) => c.broader));
    const deepLeaves = [...concepts.keys()].filter((id) => !children.has(id) && graph.ancestors(id).length >= 3);
    expect(deepLeaves.length).toBeGreaterThan(10);

    const maxRoot = Math.max(...roots.map((id) => graph.specificity(id)));
    const minDeepLeaf = Math.min(...deepLeaves.map((id) => graph.specificity(id)));
    expect(maxRoot).toBeLessThan(0.3);
    expect(minDeepLeaf).toBeGreaterThan(0.85);
    expect(graph.specificity('energy')).toBeLessThan(graph.specificity('energy.solar.pv'));
  });

  it('walks a real chain up to its root', () => {
    expect(graph.ancestors('energy.solar.pv')).toEqual(['energy.solar', 'energy.renewable', 'energy']);
    expect(graph.label('energy.solar.pv', 'zh')).toBe('光伏');
  });
});
