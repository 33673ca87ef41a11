/** What a cross-lingual query is built from: a user's text, or a posting of the other side. */
export interface QuerySubject {
  /** Language of `text` (the same-language sub-fields are searched with it). */
  language: string;
  /** Text for the same-language match: a user's query, or a posting's title, keywords and summary. */
  text: string;
  /** Concepts with their weight in the subject (0–1). */
  concepts: readonly { conceptId: string; weight: number }[];
  /** IPC codes (declared or implied), any level. */
  ipcCodes: readonly string[];
  techTokens: readonly string[];
}

/** Structured filters a search or a candidate query applies. */
export interface QueryFilters {
  countries?: readonly string[];
  languages?: readonly string[];
  /** Offers: TRL at least this (demands: minimum TRL at most this). */
  trl?: number;
  modes?: readonly string[];
  domains?: readonly string[];
  organizationTypes?: readonly string[];
  /** Never return these ids (the subject itself). */
  excludeIds?: readonly string[];
}
