import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@ttm/config';
import { Redis } from 'ioredis';
import { tooManyAttempts } from './accounts.errors.ts';

/**
 * Failed logins counted in Redis per e-mail and per client address, so every api instance sees
 * the same counts. A fixed window: `LOGIN_MAX_ATTEMPTS` failures per `LOGIN_WINDOW_SECONDS`.
 * If Redis is down, logins are not limited rather than refused.
 */
@Injectable()
export class LoginRateLimiter implements OnApplicationShutdown {
  private readonly redis: Redis;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {
    this.redis = new Redis(config.redis.url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    this.redis.on('error', () => undefined);
  }

  async assertAllowed(email: string, clientIp: string): Promise<void> {
    const counts = await this.read(this.keys(email, clientIp));
    const max = this.config.auth.loginMaxAttempts;
    if (counts.some((c) => c >= max)) throw tooManyAttempts(this.config.auth.loginWindowSeconds);
  }

  async recordFailure(email: string, clientIp: string): Promise<void> {
    try {
      await this.connect();
      const multi = this.redis.multi();
      for (const key of this.keys(email, clientIp)) {
        multi.incr(key).expire(key, this.config.auth.loginWindowSeconds, 'NX');
      }
      await multi.exec();
    } catch {
      // Redis down: nothing counted.
    }
  }

  async reset(email: string): Promise<void> {
    await this.connect()
      .then(() => this.redis.del(this.keys(email, '')[0]!))
      .catch(() => undefined);
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }

  private keys(email: string, clientIp: string): string[] {
    const prefix = `${this.config.redis.queuePrefix}:login`;
    return [`${prefix}:email:${email.toLowerCase()}`, `${prefix}:ip:${clientIp}`];
  }

  private async read(keys: string[]): Promise<number[]> {
    try {
      await this.connect();
      return (await this.redis.mget(...keys)).map((v) => Number(v ?? 0));
    } catch {
      return [];
    }
  }

  private async connect(): Promise<void> {
    if (this.redis.status === 'wait') await this.redis.connect();
  }
}
