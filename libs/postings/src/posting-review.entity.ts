import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PostingKind } from './posting.types.ts';

export const REVIEW_DECISIONS = ['publish', 'reject', 'hold'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** A broker's review, in the four categories of the Enterprise Europe Network rubric (0–5 each). */
@Entity('posting_review')
export class PostingReviewEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') postingKind!: PostingKind;
  @Column('uuid') postingId!: string;
  @Column('int') postingVersion!: number;
  @Column('uuid') reviewerId!: string;
  @Column('text') decision!: ReviewDecision;
  /** Advantages and innovative aspects. */
  @Column('smallint') scoreInnovation!: number;
  /** Clarity, coherence and understanding. */
  @Column('smallint') scoreClarity!: number;
  /** Cooperation expectations. */
  @Column('smallint') scoreCooperation!: number;
  /** Guidelines and linguistic accuracy. */
  @Column('smallint') scoreLanguage!: number;
  @Column('text') comment!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
