import { type DynamicModule, Module } from '@nestjs/common';
import { loggerOptions } from '@ttm/common';
import { AppConfig, ConfigModule } from '@ttm/config';
import { DatabaseModule } from '@ttm/database';
import { JobsModule } from '@ttm/jobs';
import { OutboxRelayModule } from '@ttm/outbox';
import { PostingIndexingModule, SearchModule } from '@ttm/search';
import { LoggerModule } from 'nestjs-pino';
import { PostingsProcessor } from './postings.processor.ts';
import { SystemProcessor } from './system.processor.ts';

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
      ],
      providers: [SystemProcessor, PostingsProcessor],
    };
  }
}
