/** Small formatting helpers the language banks share. */
import { groupDigits } from '../template.ts';

/** "a, b and c" with the language's separator and last conjunction. */
export function joinList(items: readonly string[], comma: string, and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(comma)}${and}${items[items.length - 1]}`;
}

export const grouped = (amount: number, separator: string) => groupDigits(amount, separator);

export const pad2 = (n: number) => String(n).padStart(2, '0');
