/**
 * Sentence templates: plain text with {slot} or {slot:argument} placeholders (see `Locale`), compiled
 * once and filled from a posting's context.
 */
import type { Random } from './prng.ts';

type Part = string | { slot: string; arg: string | undefined; capital: boolean };

/** Marks a template about physical plant (equipment, floor space, spare parts): not used for software topics. */
export const PHYSICAL = '⚙';

export interface Compiled {
  parts: Part[];
  physical: boolean;
  /** Slots the template uses, lower-cased (for eligibility: {r3}, {formula}, {price}…). */
  slots: Set<string>;
}

const SLOT = /\{([A-Za-z][A-Za-z0-9]*)(?::([^}]*))?\}/g;
const cache = new Map<string, Compiled>();

export function compile(template: string): Compiled {
  let compiled = cache.get(template);
  if (compiled) return compiled;
  const physical = template.startsWith(PHYSICAL);
  const text = physical ? template.slice(PHYSICAL.length) : template;
  const parts: Part[] = [];
  const slots = new Set<string>();
  let last = 0;
  for (const match of text.matchAll(SLOT)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    const name = match[1]!;
    const slot = name[0]!.toLowerCase() + name.slice(1);
    slots.add(slot);
    parts.push({ slot, arg: match[2], capital: name[0] !== name[0]!.toLowerCase() });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  compiled = { parts, slots, physical };
  cache.set(template, compiled);
  return compiled;
}

/** First letter upper-cased (scripts without case are left as they are). */
export function capitalize(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toUpperCase() + text.slice(head.length);
}

/** `1234567` → `1 234 567` with the given separator. */
export function groupDigits(value: number, separator: string): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** The values a template draws from; `slot` answers named slots, numbers are drawn here. */
export interface Filler {
  random: Random;
  decimalSeparator: string;
  groupSeparator: string;
  /** Applied to numbers the template draws (native digits). */
  digits(text: string): string;
  slot(name: string, arg: string | undefined): string;
}

const RANGE = /^(-?[\d.]+)-(-?[\d.]+)(?:\/([\d.]+))?$/;

function drawNumber(filler: Filler, kind: 'n' | 'd' | 'f' | 'f2', arg: string | undefined): string {
  const range = arg ? RANGE.exec(arg) : null;
  if (!range) throw new Error(`bad number slot {${kind}:${arg}}`);
  const min = Number(range[1]);
  const max = Number(range[2]);
  if (kind === 'f' || kind === 'f2') {
    const decimals = kind === 'f' ? 1 : 2;
    const value = filler.random.real(min, max).toFixed(decimals);
    return filler.digits(value.replace('.', filler.decimalSeparator));
  }
  const step = range[3] ? Number(range[3]) : 1;
  const value = min + step * filler.random.int(0, Math.floor((max - min) / step));
  if (kind === 'd') return String(value);
  return filler.digits(value >= 10_000 ? groupDigits(value, filler.groupSeparator) : String(value));
}

export function render(template: string, filler: Filler): string {
  let out = '';
  for (const part of compile(template).parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const { slot, arg } = part;
    const value =
      slot === 'n' || slot === 'd' || slot === 'f' || slot === 'f2'
        ? drawNumber(filler, slot, arg)
        : filler.slot(slot, arg);
    out += part.capital ? capitalize(value) : value;
  }
  return out;
}
