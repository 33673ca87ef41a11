import { Client } from '@elastic/elasticsearch';
import { Module } from '@nestjs/common';
import { AppConfig } from '@ttm/config';
import { IndexLifecycle } from '../indexing/index-lifecycle.ts';
import { POSTING_INDEX } from '../indexing/posting-indexer.ts';
import { LanguageResources } from '../language-resources.ts';
import { SearchModule } from '../search.module.ts';
import { PostingSearchService } from './posting-search.service.ts';

/** Searching offers and demands (the api): read-only over the aliases. */
@Module({
  imports: [SearchModule],
  providers: [
    { provide: LanguageResources, inject: [Client], useFactory: (client: Client) => new LanguageResources(client) },
    {
      provide: PostingSearchService,
      inject: [Client, AppConfig, LanguageResources],
      useFactory: (client: Client, config: AppConfig, language: LanguageResources) => {
        const lifecycle = new IndexLifecycle(client, config.elasticsearch.indexPrefix);
        return new PostingSearchService(
          client,
          language,
          (kind) => lifecycle.alias(POSTING_INDEX[kind]),
          () => Promise.all(Object.values(POSTING_INDEX).map((d) => lifecycle.ensure(d))).then(() => undefined),
        );
      },
    },
  ],
  exports: [PostingSearchService, LanguageResources],
})
export class PostingSearchModule {}
