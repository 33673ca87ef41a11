import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type MatchedPosting,
  type PostingMatch,
  type QueueMatch,
  REJECTION_REASONS,
  REVIEW_STATES,
  type RejectionReason,
  type ReviewAuditEntry,
  type ReviewState,
  type ReviewView,
} from '@ttm/matching';
import { POSTING_KINDS, type PostingKind } from '@ttm/postings';
import { PageMetaDto } from '../../common/page.dto.ts';

export class MatchReviewResponseDto {
  @ApiProperty({ enum: REVIEW_STATES }) state!: ReviewState;
  @ApiPropertyOptional({ enum: REJECTION_REASONS, nullable: true }) reasonCode!: RejectionReason | null;
  @ApiPropertyOptional({ nullable: true }) note!: string | null;
  @ApiProperty({ description: '0 while the pair has never been reviewed; send it back to change the review' })
  version!: number;
  @ApiPropertyOptional({ nullable: true }) updatedAt!: Date | null;
}

export class MatchedPostingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: POSTING_KINDS }) kind!: PostingKind;
  @ApiProperty({ description: 'In the original language' }) title!: string;
  @ApiProperty({ description: 'In the original language' }) summary!: string;
  @ApiProperty({ example: 'ru', description: 'Language of the original text' }) language!: string;
  @ApiProperty({ example: 'RU', description: "Owner's country" }) country!: string;
}

class ScoredPairDto {
  @ApiProperty({ minimum: 0, maximum: 1 }) score!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { concepts: 0.62, ipc: 0.4, trl: 1 },
    description: 'The numbers the score was made of',
  })
  components!: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Why the pair matches, as stored' })
  explanation!: object;
  @ApiProperty() scoringVersion!: string;
  @ApiProperty({ description: 'Offer version the score was computed from' }) offerVersion!: number;
  @ApiProperty({ description: 'Demand version the score was computed from' }) demandVersion!: number;
  @ApiProperty() computedAt!: Date;
  @ApiProperty({ type: MatchReviewResponseDto }) review!: MatchReviewResponseDto;
}

export class PostingMatchDto extends ScoredPairDto {
  @ApiProperty({ type: MatchedPostingDto }) counterpart!: MatchedPostingDto;
}

export class QueueMatchDto extends ScoredPairDto {
  @ApiProperty({ type: MatchedPostingDto }) offer!: MatchedPostingDto;
  @ApiProperty({ type: MatchedPostingDto }) demand!: MatchedPostingDto;
}

export class PostingMatchPageDto {
  @ApiProperty({ type: [PostingMatchDto] }) items!: PostingMatchDto[];
  @ApiProperty({ type: PageMetaDto }) meta!: PageMetaDto;
}

export class QueueMatchPageDto {
  @ApiProperty({ type: [QueueMatchDto] }) items!: QueueMatchDto[];
  @ApiProperty({ type: PageMetaDto }) meta!: PageMetaDto;
}

export class MatchReviewAuditDto {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'uuid' }) actorId!: string;
  @ApiProperty({ enum: REVIEW_STATES }) fromState!: ReviewState;
  @ApiProperty({ enum: REVIEW_STATES }) toState!: ReviewState;
  @ApiPropertyOptional({ enum: REJECTION_REASONS, nullable: true }) reasonCode!: RejectionReason | null;
  @ApiPropertyOptional({ nullable: true }) note!: string | null;
  @ApiProperty() at!: Date;
  @ApiPropertyOptional({ nullable: true }) correlationId!: string | null;
}

const posting = (p: MatchedPosting): MatchedPostingDto => ({ ...p });

export const toReviewResponse = (r: ReviewView): MatchReviewResponseDto => ({
  state: r.state,
  reasonCode: r.reasonCode,
  note: r.note,
  version: r.version,
  updatedAt: r.updatedAt,
});

function scoredPair(m: PostingMatch | QueueMatch): ScoredPairDto {
  return {
    score: m.score,
    components: m.components,
    explanation: m.explanation,
    scoringVersion: m.scoringVersion,
    offerVersion: m.offerVersion,
    demandVersion: m.demandVersion,
    computedAt: m.computedAt,
    review: toReviewResponse(m.review),
  };
}

export const toPostingMatchResponse = (m: PostingMatch): PostingMatchDto => ({
  counterpart: posting(m.counterpart),
  ...scoredPair(m),
});

export const toQueueMatchResponse = (m: QueueMatch): QueueMatchDto => ({
  offer: posting(m.offer),
  demand: posting(m.demand),
  ...scoredPair(m),
});

export const toAuditResponse = (a: ReviewAuditEntry): MatchReviewAuditDto => ({ ...a });
