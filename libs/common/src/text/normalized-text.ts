import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';

/** Unicode NFC and trimmed (strings, and the strings of an array); anything else as it is. */
export function normalizeText<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC').trim() as T;
  if (Array.isArray(value)) return value.map(normalizeText) as T;
  return value;
}

const hasNul = (value: unknown): boolean =>
  typeof value === 'string' ? value.includes('\u0000') : Array.isArray(value) && value.some(hasNul);

/**
 * Free text we store: Unicode NFC and trimmed before validation, so the same text always has the
 * same bytes; and free of U+0000, which PostgreSQL text and jsonb cannot hold (it used to fail the
 * insert with a 500).
 */
export const NormalizedText = () =>
  applyDecorators(
    Transform(({ value }) => normalizeText(value)),
    ValidateBy({
      name: 'noNulCharacter',
      validator: {
        validate: (value) => !hasNul(value),
        defaultMessage: (args) => `${args?.property ?? 'text'} must not contain the NUL character (U+0000)`,
      },
    }),
  );
