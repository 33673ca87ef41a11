import { DomainError, type ErrorDetail } from '@ttm/common';
import type { ValidationPipeOptions } from '@nestjs/common';
import type { ValidationError } from 'class-validator';

/** Flattens class-validator's tree into field-level details: `{ path, code, message }`. */
export function validationErrorFactory(errors: ValidationError[]): DomainError {
  const details: ErrorDetail[] = [];
  const walk = (error: ValidationError, parent: string): void => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    for (const [code, message] of Object.entries(error.constraints ?? {})) {
      details.push({ path, code: toSnakeCase(code), message });
    }
    for (const child of error.children ?? []) walk(child, path);
  };
  for (const error of errors) walk(error, '');
  return new DomainError('invalid', 'validation_failed', 'The request has invalid fields', details);
}

function toSnakeCase(value: string): string {
  return value.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** The one validation policy: unknown fields rejected, types transformed, field-level details. */
export const VALIDATION_OPTIONS: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  transform: true,
  exceptionFactory: validationErrorFactory,
};
