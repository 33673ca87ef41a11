import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RejectionReason, ReviewState } from './match-review.rules.ts';

/** One change of a pair's review, written in the same transaction as the change. */
@Entity('match_review_audit')
export class MatchReviewAuditEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column('uuid') offerId!: string;
  @Column('uuid') demandId!: string;
  @Column('uuid') actorId!: string;
  @Column('text') fromState!: ReviewState;
  @Column('text') toState!: ReviewState;
  @Column('text', { nullable: true }) reasonCode!: RejectionReason | null;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('timestamptz') at!: Date;
  @Column('text', { nullable: true }) correlationId!: string | null;
}
