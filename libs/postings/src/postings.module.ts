import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DemandEntity, DemandTranslationEntity } from './demand.entity.ts';
import { DemandsService } from './demands.service.ts';
import { OfferEntity, OfferTranslationEntity } from './offer.entity.ts';
import { OffersService } from './offers.service.ts';
import { PostingReviewEntity } from './posting-review.entity.ts';

/** Offers and demands: the system of record, each change with its outbox event. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      OfferEntity,
      OfferTranslationEntity,
      DemandEntity,
      DemandTranslationEntity,
      PostingReviewEntity,
    ]),
  ],
  providers: [OffersService, DemandsService],
  exports: [OffersService, DemandsService],
})
export class PostingsModule {}
