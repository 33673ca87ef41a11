import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { AccountsModule, TokenService } from '@ttm/accounts';
import { AppConfig } from '@ttm/config';
import { ALL_QUEUES, JobProducer, JobsModule } from '@ttm/jobs';
import type { Express } from 'express';
import { dashboardAuth } from './queue-dashboard.auth.ts';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * bull-board at `/admin/queues` over every queue of ALL_QUEUES, behind `dashboardAuth` (admins
 * only). Mounted on the Express instance when the modules initialise: after Nest's middleware
 * (request logging, metrics) and routes, before Nest's 404 handler. Outside the api prefix and
 * outside the OpenAPI document.
 */
@Injectable()
export class QueueDashboard implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly jobs: JobProducer,
    private readonly tokens: TokenService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const board = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: ALL_QUEUES.map((name) => new BullMQAdapter(this.jobs.queue(name))),
      serverAdapter: board,
      options: { uiConfig: { boardTitle: 'TTM queues' } },
    });
    const auth = dashboardAuth({
      basePath: QUEUE_DASHBOARD_PATH,
      tokens: this.tokens,
      cookieMaxAgeSeconds: this.config.auth.accessTtlSeconds,
      alwaysSecure: this.config.env === 'production',
    });
    this.adapterHost.httpAdapter.getInstance<Express>().use(QUEUE_DASHBOARD_PATH, auth, board.getRouter());
  }
}

@Module({
  imports: [JobsModule, AccountsModule],
  providers: [QueueDashboard],
})
export class QueueDashboardModule {}
