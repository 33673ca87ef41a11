import { Client } from '@elastic/elasticsearch';
import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';

/**
 * Up when the cluster answers health with green or yellow. Uses cluster health, not `GET /`:
 * the minimal distribution we test against has no root endpoint, and health is the better signal.
 */
@Injectable()
export class ElasticsearchHealthIndicator {
  constructor(
    private readonly client: Client,
    private readonly health: HealthIndicatorService,
  ) {}

  async isHealthy(key: string, timeoutMs = 3_000): Promise<HealthIndicatorResult> {
    const indicator = this.health.check(key);
    try {
      const res = await this.client.cluster.health({}, { requestTimeout: timeoutMs, maxRetries: 0 });
      const info = { clusterStatus: res.status, nodes: res.number_of_nodes };
      return res.status === 'red' ? indicator.down(info) : indicator.up(info);
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
