import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { JobsModule } from '@ttm/jobs';
import { Registry } from 'prom-client';
import { HttpMetricsMiddleware } from './http-metrics.middleware.ts';
import { MetricsController } from './metrics.controller.ts';
import { createMetricsRegistry, HttpMetrics } from './metrics.registry.ts';
import { QueueDepthCollector } from './queue-depth.collector.ts';

/** Prometheus metrics at `GET /metrics`: process, HTTP latencies, queue depths. */
@Module({
  imports: [JobsModule],
  controllers: [MetricsController],
  providers: [{ provide: Registry, useFactory: () => createMetricsRegistry('api') }, HttpMetrics, QueueDepthCollector],
})
export class MetricsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }
}
