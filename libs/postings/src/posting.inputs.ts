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
