import type { PostingDocument } from '../postings/posting.document.ts';

/** A demand in the `demands` index. */
export interface DemandDocument extends PostingDocument {
  /** The lowest technology readiness level the company accepts, 1–9. */
  trlMin: number;
}
