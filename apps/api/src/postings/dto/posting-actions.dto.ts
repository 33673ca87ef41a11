import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NormalizedText } from '@ttm/common';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { REVIEW_DECISIONS, type ReviewDecision } from '@ttm/postings';
import { VersionDto } from '../../common/version.dto.ts';

/** What the owner may ask for; publishing, rejecting and holding go through a review. */
export const OWNER_TARGETS = ['pending_review', 'draft', 'archived', 'expired'] as const;

export class StatusChangeDto extends VersionDto {
  @ApiProperty({ enum: OWNER_TARGETS, example: 'pending_review' })
  @IsIn(OWNER_TARGETS)
  to!: (typeof OWNER_TARGETS)[number];
}

class ScoreDto {
  @ApiProperty({ minimum: 0, maximum: 5, description: 'Advantages and innovative aspects' })
  @IsInt()
  @Min(0)
  @Max(5)
  innovation!: number;

  @ApiProperty({ minimum: 0, maximum: 5, description: 'Clarity, coherence and understanding' })
  @IsInt()
  @Min(0)
  @Max(5)
  clarity!: number;

  @ApiProperty({ minimum: 0, maximum: 5, description: 'Cooperation expectations' })
  @IsInt()
  @Min(0)
  @Max(5)
  cooperation!: number;

  @ApiProperty({ minimum: 0, maximum: 5, description: 'Guidelines and linguistic accuracy' })
  @IsInt()
  @Min(0)
  @Max(5)
  language!: number;
}

export class ReviewDto extends VersionDto {
  @ApiProperty({ enum: REVIEW_DECISIONS, example: 'publish' })
  @IsIn(REVIEW_DECISIONS)
  decision!: ReviewDecision;

  @ApiProperty({ type: ScoreDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ScoreDto)
  scores!: ScoreDto;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Required to reject or hold' })
  @IsOptional()
  @NormalizedText()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class ReviewResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() postingVersion!: number;
  @ApiProperty() reviewerId!: string;
  @ApiProperty({ enum: REVIEW_DECISIONS }) decision!: ReviewDecision;
  @ApiProperty({ type: ScoreDto }) scores!: ScoreDto;
  @ApiProperty() comment!: string;
  @ApiProperty() createdAt!: Date;
}
