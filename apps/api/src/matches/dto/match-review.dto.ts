import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NormalizedText } from '@ttm/common';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import {
  REJECTION_REASONS,
  REVIEW_NOTE_MAX_LENGTH,
  REVIEW_STATES,
  type RejectionReason,
  type ReviewState,
} from '@ttm/matching';

export class ChangeMatchReviewDto {
  @ApiProperty({
    enum: REVIEW_STATES,
    description:
      'new → shortlisted → introduced → in_negotiation → deal, one step at a time; any state before deal → rejected; rejected → new',
  })
  @IsIn(REVIEW_STATES)
  state!: ReviewState;

  @ApiPropertyOptional({ enum: REJECTION_REASONS, description: 'Required with rejected, refused otherwise' })
  @IsOptional()
  @IsIn(REJECTION_REASONS)
  reasonCode?: RejectionReason;

  @ApiPropertyOptional({ maxLength: REVIEW_NOTE_MAX_LENGTH, description: 'Required with reason other' })
  @IsOptional()
  @NormalizedText()
  @IsString()
  @MaxLength(REVIEW_NOTE_MAX_LENGTH)
  note?: string;

  @ApiPropertyOptional({
    minimum: 0,
    description: 'The review version you read (0: never reviewed); a stale one answers 409. Omitted: not checked',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  version?: number;
}
