import type { OrganizationType } from '@ttm/accounts';
import type { ErrorDetail } from '@ttm/common';
import type {
  ConfidentialFields,
  CooperationMode,
  IpRight,
  IpStatus,
  Money,
  PostingStatus,
  TranslationOrigin,
} from './posting.types.ts';
import type { ReviewDecision } from './posting-review.entity.ts';

export interface TranslationInput {
  language: string;
  origin: TranslationOrigin;
  title: string;
  summary?: string;
  description?: string;
  keywords?: string[];
}

/** What the owner writes, shared by offers and demands (a full replacement on update). */
export interface PostingInput {
  ownerCountry: string;
  targetCountries?: string[];
  ipcCodes?: string[];
  technologyFields?: string[];
  cooperationModes?: CooperationMode[];
  confidential?: ConfidentialFields;
  translations: TranslationInput[];
}

export interface OfferInput extends PostingInput {
  trl: number;
  ipStatus?: IpStatus;
  ipRights?: IpRight[];
  askingPrice?: Money | null;
  priceConfidential?: boolean;
  applications?: string[];
  expiresOn?: string | null;
}

export interface DemandInput extends PostingInput {
  desiredTrlMin: number;
  budget?: Money | null;
  budgetConfidential?: boolean;
  deadline?: string | null;
}

export interface ReviewInput {
  decision: ReviewDecision;
  scores: { innovation: number; clarity: number; cooperation: number; language: number };
  comment?: string;
}

export interface PostingFilters {
  status?: PostingStatus;
  language?: string;
  country?: string;
  trlMin?: number;
  trlMax?: number;
  mode?: CooperationMode;
  updatedSince?: Date;
  organizationId?: string;
}

export interface PageRequest {
  offset: number;
  limit: number;
  sort: 'updatedAt' | '-updatedAt' | 'createdAt' | '-createdAt';
}

/** A posting from a curated source, identified by (source, externalId). */
export interface ImportedPosting<I extends PostingInput> {
  externalId: string;
  /** Found or created by (source, name). */
  organization: { name: string; type: OrganizationType };
  /** The language the source declared, as given; null when it declared none. */
  declaredLanguage: string | null;
  /** The content; its one translation is the original. */
  input: I;
}

export interface ImportOptions {
  source: string;
  /** Do everything in a transaction that is rolled back: the same outcomes, nothing written. */
  dryRun?: boolean;
  /** Carried by the outbox events of the import. */
  correlationId?: string;
}

export type ImportOutcome =
  | { outcome: 'created' | 'updated' | 'unchanged'; id: string; version: number }
  | { outcome: 'failed'; errors: ErrorDetail[] };

export interface ExportFilters {
  status?: PostingStatus;
  source?: string;
}

/** A posting as exported: with its organisation's name and type. */
export interface ExportedPosting<E> {
  posting: E;
  organization: { name: string; type: OrganizationType };
}
