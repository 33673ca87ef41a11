import { type DynamicModule, Module } from '@nestjs/common';
import { loggerOptions } from '@ttm/common';
import { AppConfig, ConfigModule } from '@ttm/config';
import { DatabaseModule } from '@ttm/database';
import { PostingEnrichmentModule } from '@ttm/enrichment';
import { JobsModule } from '@ttm/jobs';
import { MatchingEngineModule } from '@ttm/matching';
import { OutboxRelayModule } from '@ttm/outbox';
import { PostingIndexingModule, SearchModule } from '@ttm/search';
import { LoggerModule } from 'nestjs-pino';
import { PROCESSORS } from './processors.ts';
import { WorkerShutdown } from './worker-shutdown.ts';
import { WorkerStopping } from './worker-stopping.ts';

/** BullMQ processors only: no HTTP listener. */
@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions({ level: config.logLevel, app: 'worker' })),
        DatabaseModule,
        SearchModule,
        JobsModule,
        OutboxRelayModule,
        PostingIndexingModule,
        MatchingEngineModule,
        PostingEnrichmentModule,
      ],
      providers: [...PROCESSORS, WorkerStopping, WorkerShutdown],
    };
  }
}
