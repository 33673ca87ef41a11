import type { PostingFeatures } from './posting-features.ts';

/** Text per language: `{ ru: '…', zh: '…' }`; each key is its own analysed sub-field. */
export type TextByLanguage = Partial<Record<string, string>>;
export type KeywordsByLanguage = Partial<Record<string, string[]>>;

/** IPC codes at each level, so agreement at subclass or group level counts in a query. */
export interface IpcLevels {
  section: string[];
  class: string[];
  subclass: string[];
  mainGroup: string[];
  group: string[];
}

/**
 * A posting's embedding (optional adapter): the vector sits in `d<dimensions>`, so that a model
 * with other dimensions gets its own field beside the old one instead of a failing mapping.
 */
export interface PostingVector {
  /** `vectorFingerprint(model, dimensions)`: kNN compares only vectors of the same fingerprint. */
  fingerprint: string;
  [field: `d${number}`]: number[];
}

/** The vector space documents are indexed in when embeddings are on (the configured model's). */
export interface VectorSpace {
  fingerprint: string;
  dimensions: number;
}

/** The field of `PostingVector` that holds vectors of `dimensions` numbers. */
export function vectorField(dimensions: number): `d${number}` {
  return `d${dimensions}`;
}

/**
 * What offers and demands share in Elasticsearch. Only published postings are indexed; anything
 * else is removed. The document's `_version` orders writes: the posting's version first, then its
 * enrichment revision (see `documentVersion`); `version` is the posting's version.
 */
export interface PostingDocument {
  id: string;
  version: number;
  status: string;
  organizationId: string;
  organizationType: string;
  /** Language of the original text, how it was decided and how sure. */
  language: string;
  languageSource: 'declared' | 'script' | 'model';
  languageConfidence: number;
  /** Every language the posting has text in (original, human and machine translations). */
  languages: string[];
  /** The languages of `languages` whose text is a machine translation (optional adapter). */
  machineLanguages: string[];
  title: TextByLanguage;
  summary: TextByLanguage;
  description: TextByLanguage;
  keywords: KeywordsByLanguage;
  /** Thesaurus concepts found in the text. */
  concepts: string[];
  /** The concepts that weigh most (title, keywords, repeated): a stronger signal. */
  conceptsStrong: string[];
  /** Broader concepts of `concepts` (transitively): partial agreement counts. */
  conceptAncestors: string[];
  /** Thesaurus domains of the concepts: the "technology field" facet. */
  domains: string[];
  /** Declared IPC codes and those implied by concepts, at each level. */
  ipc: IpcLevels;
  techTokens: string[];
  cooperationModes: string[];
  ownerCountry: string;
  targetCountries: string[];
  /** Price or budget in USD; null when unknown or confidential (not searchable then). */
  amountUsd: number | null;
  publishedAt: string | null;
  expiresOn: string | null;
  indexedAt: string;
  /** Everything the re-rank needs; stored, not indexed, never returned by the search API. */
  features: PostingFeatures;
  /** Present when embeddings are on and the posting's vector was made by the configured model. */
  embedding?: PostingVector;
}
