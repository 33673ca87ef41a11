import { Public } from '../auth/auth.decorators.ts';
import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, type HealthCheckResult, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { RedisHealthIndicator } from '@ttm/jobs';
import { ElasticsearchHealthIndicator } from '@ttm/search';
import type { Response } from 'express';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly postgres: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly elasticsearch: ElasticsearchHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness: the process answers (checks no dependency)' })
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: PostgreSQL, Redis and Elasticsearch, each reported' })
  @ApiServiceUnavailableResponse({ description: 'At least one dependency is down; the body says which' })
  async ready(@Res({ passthrough: true }) res: Response): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => this.postgres.pingCheck('postgres', { timeout: 2_000 }),
        () => this.redis.isHealthy('redis'),
        () => this.elasticsearch.isHealthy('elasticsearch'),
      ]);
    } catch (error) {
      // Terminus reports "not ready" as a 503 exception; its body is the report operators need.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      res.status(503);
      return error.getResponse() as HealthCheckResult;
    }
  }
}
