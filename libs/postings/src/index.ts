export { DemandEntity, DemandTranslationEntity } from './demand.entity.ts';
export { DemandsService } from './demands.service.ts';
export { OfferEntity, OfferTranslationEntity } from './offer.entity.ts';
export { OffersService } from './offers.service.ts';
export { postingAccess } from './posting-access.ts';
export { REVIEW_DECISIONS, PostingReviewEntity, type ReviewDecision } from './posting-review.entity.ts';
export { assertTransition, canTransition, REVIEW_TRANSITIONS } from './posting-status.ts';
export type { PostingTranslationEntity } from './posting-translation.entity.ts';
export type { PostingEntity } from './posting.entity.ts';
export type * from './posting.inputs.ts';
export * from './posting.rules.ts';
export * from './posting.types.ts';
export { PostingsModule } from './postings.module.ts';
export { PostingsService, type ActionContext } from './postings.service.ts';
export {
  type EnrichmentWrite,
  type MachineTranslation,
  NO_ENRICHMENT,
  PostingEnrichmentRepository,
  type PostingEnrichmentState,
} from './posting-enrichment.repository.ts';
export { postingEntityOf } from './posting-entity-of.ts';
