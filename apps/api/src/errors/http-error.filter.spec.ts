import { type ArgumentsHost, HttpException, Logger, NotFoundException } from '@nestjs/common';
import { DomainError } from '@ttm/common';
import { QueryFailedError } from 'typeorm';
import { type ErrorBody, HttpErrorFilter, loggableError } from './http-error.filter.ts';

function run(exception: unknown): { status: number; body: ErrorBody } {
  const sent: { status: number; body: ErrorBody } = { status: 0, body: undefined as unknown as ErrorBody };
  const res = {
    getHeader: () => undefined,
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: ErrorBody) {
      sent.body = body;
    },
  };
  const host = { switchToHttp: () => ({ getRequest: () => ({ id: 'corr-1' }), getResponse: () => res }) };
  new HttpErrorFilter().catch(exception, host as unknown as ArgumentsHost);
  return sent;
}

describe('HttpErrorFilter', () => {
  beforeAll(() => Logger.overrideLogger(false)); // the 500 case logs on purpose

  it.each([
    ['invalid', 400],
    ['not_found', 404],
    ['conflict', 409],
    ['too_large', 413],
    ['unavailable', 503],
  ] as const)('maps a %s domain error to %i with its code and details', (kind, status) => {
    const detail = { path: 'title', code: 'too_long', message: 'at most 300 characters' };
    const { status: sent, body } = run(new DomainError(kind, `offer.${kind}`, 'explained', [detail]));
    expect(sent).toBe(status);
    expect(body).toEqual({
      statusCode: status,
      code: `offer.${kind}`,
      message: 'explained',
      details: [detail],
      correlationId: 'corr-1',
    });
  });

  it('keeps the status of Nest HTTP exceptions', () => {
    const { body } = run(new NotFoundException('Cannot GET /x'));
    expect(body).toMatchObject({ statusCode: 404, code: 'not_found', message: 'Cannot GET /x' });
  });

  it.each([
    ['entity.too.large', 413, 'payload_too_large', /limit of 1048576 bytes/],
    ['entity.parse.failed', 400, 'invalid_json', /not valid JSON: Unexpected end of JSON input/],
  ])('names a body parser error of type %s: %i %s', (type, status, code, message) => {
    // What Nest's express adapter passes on: an HttpException caused by body-parser's http-error.
    const cause = Object.assign(new Error('Unexpected end of JSON input'), { type, limit: 1_048_576, status });
    const { status: sent, body } = run(new HttpException('from the parser', status, { cause }));
    expect(sent).toBe(status);
    expect(body).toEqual({
      statusCode: status,
      code,
      message: expect.stringMatching(message),
      details: [],
      correlationId: 'corr-1',
    });
  });

  it('hides the message of unexpected errors', () => {
    const { status, body } = run(new Error('password=secret in a stack'));
    expect(status).toBe(500);
    expect(body.message).toBe('Internal server error');
    expect(JSON.stringify(body)).not.toContain('secret');
  });

  it('logs a failed query without the values it was sent', () => {
    const driverError = Object.assign(
      new Error('duplicate key value violates unique constraint "app_user_email_key"'),
      {
        code: '23505',
        detail: 'Key (email)=(canary-secret@example.org) already exists.',
        constraint: 'app_user_email_key',
        table: 'app_user',
      },
    );
    const failed = new QueryFailedError(
      'INSERT INTO app_user (email) VALUES ($1)',
      ['canary-secret@example.org'],
      driverError,
    );
    expect(JSON.stringify(failed)).toContain('canary-secret'); // what used to be logged
    const logged = JSON.stringify(loggableError(failed));
    expect(logged).not.toContain('canary-secret');
    expect(JSON.parse(logged)).toMatchObject({
      type: 'QueryFailedError',
      message: expect.stringContaining('app_user_email_key'),
      query: 'INSERT INTO app_user (email) VALUES ($1)',
      code: '23505',
      constraint: 'app_user_email_key',
      table: 'app_user',
    });
    const other = new Error('boom');
    expect(loggableError(other)).toBe(other);
  });
});
