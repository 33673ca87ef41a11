import type { ValidationPipeOptions } from '@nestjs/common';
import { DomainError, validationErrorDetails } from '@ttm/common';
import type { ValidationError } from 'class-validator';

/** The ValidationPipe's errors as one domain error with field-level details: `{ path, code, message }`. */
export function validationErrorFactory(errors: ValidationError[]): DomainError {
  return new DomainError(
    'invalid',
    'validation_failed',
    'The request has invalid fields',
    validationErrorDetails(errors),
  );
}

/** The one validation policy: unknown fields rejected, types transformed, field-level details. */
export const VALIDATION_OPTIONS: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  transform: true,
  exceptionFactory: validationErrorFactory,
};
