import type { Concept } from '@ttm/language';
import type { ConceptMention, PostingFeatures } from '@ttm/search';

/** Test data for the scoring specs: a posting with nothing known, plus what a test sets. */
export function features(kind: 'offer' | 'demand', overrides: Partial<PostingFeatures> = {}): PostingFeatures {
  return {
    kind,
    id: kind === 'offer' ? 'offer-1' : 'demand-1',
    version: 1,
    language: 'en',
    terms: {},
    concepts: {},
    ipc: [],
    ipcInferred: [],
    techTokens: {},
    trl: null,
    trlMin: null,
    cooperationModes: [],
    country: '',
    targetCountries: [],
    amountUsd: null,
    amountConfidential: false,
    publishedAt: null,
    expiresOn: null,
    ...overrides,
  };
}

export function mention(weight: number, ...surfaces: string[]): ConceptMention {
  return { weight, surfaces };
}

/** A concept with English and Chinese labels (what the loader requires), for hand-made graphs. */
export function concept(id: string, broader: string[] = [], labels: Record<string, string[]> = {}): Concept {
  return {
    id,
    domain: id.split('.')[0]!,
    broader,
    ipc: [],
    labels: { en: [id.split('.').at(-1)!.replace(/_/g, ' ')], zh: [`${id}-zh`], ...labels },
  };
}

/**
 * A small energy hierarchy: a root with two branches, a battery subtree three levels deep, and
 * enough leaves under the root for it to be clearly generic.
 */
export const SMALL_THESAURUS: Concept[] = [
  concept('energy', [], { ru: ['энергетика'] }),
  concept('energy.storage', ['energy']),
  concept('energy.storage.battery', ['energy.storage'], { ru: ['аккумулятор'] }),
  concept('energy.storage.battery.lithium_ion', ['energy.storage.battery'], { ru: ['литий-ионный аккумулятор'] }),
  concept('energy.storage.battery.lithium_ion.lfp', ['energy.storage.battery.lithium_ion']),
  concept('energy.storage.battery.sodium_ion', ['energy.storage.battery']),
  concept('energy.storage.hydrogen', ['energy.storage']),
  concept('energy.solar', ['energy']),
  concept('energy.solar.pv', ['energy.solar']),
  concept('energy.solar.thermal', ['energy.solar']),
  concept('energy.wind', ['energy']),
  concept('energy.wind.offshore', ['energy.wind']),
  concept('energy.grid', ['energy']),
  concept('energy.grid.smart', ['energy.grid']),
  concept('materials', []),
  concept('materials.ceramics', ['materials']),
];
