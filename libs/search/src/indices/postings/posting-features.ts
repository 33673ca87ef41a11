/**
 * What the matching engine knows about one posting, computed once at indexing time from
 * PostgreSQL and stored (not indexed) in the posting's Elasticsearch document, so that candidate
 * generation returns everything the re-rank needs in one round trip. Pure data, JSON-safe.
 *
 * Frozen shape: add optional fields, never rename (documents written by older versions stay in
 * the index until they are re-indexed).
 */
export interface PostingFeatures {
  kind: 'offer' | 'demand';
  id: string;
  version: number;
  /** Language of the original text (declared when credible, else detected). */
  language: string;
  /**
   * Analyzed terms of the original text (title, summary, description, keywords) with their term
   * frequency, produced by the language's own Elasticsearch analyzer: comparable only between
   * postings of the same `language`. At most a few hundred entries.
   */
  terms: Record<string, number>;
  /** Thesaurus concepts found in the text, by concept id. */
  concepts: Record<string, ConceptMention>;
  /** IPC codes the author gave, normalised (`H01M 10/54`, `H01M`, `H01M 10/00`). */
  ipc: string[];
  /** IPC codes implied by the annotated concepts (thesaurus mappings), weaker evidence. */
  ipcInferred: string[];
  /** Technical tokens (`std:iso:9001`, `formula:lifepo4`, `qty:…`, `acr:…`) → the surface form written. */
  techTokens: Record<string, string>;
  /** Offers: the technology readiness level. */
  trl: number | null;
  /** Demands: the lowest TRL they accept. */
  trlMin: number | null;
  cooperationModes: string[];
  /** ISO 3166-1 alpha-2 of the posting organisation. */
  country: string;
  /** Where an offer may be transferred / where a demand wants it (empty: anywhere). */
  targetCountries: string[];
  /** Asking price (offers) or budget (demands) in US dollars at the dated rate; null when unknown. */
  amountUsd: number | null;
  /** True when the owner marked the amount confidential: usable for scoring, never shown. */
  amountConfidential: boolean;
  /** ISO timestamps / dates. */
  publishedAt: string | null;
  /** Offers: expiresOn; demands: deadline (YYYY-MM-DD). */
  expiresOn: string | null;
}

/** One concept found in a posting: how much it matters there and where it was read. */
export interface ConceptMention {
  /** 0–1: where it occurs (title and keywords weigh more than description) and how often. */
  weight: number;
  /** The exact text spans that matched (as written, at most a handful), in `language`. */
  surfaces: string[];
}
