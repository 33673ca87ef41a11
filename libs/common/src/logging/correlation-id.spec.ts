import { correlationIdFrom } from './correlation-id.ts';

describe('correlationIdFrom', () => {
  it('keeps a safe incoming id', () => {
    expect(correlationIdFrom('req-42.a:b')).toBe('req-42.a:b');
    expect(correlationIdFrom(['first', 'second'])).toBe('first');
  });

  it('replaces missing, oversized or unsafe ids with a fresh uuid', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(correlationIdFrom(undefined)).toMatch(uuid);
    expect(correlationIdFrom('x'.repeat(129))).toMatch(uuid);
    expect(correlationIdFrom('id\nwith newline')).toMatch(uuid);
    expect(correlationIdFrom('<script>')).toMatch(uuid);
  });
});
