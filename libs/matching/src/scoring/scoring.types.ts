import type { PostingFeatures } from '@ttm/search';
import type { IpcLevel } from './ipc.parser.ts';

/** What a component found, besides its value in [0, 1]. */
export interface Component<E> {
  value: number;
  evidence: E;
}

export interface LexicalEvidence {
  sameLanguage: boolean;
  /** Analyzed terms both texts use, the most telling first (same language only). */
  sharedTerms: string[];
}

/** How the offer's concept relates to the demand's: the same, broader than it, or narrower. */
export type ConceptRelation = 'same' | 'broader' | 'narrower';

export interface ConceptPair {
  offerConcept: string;
  demandConcept: string;
  relation: ConceptRelation;
  /** Steps between the two in the hierarchy (0: the same concept). */
  distance: number;
  /** Specificity of the more general of the two. */
  specificity: number;
  /** This pair's share of the evidence before saturation. */
  contribution: number;
  offerSurfaces: string[];
  demandSurfaces: string[];
}

export interface ConceptsEvidence {
  pairs: ConceptPair[];
}

export interface IpcPair {
  offerCode: string;
  demandCode: string;
  /** The deepest prefix both codes share (`H01M`, `H01M 10/00`…). */
  commonPrefix: string;
  depth: number;
  level: IpcLevel;
  /** Whether each side's code was inferred from concepts rather than given by the author. */
  inferred: { offer: boolean; demand: boolean };
  value: number;
}

export interface IpcEvidence {
  /** The best pair first, then the best pair of each other offer code. */
  pairs: IpcPair[];
}

export interface SharedToken {
  /** Normalised token, e.g. `std:iso:9001`, `formula:lifepo4`. */
  token: string;
  kind: string;
  offerSurface: string;
  demandSurface: string;
  weight: number;
}

export interface TechTokensEvidence {
  shared: SharedToken[];
}

export type NoteParam = string | number | boolean | string[];

/** A broker-readable remark on one practical aspect; `params` let a console translate `message`. */
export interface Note {
  code: NoteCode;
  /** English. */
  message: string;
  params: Record<string, NoteParam>;
}

export type NoteCode =
  | 'trl_meets_minimum'
  | 'trl_below_minimum'
  | 'trl_unknown'
  | 'modes_shared'
  | 'modes_related'
  | 'modes_disjoint'
  | 'modes_unknown'
  | 'price_within_budget'
  | 'price_above_budget'
  | 'price_or_budget_unknown'
  | 'country_targeted'
  | 'country_open'
  | 'country_not_targeted'
  | 'country_preferred'
  | 'country_not_preferred'
  | 'published_age'
  | 'published_unknown';

export type ReasonCode = 'offer_expired' | 'demand_expired' | 'trl_gap' | 'price_above_budget' | 'no_topical_evidence';

export interface ComponentScores {
  lexical: number;
  concepts: number;
  ipc: number;
  techTokens: number;
  trl: number;
  mode: number;
  budget: number;
  geography: number;
  freshness: number;
}

/** A concept as the explanation shows it: preferred labels in English and both postings' languages. */
export interface ExplainedConcept {
  id: string;
  domain: string | null;
  labels: Record<string, string>;
}

export interface ExplainedConceptPair {
  offerConcept: ExplainedConcept;
  demandConcept: ExplainedConcept;
  relation: ConceptRelation;
  /** As written in the offer's text (its language) and in the demand's. */
  offerSurfaces: string[];
  demandSurfaces: string[];
}

/** JSON-safe, compact, never shows a confidential amount. */
export interface Explanation {
  languages: { offer: string; demand: string };
  sharedConcepts: ExplainedConceptPair[];
  sharedIpc: Omit<IpcPair, 'value'>[];
  sharedTokens: Omit<SharedToken, 'weight'>[];
  /** Same language only. */
  sharedTerms: string[];
  notes: Note[];
}

export interface PairScore {
  offerId: string;
  demandId: string;
  /** 0–1, four decimals; 0 when filtered out. */
  score: number;
  relevance: number;
  fit: number;
  components: ComponentScores;
  explanation: Explanation;
  /** Set when a hard incompatibility drops the pair. */
  filteredOut?: ReasonCode;
  configVersion: string;
}

/** Everything computed for a pair, before the explanation is written. */
export interface PairEvaluation {
  offer: PostingFeatures;
  demand: PostingFeatures;
  /** Unrounded. */
  score: number;
  relevance: number;
  fit: number;
  components: ComponentScores;
  filteredOut: ReasonCode | undefined;
  evidence: {
    lexical: Component<LexicalEvidence>;
    concepts: Component<ConceptsEvidence>;
    ipc: Component<IpcEvidence>;
    techTokens: Component<TechTokensEvidence>;
    notes: Note[];
  };
}
