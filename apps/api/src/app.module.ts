import { type DynamicModule, Module } from '@nestjs/common';
import { loggerOptions } from '@ttm/common';
import { AppConfig, ConfigModule } from '@ttm/config';
import { DatabaseModule } from '@ttm/database';
import { JobsModule } from '@ttm/jobs';
import { SearchModule } from '@ttm/search';
import { LoggerModule } from 'nestjs-pino';
import { AccountsHttpModule } from './accounts/accounts-http.module.ts';
import { HealthModule } from './health/health.module.ts';
import { MatchesHttpModule } from './matches/matches-http.module.ts';
import { MetricsModule } from './metrics/metrics.module.ts';
import { PostingsHttpModule } from './postings/postings-http.module.ts';
import { SearchHttpModule } from './search/search-http.module.ts';
import { QueueDashboardModule } from './queue-dashboard/queue-dashboard.module.ts';

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions({ level: config.logLevel, app: 'api' })),
        DatabaseModule,
        SearchModule,
        JobsModule,
        HealthModule,
        MetricsModule,
        AccountsHttpModule,
        PostingsHttpModule,
        SearchHttpModule,
        MatchesHttpModule,
        QueueDashboardModule,
      ],
    };
  }
}
