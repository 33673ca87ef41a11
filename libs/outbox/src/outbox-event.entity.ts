import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A change to deliver to the job queue, written in the same transaction as the change itself,
 * so Redis being down never loses or half-writes it.
 */
@Entity('outbox_event')
export class OutboxEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column('text') aggregateKind!: string;
  @Column('uuid') aggregateId!: string;
  @Column('int') aggregateVersion!: number;
  @Column('text') eventType!: string;
  @Column('text', { nullable: true }) correlationId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column('int') attempts!: number;
  @Column('text', { nullable: true }) lastError!: string | null;
  @Column('timestamptz', { nullable: true }) sentAt!: Date | null;
}
