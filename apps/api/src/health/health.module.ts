import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { JobsModule } from '@ttm/jobs';
import { SearchModule } from '@ttm/search';
import { HealthController } from './health.controller.ts';

@Module({
  imports: [TerminusModule.forRoot({ logger: false }), JobsModule, SearchModule],
  controllers: [HealthController],
})
export class HealthModule {}
