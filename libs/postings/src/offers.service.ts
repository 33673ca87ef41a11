import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { OfferEntity, OfferTranslationEntity } from './offer.entity.ts';
import type { OfferInput } from './posting.inputs.ts';
import { PostingsService } from './postings.service.ts';

@Injectable()
export class OffersService extends PostingsService<OfferEntity, OfferInput> {
  protected readonly kind = 'offer';
  protected readonly entity = OfferEntity;
  protected readonly importedKindColumns: readonly (keyof OfferEntity & string)[] = [
    'trl',
    'askingPriceAmount',
    'askingPriceCurrency',
  ];
  protected readonly translationEntity = OfferTranslationEntity;

  constructor(@InjectDataSource() db: DataSource) {
    super(db);
  }

  protected applyKindFields(offer: OfferEntity, input: OfferInput): void {
    offer.trl = input.trl;
    offer.ipStatus = input.ipStatus ?? 'none';
    offer.ipRights = input.ipRights ?? [];
    offer.askingPriceAmount = input.askingPrice?.amount ?? null;
    offer.askingPriceCurrency = input.askingPrice?.currency ?? null;
    offer.priceConfidential = input.priceConfidential ?? false;
    offer.applications = input.applications ?? [];
    offer.expiresOn = input.expiresOn ?? null;
  }

  protected filterTrl(qb: SelectQueryBuilder<OfferEntity>, min?: number, max?: number): void {
    if (min !== undefined) qb.andWhere('p.trl >= :trlMin', { trlMin: min });
    if (max !== undefined) qb.andWhere('p.trl <= :trlMax', { trlMax: max });
  }
}
