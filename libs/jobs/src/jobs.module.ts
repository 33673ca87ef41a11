import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AppConfig } from '@ttm/config';
import { JobProducer } from './job.producer.ts';
import { ALL_QUEUES } from './queue-names.ts';
import { RedisHealthIndicator } from './redis.health.ts';

/** BullMQ on Redis: the connection, every queue, the producer and the Redis health indicator. */
@Module({
  imports: [
    TerminusModule,
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.redis.url },
        prefix: config.redis.queuePrefix,
      }),
    }),
    ...ALL_QUEUES.map((name) => BullModule.registerQueue({ name })),
  ],
  providers: [JobProducer, RedisHealthIndicator],
  exports: [BullModule, JobProducer, RedisHealthIndicator],
})
export class JobsModule {}
