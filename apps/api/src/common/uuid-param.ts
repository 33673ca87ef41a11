import { Param, ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from '@ttm/common';

/**
 * A path parameter that must be a UUID. Anything else answers like any invalid field: 400
 * validation_failed, with a detail naming the parameter.
 */
export const UuidParam = (name = 'id'): ParameterDecorator =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new DomainError('invalid', 'validation_failed', 'The request has invalid fields', [
          { path: name, code: 'is_uuid', message: `${name} must be a UUID` },
        ]),
    }),
  );
