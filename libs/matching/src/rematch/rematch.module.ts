import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { JobProducer, JobsModule } from '@ttm/jobs';
import type { DataSource } from 'typeorm';
import { DEFAULT_SCORING_CONFIG } from '../scoring/scoring.config.ts';
import { RematchService } from './rematch.service.ts';

/** Full rematch runs: start, resume, progress (worker, api and cli). */
@Module({
  imports: [JobsModule],
  providers: [
    {
      provide: RematchService,
      inject: [getDataSourceToken(), JobProducer],
      useFactory: (db: DataSource, jobs: JobProducer) => new RematchService(db, jobs, DEFAULT_SCORING_CONFIG.version),
    },
  ],
  exports: [RematchService],
})
export class RematchModule {}
