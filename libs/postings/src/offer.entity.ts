import { Column, Entity, JoinColumn, ManyToOne, OneToMany, type Relation } from 'typeorm';
import { numericTransformer } from './numeric.transformer.ts';
import { PostingTranslationEntity } from './posting-translation.entity.ts';
import { PostingEntity } from './posting.entity.ts';
import type { IpRight, IpStatus } from './posting.types.ts';

@Entity('offer')
export class OfferEntity extends PostingEntity {
  @Column('smallint') trl!: number;
  @Column('text') ipStatus!: IpStatus;
  @Column('jsonb') ipRights!: IpRight[];
  @Column('numeric', { precision: 18, scale: 2, nullable: true, transformer: numericTransformer }) askingPriceAmount!:
    number | null;
  @Column('char', { length: 3, nullable: true }) askingPriceCurrency!: string | null;
  @Column('boolean') priceConfidential!: boolean;
  @Column('text', { array: true }) applications!: string[];
  @Column('date', { nullable: true }) expiresOn!: string | null;
  @OneToMany(() => OfferTranslationEntity, (t) => t.offer, { cascade: true, eager: true })
  translations!: Relation<OfferTranslationEntity>[];
}

@Entity('offer_translation')
export class OfferTranslationEntity extends PostingTranslationEntity {
  @Column('uuid') offerId!: string;
  @ManyToOne(() => OfferEntity, (o) => o.translations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offer_id' })
  offer!: Relation<OfferEntity>;
}
