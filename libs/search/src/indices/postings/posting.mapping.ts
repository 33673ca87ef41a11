import type { estypes } from '@elastic/elasticsearch';
import { analysisSettings, perLanguageTextMapping } from '../../analysis/language-analyzers.ts';
import { type IpcLevels, type PostingDocument, vectorField } from './posting.document.ts';

type Properties<T> = Record<keyof T, estypes.MappingProperty>;

const keyword: estypes.MappingProperty = { type: 'keyword' };

const ipcLevels: Properties<IpcLevels> = {
  section: keyword,
  class: keyword,
  subclass: keyword,
  mainGroup: keyword,
  group: keyword,
};

/** Mapping of the shared fields; typed against the document, so a field without a mapping fails to compile. */
export const POSTING_PROPERTIES: Properties<PostingDocument> = {
  id: keyword,
  version: { type: 'long' },
  status: keyword,
  organizationId: keyword,
  organizationType: keyword,
  language: keyword,
  languageSource: keyword,
  languageConfidence: { type: 'float' },
  languages: keyword,
  machineLanguages: keyword,
  title: perLanguageTextMapping(),
  summary: perLanguageTextMapping(),
  description: perLanguageTextMapping(),
  keywords: perLanguageTextMapping(),
  concepts: keyword,
  conceptsStrong: keyword,
  conceptAncestors: keyword,
  domains: keyword,
  ipc: { type: 'object', dynamic: 'strict', properties: ipcLevels },
  techTokens: keyword,
  cooperationModes: keyword,
  ownerCountry: keyword,
  targetCountries: keyword,
  amountUsd: { type: 'double' },
  publishedAt: { type: 'date' },
  expiresOn: { type: 'date' },
  indexedAt: { type: 'date' },
  features: { type: 'object', enabled: false },
  // The vector field itself depends on the configured model: see `vectorMapping`.
  embedding: { type: 'object', dynamic: 'strict', properties: { fingerprint: keyword } },
};

/** The `embedding` mapping for vectors of `dimensions` numbers (cosine, HNSW-indexed for kNN). */
export function vectorMapping(dimensions: number): estypes.MappingProperty {
  return {
    type: 'object',
    dynamic: 'strict',
    properties: {
      fingerprint: keyword,
      [vectorField(dimensions)]: { type: 'dense_vector', dims: dimensions, index: true, similarity: 'cosine' },
    },
  };
}

/** Settings every posting index carries. Tombstones of deletes are kept an hour, so a late stale write still loses. */
export function postingIndexSettings(): estypes.IndicesIndexSettings {
  return {
    number_of_shards: 1,
    auto_expand_replicas: '0-1',
    refresh_interval: '1s',
    analysis: analysisSettings(),
    gc_deletes: '1h',
  };
}
