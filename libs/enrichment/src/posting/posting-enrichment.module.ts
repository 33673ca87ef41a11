import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig } from '@ttm/config';
import { PostingEnrichmentRepository } from '@ttm/postings';
import type { DataSource } from 'typeorm';
import { EMBEDDING_TEXT_MAX_CHARS } from '../embedding/embedding-text.ts';
import type { EmbeddingProvider } from '../embedding/embedding.provider.ts';
import { EnrichmentModule } from '../enrichment.module.ts';
import { EMBEDDING_PROVIDER, TRANSLATION_PROVIDER } from '../enrichment.tokens.ts';
import type { TranslationProvider } from '../translation/translation.provider.ts';
import { PostingEnricher } from './posting-enricher.ts';

/** Enrichment of stored postings (the worker's enrichment jobs). Needs the database and the global config. */
@Module({
  imports: [EnrichmentModule],
  providers: [
    {
      provide: PostingEnrichmentRepository,
      inject: [getDataSourceToken()],
      useFactory: (db: DataSource) => new PostingEnrichmentRepository(db),
    },
    {
      provide: PostingEnricher,
      inject: [getDataSourceToken(), PostingEnrichmentRepository, AppConfig, TRANSLATION_PROVIDER, EMBEDDING_PROVIDER],
      useFactory: (
        db: DataSource,
        store: PostingEnrichmentRepository,
        config: AppConfig,
        translation: TranslationProvider | null,
        embedding: EmbeddingProvider | null,
      ) =>
        new PostingEnricher(db, store, translation, embedding, {
          targetLanguages: config.translation?.targetLanguages ?? [],
          embeddingMaxChars: config.embedding?.maxChars ?? EMBEDDING_TEXT_MAX_CHARS,
        }),
    },
  ],
  exports: [PostingEnricher, PostingEnrichmentRepository, EnrichmentModule],
})
export class PostingEnrichmentModule {}
