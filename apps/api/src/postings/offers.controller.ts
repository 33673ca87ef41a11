import { OffersService } from '@ttm/postings';
import { CreateOfferDto, UpdateOfferDto } from './dto/posting-body.dto.ts';
import { OfferPageDto, OfferResponseDto, toOfferResponse } from './dto/posting-response.dto.ts';
import { postingsController } from './postings-controller.factory.ts';

export class OffersController extends postingsController({
  path: 'offers',
  noun: 'offer',
  service: OffersService,
  createDto: CreateOfferDto,
  updateDto: UpdateOfferDto,
  responseDto: OfferResponseDto,
  pageDto: OfferPageDto,
  toResponse: toOfferResponse,
}) {}
