import { Client } from '@elastic/elasticsearch';
import { Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@ttm/config';
import { EMBEDDING_PROVIDER, type EmbeddingProvider, EnrichmentModule } from '@ttm/enrichment';
import { DemandEntity, DemandTranslationEntity, OfferEntity, OfferTranslationEntity } from '@ttm/postings';
import type { DataSource } from 'typeorm';
import { LanguageResources } from '../language-resources.ts';
import { SearchModule } from '../search.module.ts';
import { IndexLifecycle } from './index-lifecycle.ts';
import { PostingDocumentBuilder } from './posting-document.builder.ts';
import { PostingIndexWriter } from './posting-index.writer.ts';
import { PostingIndexer } from './posting-indexer.ts';
import { PostingSourceRepository } from './posting-source.repository.ts';

/** Indexing of offers and demands: PostgreSQL → documents → Elasticsearch, and the rebuild. */
@Module({
  imports: [
    SearchModule,
    EnrichmentModule,
    TypeOrmModule.forFeature([OfferEntity, OfferTranslationEntity, DemandEntity, DemandTranslationEntity]),
  ],
  providers: [
    { provide: LanguageResources, inject: [Client], useFactory: (client: Client) => new LanguageResources(client) },
    {
      provide: PostingIndexer,
      inject: [Client, AppConfig, getDataSourceToken(), LanguageResources, EMBEDDING_PROVIDER],
      useFactory: (
        client: Client,
        config: AppConfig,
        db: DataSource,
        language: LanguageResources,
        embedding: EmbeddingProvider | null,
      ) => {
        const { concepts, graph, annotator, analyzer } = language;
        const vectors = embedding ? { fingerprint: embedding.fingerprint, dimensions: embedding.dimensions } : null;
        return new PostingIndexer(
          client,
          new IndexLifecycle(client, config.elasticsearch.indexPrefix, vectors?.dimensions ?? null),
          new PostingSourceRepository(db),
          new PostingDocumentBuilder(concepts, graph, annotator, analyzer, vectors),
          new PostingIndexWriter(client),
        );
      },
    },
  ],
  exports: [PostingIndexer, LanguageResources],
})
export class PostingIndexingModule {}
