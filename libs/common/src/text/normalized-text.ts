import { Transform } from 'class-transformer';

/** Unicode NFC and trimmed (strings, and the strings of an array); anything else as it is. */
export function normalizeText<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC').trim() as T;
  if (Array.isArray(value)) return value.map(normalizeText) as T;
  return value;
}

/** Normalises the field before validation: the same text always has the same bytes. */
export const NormalizedText = () => Transform(({ value }) => normalizeText(value));
