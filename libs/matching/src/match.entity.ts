import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One scored pair: how well an offer answers a demand, with the numbers behind the score and
 * the explanation shown to brokers. Rewritten by every recomputation (see MatchesRepository);
 * the broker's decision on the pair lives in `match_review`, which recomputation never touches.
 */
@Entity('posting_match')
export class MatchEntity {
  @PrimaryColumn('uuid') offerId!: string;
  @PrimaryColumn('uuid') demandId!: string;
  /** 0–1, higher is better. */
  @Column('real') score!: number;
  /** The named numbers the score was made of (e.g. `concepts: 0.62`). */
  @Column('jsonb') components!: Record<string, number>;
  /** Why the pair matches, as the scorer wrote it (a JSON object). */
  @Column('jsonb') explanation!: object;
  /** The scoring configuration that computed it. */
  @Column('text') scoringVersion!: string;
  /** The posting versions it was computed from. */
  @Column('int') offerVersion!: number;
  @Column('int') demandVersion!: number;
  @Column('timestamptz') computedAt!: Date;
}
