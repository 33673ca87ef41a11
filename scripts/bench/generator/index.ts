/** The benchmark's posting generator: `generatePostings({ offers, demands, seed })` yields interchange rows. */
export {
  DEFAULT_REFERENCE_DATE,
  demandId,
  generatePostings,
  type GenerateOptions,
  measure,
  offerId,
} from './postings.ts';
export type { DemandRow, GeneratedPosting, OfferRow } from './generator.types.ts';
export { LANGUAGE_SHARES, LOCALES } from './locales/index.ts';
