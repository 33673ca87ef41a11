/**
 * Consecutive batches of `items` with at most `maxItems` items each and, when `maxChars` is
 * given, at most `maxChars` characters in total; an item longer than `maxChars` travels alone.
 * Order is kept, so answers can be put back in place.
 */
export function batches(items: readonly string[], maxItems: number, maxChars = Infinity): string[][] {
  if (!Number.isInteger(maxItems) || maxItems < 1) throw new RangeError(`maxItems must be ≥ 1, got ${maxItems}`);
  const result: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const item of items) {
    if (current.length && (current.length >= maxItems || chars + item.length > maxChars)) {
      result.push(current);
      current = [];
      chars = 0;
    }
    current.push(item);
    chars += item.length;
  }
  if (current.length) result.push(current);
  return result;
}
