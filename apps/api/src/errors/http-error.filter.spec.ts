import { type ArgumentsHost, HttpException, Logger, NotFoundException } from '@nestjs/common';
import { DomainError } from '@ttm/common';
import { type ErrorBody, HttpErrorFilter } from './http-error.filter.ts';

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
});
