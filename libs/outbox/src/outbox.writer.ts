import type { EntityManager } from 'typeorm';
import { OutboxEventEntity } from './outbox-event.entity.ts';

export interface OutboxEvent {
  aggregateKind: 'offer' | 'demand';
  aggregateId: string;
  aggregateVersion: number;
  eventType: 'created' | 'updated' | 'status_changed' | 'deleted';
  correlationId?: string | undefined;
}

/** Records an event inside the caller's transaction (pass its EntityManager). */
export async function recordOutboxEvent(manager: EntityManager, event: OutboxEvent): Promise<void> {
  await recordOutboxEvents(manager, [event]);
}

/** Records several events inside the caller's transaction, in one statement. */
export async function recordOutboxEvents(manager: EntityManager, events: OutboxEvent[]): Promise<void> {
  if (events.length === 0) return;
  await manager.insert(
    OutboxEventEntity,
    events.map((event) => ({ ...event, correlationId: event.correlationId ?? null, attempts: 0 })),
  );
}
