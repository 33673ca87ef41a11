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
  await manager.insert(OutboxEventEntity, { ...event, correlationId: event.correlationId ?? null, attempts: 0 });
}
