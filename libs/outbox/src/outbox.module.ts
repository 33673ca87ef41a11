import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '@ttm/jobs';
import { OutboxEventEntity } from './outbox-event.entity.ts';
import { OutboxRelay } from './outbox.relay.ts';

/** The relay from the outbox table to BullMQ; import it in the worker only. */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEventEntity]), JobsModule],
  providers: [OutboxRelay],
  exports: [OutboxRelay],
})
export class OutboxRelayModule {}
