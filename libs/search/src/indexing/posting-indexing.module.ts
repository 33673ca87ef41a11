import { Client } from '@elastic/elasticsearch';
import { Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@ttm/config';
import { ConceptAnnotator, loadThesaurus } from '@ttm/language';
import { DemandEntity, DemandTranslationEntity, OfferEntity, OfferTranslationEntity } from '@ttm/postings';
import type { DataSource } from 'typeorm';
import { ElasticsearchTextAnalyzer } from '../analysis/elasticsearch-text-analyzer.ts';
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
    TypeOrmModule.forFeature([OfferEntity, OfferTranslationEntity, DemandEntity, DemandTranslationEntity]),
  ],
  providers: [
    {
      provide: PostingIndexer,
      inject: [Client, AppConfig, getDataSourceToken()],
      useFactory: (client: Client, config: AppConfig, db: DataSource) => {
        const concepts = loadThesaurus().concepts;
        const analyzer = new ElasticsearchTextAnalyzer(client);
        const annotator = new ConceptAnnotator([...concepts.values()], analyzer);
        return new PostingIndexer(
          client,
          new IndexLifecycle(client, config.elasticsearch.indexPrefix),
          new PostingSourceRepository(db),
          new PostingDocumentBuilder(concepts, annotator, analyzer),
          new PostingIndexWriter(client),
        );
      },
    },
  ],
  exports: [PostingIndexer],
})
export class PostingIndexingModule {}
