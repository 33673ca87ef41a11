import { Column, Entity, JoinColumn, ManyToOne, OneToMany, type Relation } from 'typeorm';
import { numericTransformer } from './numeric.transformer.ts';
import { PostingTranslationEntity } from './posting-translation.entity.ts';
import { PostingEntity } from './posting.entity.ts';

@Entity('demand')
export class DemandEntity extends PostingEntity {
  @Column('smallint') desiredTrlMin!: number;
  @Column('numeric', { precision: 18, scale: 2, nullable: true, transformer: numericTransformer })
  budgetAmount!: number | null;
  @Column('char', { length: 3, nullable: true }) budgetCurrency!: string | null;
  @Column('boolean') budgetConfidential!: boolean;
  @Column('date', { nullable: true }) deadline!: string | null;
  @OneToMany(() => DemandTranslationEntity, (t) => t.demand, { cascade: true, eager: true })
  translations!: Relation<DemandTranslationEntity>[];
}

@Entity('demand_translation')
export class DemandTranslationEntity extends PostingTranslationEntity {
  @Column('uuid') demandId!: string;
  @ManyToOne(() => DemandEntity, (d) => d.translations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'demand_id' })
  demand!: Relation<DemandEntity>;
}
