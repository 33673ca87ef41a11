import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { CORRELATION_ID_HEADER, DomainError, type DomainErrorKind, type ErrorDetail } from '@ttm/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';

export const STATUS_OF: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  forbidden: HttpStatus.FORBIDDEN,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  too_large: HttpStatus.PAYLOAD_TOO_LARGE,
  too_many_requests: HttpStatus.TOO_MANY_REQUESTS,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details: ErrorDetail[];
  correlationId: string | undefined;
}

/**
 * The one place errors become HTTP: domain errors by kind, Nest's HTTP exceptions by status,
 * anything else as a 500 that leaks nothing but the correlation id to quote in a bug report.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { id?: string }>();
    const res = http.getResponse<Response>();
    const body = this.toBody(exception, req.id ?? res.getHeader(CORRELATION_ID_HEADER)?.toString());
    if (body.statusCode >= 500) {
      this.logger.error({ err: loggableError(exception), correlationId: body.correlationId }, body.message);
    }
    res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, correlationId: string | undefined): ErrorBody {
    if (exception instanceof DomainError) {
      const statusCode = STATUS_OF[exception.kind];
      return {
        statusCode,
        code: exception.code,
        message: exception.message,
        details: exception.details,
        correlationId,
      };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const bodyError = bodyParserError(exception.cause);
      if (bodyError) return { statusCode, ...bodyError, details: [], correlationId };
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : String((response as { message?: unknown }).message ?? exception.message);
      const code = (HttpStatus[statusCode] ?? 'error').toLowerCase();
      return { statusCode, code, message, details: [], correlationId };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'internal_error',
      message: 'Internal server error',
      details: [],
      correlationId,
    };
  }
}

/**
 * Errors of the JSON body parser, which Nest hands over as HttpExceptions caused by an http-error
 * with a `type`: named here so clients can tell them from other 400s and 413s.
 */
function bodyParserError(cause: unknown): { code: string; message: string } | undefined {
  const { type, limit, message } = (cause ?? {}) as { type?: unknown; limit?: unknown; message?: unknown };
  if (type === 'entity.too.large') {
    return {
      code: 'payload_too_large',
      message:
        typeof limit === 'number'
          ? `The request body is over the limit of ${limit} bytes`
          : 'The request body is too large',
    };
  }
  if (type === 'entity.parse.failed') {
    return { code: 'invalid_json', message: `The request body is not valid JSON: ${String(message)}` };
  }
  return undefined;
}

/**
 * The error as a 500 logs it. A failed query carries the values it was sent (`parameters`, and
 * the offending value again in PostgreSQL's `detail`): the confidential fields of a posting, an
 * e-mail. Its log keeps what locates the fault (message, SQL text, code, constraint, table) and
 * drops the values.
 */
export function loggableError(exception: unknown): unknown {
  if (!(exception instanceof QueryFailedError)) return exception;
  const { code, constraint, table, schema, column } = exception as QueryFailedError & Record<string, unknown>;
  return {
    type: 'QueryFailedError',
    message: exception.message,
    stack: exception.stack,
    query: exception.query,
    code,
    constraint,
    table,
    schema,
    column,
  };
}
