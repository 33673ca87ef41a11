import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsInt, IsISO31661Alpha2, IsISO6391, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { COOPERATION_MODES, type CooperationMode, POSTING_STATUSES, type PostingStatus } from '@ttm/postings';
import { PageQueryDto } from '../../common/page.dto.ts';

export class PostingQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: POSTING_STATUSES })
  @IsOptional()
  @IsIn(POSTING_STATUSES)
  status?: PostingStatus;

  @ApiPropertyOptional({ example: 'zh', description: 'Has a translation in this language' })
  @IsOptional()
  @IsISO6391()
  language?: string;

  @ApiPropertyOptional({ example: 'CN', description: "Owner's country" })
  @IsOptional()
  @IsISO31661Alpha2()
  country?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 9, description: 'Offers: TRL at least; demands: wanted TRL at least' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(9)
  trlMin?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 9 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(9)
  trlMax?: number;

  @ApiPropertyOptional({ enum: COOPERATION_MODES })
  @IsOptional()
  @IsIn(COOPERATION_MODES)
  mode?: CooperationMode;

  @ApiPropertyOptional({ example: '2026-11-01T00:00:00Z' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  updatedSince?: Date;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  toFilters() {
    const { status, language, country, trlMin, trlMax, mode, updatedSince, organizationId } = this;
    return { status, language, country, trlMin, trlMax, mode, updatedSince, organizationId };
  }
}
