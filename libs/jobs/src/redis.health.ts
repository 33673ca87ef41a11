import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { withTimeout } from '@ttm/common';
import { AppConfig } from '@ttm/config';
import { Redis } from 'ioredis';

/**
 * Up when Redis answers PING and keeps `maxmemory-policy noeviction` (anything else lets Redis
 * drop queued jobs under memory pressure). Its own connection fails fast instead of queueing.
 */
@Injectable()
export class RedisHealthIndicator implements OnApplicationShutdown {
  private readonly redis: Redis;

  constructor(
    config: AppConfig,
    private readonly health: HealthIndicatorService,
  ) {
    this.redis = new Redis(config.redis.url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 2_000,
      retryStrategy: () => 1_000,
    });
    this.redis.on('error', () => undefined); // reported through isHealthy, not as crashes
  }

  async isHealthy(key: string, timeoutMs = 2_000): Promise<HealthIndicatorResult> {
    const indicator = this.health.check(key);
    try {
      if (this.redis.status === 'wait') await this.redis.connect();
      const [, policy] = (await withTimeout(
        this.redis.config('GET', 'maxmemory-policy'),
        timeoutMs,
        'Redis',
      )) as string[];
      if (policy !== 'noeviction') {
        return indicator.down({ message: `maxmemory-policy is ${policy}; BullMQ needs noeviction` });
      }
      return indicator.up({ maxmemoryPolicy: policy });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
