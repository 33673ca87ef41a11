import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const ROLES = ['member', 'broker', 'admin'] as const;
export type Role = (typeof ROLES)[number];

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') email!: string;
  @Column('text') passwordHash!: string;
  @Column('text') displayName!: string;
  @Column('text') role!: Role;
  @Column('uuid', { nullable: true }) organizationId!: string | null;
  /** Brokers: the countries and technology fields they cover (empty = everything). */
  @Column('text', { array: true }) portfolioCountries!: string[];
  @Column('text', { array: true }) portfolioFields!: string[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
