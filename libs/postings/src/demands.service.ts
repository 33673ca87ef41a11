import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { DemandEntity, DemandTranslationEntity } from './demand.entity.ts';
import type { DemandInput } from './posting.inputs.ts';
import { PostingsService } from './postings.service.ts';

@Injectable()
export class DemandsService extends PostingsService<DemandEntity, DemandInput> {
  protected readonly kind = 'demand';
  protected readonly entity = DemandEntity;
  protected readonly importedKindColumns: readonly (keyof DemandEntity & string)[] = [
    'desiredTrlMin',
    'budgetAmount',
    'budgetCurrency',
    'deadline',
  ];
  protected readonly translationEntity = DemandTranslationEntity;

  constructor(@InjectDataSource() db: DataSource) {
    super(db);
  }

  protected applyKindFields(demand: DemandEntity, input: DemandInput): void {
    demand.desiredTrlMin = input.desiredTrlMin;
    demand.budgetAmount = input.budget?.amount ?? null;
    demand.budgetCurrency = input.budget?.currency ?? null;
    demand.budgetConfidential = input.budgetConfidential ?? false;
    demand.deadline = input.deadline ?? null;
  }

  protected filterTrl(qb: SelectQueryBuilder<DemandEntity>, min?: number, max?: number): void {
    if (min !== undefined) qb.andWhere('p.desired_trl_min >= :trlMin', { trlMin: min });
    if (max !== undefined) qb.andWhere('p.desired_trl_min <= :trlMax', { trlMax: max });
  }
}
