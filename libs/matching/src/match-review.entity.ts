import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RejectionReason, ReviewState } from './match-review.rules.ts';

/** A broker's decision on one pair. No row: the pair is `new` (version 0). */
@Entity('match_review')
export class MatchReviewEntity {
  @PrimaryColumn('uuid') offerId!: string;
  @PrimaryColumn('uuid') demandId!: string;
  @Column('text') state!: ReviewState;
  /** Only with `rejected`. */
  @Column('text', { nullable: true }) reasonCode!: RejectionReason | null;
  @Column('text', { nullable: true }) note!: string | null;
  /** Bumped by every change; clients send back the one they read (optimistic concurrency). */
  @Column('int') version!: number;
  @Column('uuid') updatedBy!: string;
  @Column('timestamptz') updatedAt!: Date;
}
