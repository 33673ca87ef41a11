import { Transform } from 'class-transformer';

const normalize = (value: unknown): unknown => {
  if (typeof value === 'string') return value.normalize('NFC').trim();
  if (Array.isArray(value)) return value.map(normalize);
  return value;
};

/** Unicode NFC and trimmed, before validation: the same text always has the same bytes. */
export const NormalizedText = () => Transform(({ value }) => normalize(value));
