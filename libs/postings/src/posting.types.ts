export const POSTING_KINDS = ['offer', 'demand'] as const;
export type PostingKind = (typeof POSTING_KINDS)[number];

export const POSTING_STATUSES = [
  'draft',
  'pending_review',
  'published',
  'expired',
  'archived',
  'rejected',
  'on_hold',
] as const;
export type PostingStatus = (typeof POSTING_STATUSES)[number];

export const COOPERATION_MODES = [
  'licence',
  'assignment',
  'joint_development',
  'technical_service',
  'investment',
  'equipment_supply',
] as const;
export type CooperationMode = (typeof COOPERATION_MODES)[number];

export const IP_STATUSES = ['none', 'patent_pending', 'patented', 'know_how', 'copyright', 'other'] as const;
export type IpStatus = (typeof IP_STATUSES)[number];

export const TRANSLATION_ORIGINS = ['original', 'human', 'machine'] as const;
export type TranslationOrigin = (typeof TRANSLATION_ORIGINS)[number];

/** One intellectual-property right attached to an offer. */
export interface IpRight {
  type: 'patent' | 'utility_model' | 'design' | 'copyright' | 'trade_secret' | 'other';
  number?: string;
  status: 'pending' | 'granted' | 'expired' | 'other';
  territory: string;
}

/** Fields only the owner organisation, brokers and admins may read. */
export interface ConfidentialFields {
  contactPerson?: string;
  email?: string;
  phone?: string;
  technicalDetail?: string;
}

export interface Money {
  amount: number;
  currency: string;
}
