import { randomUUID } from 'node:crypto';

/** Header that carries a request's correlation id in and out. */
export const CORRELATION_ID_HEADER = 'x-request-id';

const ACCEPTED = /^[A-Za-z0-9._:-]{1,128}$/;

/** Keeps a caller's id when it is safe to log, otherwise makes a new one. */
export function correlationIdFrom(incoming: string | string[] | undefined): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value !== undefined && ACCEPTED.test(value) ? value : randomUUID();
}
