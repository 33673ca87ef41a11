import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ConfidentialFields, CooperationMode, PostingStatus } from './posting.types.ts';

/** Columns offers and demands share; each has its own table (concrete table inheritance). */
export abstract class PostingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid', { nullable: true }) createdById!: string | null;
  @Column('text') status!: PostingStatus;
  /** Why it was rejected or put on hold. */
  @Column('text', { nullable: true }) statusReason!: string | null;
  /** Monotonic; bumped by every change. Clients send it back to update (optimistic concurrency). */
  @Column('int') version!: number;
  @Column('text', { nullable: true }) externalId!: string | null;
  @Column('text', { nullable: true }) source!: string | null;
  /** Imported postings: the language the source declared, as given (the original text's language may differ). */
  @Column('text', { nullable: true }) declaredLanguage!: string | null;
  /** Imported postings: a hash of the imported content; cleared by any other edit. */
  @Column('text', { nullable: true }) importFingerprint!: string | null;
  /** Concept ids from the thesaurus (filled by indexing). */
  @Column('text', { array: true }) technologyFields!: string[];
  @Column('text', { array: true }) ipcCodes!: string[];
  @Column('text', { array: true }) cooperationModes!: CooperationMode[];
  @Column('char', { length: 2 }) ownerCountry!: string;
  @Column('text', { array: true }) targetCountries!: string[];
  @Column('jsonb') confidential!: ConfidentialFields;
  @Column('timestamptz', { nullable: true }) publishedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
