import type { ValidationError } from 'class-validator';
import type { ErrorDetail } from './domain.error.ts';

/** Flattens class-validator's tree into field-level details: `{ path, code, message }`. */
export function validationErrorDetails(errors: ValidationError[]): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  const walk = (error: ValidationError, parent: string): void => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    for (const [code, message] of Object.entries(error.constraints ?? {})) {
      details.push({ path, code: toSnakeCase(code), message });
    }
    for (const child of error.children ?? []) walk(child, path);
  };
  for (const error of errors) walk(error, '');
  return details;
}

function toSnakeCase(value: string): string {
  return value.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}
