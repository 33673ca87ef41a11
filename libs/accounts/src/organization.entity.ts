import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const ORGANIZATION_TYPES = [
  'research_institute',
  'university',
  'company',
  'government',
  'broker_agency',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

@Entity('organization')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') type!: OrganizationType;
  @Column('char', { length: 2 }) country!: string;
  @Column('text', { nullable: true }) website!: string | null;
  @Column('text', { array: true }) languages!: string[];
  @Column('text', { nullable: true }) externalId!: string | null;
  @Column('text', { nullable: true }) source!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
