import { DemandEntity } from './demand.entity.ts';
import { OfferEntity } from './offer.entity.ts';
import type { PostingKind } from './posting.types.ts';

/** The entity class of a kind of posting (each has its own table). */
export function postingEntityOf(kind: PostingKind): typeof OfferEntity | typeof DemandEntity {
  return kind === 'offer' ? OfferEntity : DemandEntity;
}
