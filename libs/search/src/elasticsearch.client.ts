import { Client } from '@elastic/elasticsearch';
import type { AppConfig } from '@ttm/config';

/**
 * The Elasticsearch client, from config. The client major equals the server major (8): a newer
 * client sends a compatibility header an older server rejects.
 */
export function createElasticsearchClient(config: AppConfig): Client {
  return new Client({
    node: config.elasticsearch.url,
    requestTimeout: config.elasticsearch.requestTimeoutMs,
    maxRetries: 2,
    compression: false,
  });
}
