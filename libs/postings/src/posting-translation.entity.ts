import { Column, PrimaryGeneratedColumn } from 'typeorm';
import type { TranslationOrigin } from './posting.types.ts';

/** The text of a posting in one language; exactly one row per posting is the original. */
export abstract class PostingTranslationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('varchar', { length: 8 }) language!: string;
  @Column('text') origin!: TranslationOrigin;
  @Column('text') title!: string;
  @Column('text') summary!: string;
  @Column('text') description!: string;
  @Column('text', { array: true }) keywords!: string[];
}
