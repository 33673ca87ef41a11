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
