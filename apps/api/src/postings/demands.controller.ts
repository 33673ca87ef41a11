import { DemandsService } from '@ttm/postings';
import { CreateDemandDto, UpdateDemandDto } from './dto/posting-body.dto.ts';
import { DemandPageDto, DemandResponseDto, toDemandResponse } from './dto/posting-response.dto.ts';
import { postingsController } from './postings-controller.factory.ts';

export class DemandsController extends postingsController({
  path: 'demands',
  noun: 'demand',
  service: DemandsService,
  createDto: CreateDemandDto,
  updateDto: UpdateDemandDto,
  responseDto: DemandResponseDto,
  pageDto: DemandPageDto,
  toResponse: toDemandResponse,
}) {}
