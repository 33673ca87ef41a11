import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO31661Alpha2, IsISO6391, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { type MatchFilters, QUEUE_SORTS, type QueueSort, REVIEW_STATES, type ReviewState } from '@ttm/matching';
import { COOPERATION_MODES, type CooperationMode } from '@ttm/postings';
import { PaginationQueryDto } from '../../common/page.dto.ts';

const SIDE = "the counterpart's (on the queue: either side's)";

/** Filters every match list takes. */
class MatchFiltersQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 1, example: 0.5, description: 'Score at least' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  minScore?: number;

  @ApiPropertyOptional({ example: 'CN', description: `ISO 3166-1 alpha-2 country of the owner: ${SIDE}` })
  @IsOptional()
  @IsISO31661Alpha2()
  country?: string;

  @ApiPropertyOptional({ example: 'ru', description: `ISO 639-1 language of the original text: ${SIDE}` })
  @IsOptional()
  @IsISO6391()
  language?: string;

  @ApiPropertyOptional({ enum: COOPERATION_MODES, description: `A cooperation mode: ${SIDE}` })
  @IsOptional()
  @IsIn(COOPERATION_MODES)
  mode?: CooperationMode;

  @ApiPropertyOptional({ enum: REVIEW_STATES, description: 'Review state of the pair (never reviewed: new)' })
  @IsOptional()
  @IsIn(REVIEW_STATES)
  state?: ReviewState;

  toFilters(): MatchFilters {
    const { minScore, country, language, mode, state } = this;
    return { minScore, country, language, mode, state };
  }
}

const IsTrlFilter = () =>
  applyDecorators(
    ApiPropertyOptional({ minimum: 1, maximum: 9, description: "The offer's TRL at least" }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(9),
  );

/** An offer's list: its demands. */
export class OfferMatchesQueryDto extends MatchFiltersQueryDto {}

/** A demand's list: its offers, which also filter by TRL. */
export class DemandMatchesQueryDto extends MatchFiltersQueryDto {
  @IsTrlFilter()
  trl?: number;

  override toFilters(): MatchFilters {
    return { ...super.toFilters(), trl: this.trl };
  }
}

/** The brokers' queue. */
export class MatchQueueQueryDto extends DemandMatchesQueryDto {
  @ApiPropertyOptional({
    enum: QUEUE_SORTS,
    default: 'score',
    description: 'score: best first; newest: most recently computed first',
  })
  @IsOptional()
  @IsIn(QUEUE_SORTS)
  sort: QueueSort = 'score';
}
