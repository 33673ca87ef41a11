import type { PostingDocument } from '../postings/posting.document.ts';

/** An offer in the `offers` index. */
export interface OfferDocument extends PostingDocument {
  /** Technology readiness level, 1–9. */
  trl: number;
  ipStatus: string;
}
