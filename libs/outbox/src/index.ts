export { OutboxEventEntity } from './outbox-event.entity.ts';
export { OutboxRelayModule } from './outbox.module.ts';
export { OutboxRelay } from './outbox.relay.ts';
export { recordOutboxEvent, recordOutboxEvents, type OutboxEvent } from './outbox.writer.ts';
