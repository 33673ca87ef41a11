import { Client } from '@elastic/elasticsearch';
import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AppConfig } from '@ttm/config';
import { createElasticsearchClient } from './elasticsearch.client.ts';
import { ElasticsearchHealthIndicator } from './elasticsearch.health.ts';

/** Elasticsearch access: the client (inject `Client`) and its health indicator. */
@Module({
  imports: [TerminusModule],
  providers: [
    { provide: Client, inject: [AppConfig], useFactory: createElasticsearchClient },
    ElasticsearchHealthIndicator,
  ],
  exports: [Client, ElasticsearchHealthIndicator],
})
export class SearchModule implements OnApplicationShutdown {
  constructor(@Inject(Client) private readonly client: Client) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}
