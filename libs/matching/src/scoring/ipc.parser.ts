/** The levels of an IPC code, from the most general: depth 1 to 5. */
export const IPC_LEVELS = ['section', 'class', 'subclass', 'main_group', 'group'] as const;
export type IpcLevel = (typeof IPC_LEVELS)[number];

export interface ParsedIpc {
  /** Normalised code: `H`, `H01`, `H01M`, `H01M 10/00`, `H01M 10/54`. */
  code: string;
  /**
   * The code's prefixes, one per level, from the section down: `H01M 10/54` →
   * [`H`, `H01`, `H01M`, `H01M 10/00`, `H01M 10/54`]. A main group (`H01M 10/00`, `H01M 10`) has 4.
   */
  prefixes: string[];
}

/** Section, class, subclass, then main group and subgroup separated by `/` (spaces optional). */
const WRITTEN = /^([A-H])(?:(\d{2})(?:([A-Z])(?:(\d{1,4})(?:\/(\d{1,6}))?)?)?)?$/;
/** The fixed-width form of patent data: `H01M0010540000` (4-digit main group, 6-digit subgroup). */
const FIXED_WIDTH = /^([A-H])(\d{2})([A-Z])(\d{4})(\d{6})$/;

/**
 * Reads an IPC code as authors and patent offices write it: `H01M10/54`, `H01M 10/54`,
 * `h01m 10/54`, `H01M`, `H01M 10/00`, `H01M 10`, `H01M0010540000`, with or without a trailing
 * edition such as `(2006.01)`. Returns undefined for anything else; never throws.
 */
export function parseIpc(raw: string): ParsedIpc | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw
    .toUpperCase()
    .replace(/\(\d{4}\.\d{2}\)\s*$/, '')
    .replace(/\s+/g, '');
  const fixed = FIXED_WIDTH.exec(text);
  const m = fixed
    ? [text, fixed[1], fixed[2], fixed[3], fixed[4], fixed[5]!.replace(/0+$/, '').padEnd(2, '0')]
    : WRITTEN.exec(text);
  if (!m) return undefined;
  const [, section, klass, subclass, mainGroup, subgroup] = m;

  const prefixes = [section!];
  if (klass) prefixes.push(`${section}${klass}`);
  if (klass && subclass) prefixes.push(`${section}${klass}${subclass}`);
  if (mainGroup) {
    const group = Number(mainGroup);
    if (group === 0) return undefined;
    const base = `${prefixes[2]} ${group}/`;
    prefixes.push(`${base}00`);
    if (subgroup && Number(subgroup) !== 0)
      prefixes.push(`${base}${subgroup.length < 2 ? subgroup.padEnd(2, '0') : subgroup}`);
  }
  return { code: prefixes.at(-1)!, prefixes };
}

/** How many levels two parsed codes share from the section down (0: different sections). */
export function ipcCommonDepth(a: ParsedIpc, b: ParsedIpc): number {
  const n = Math.min(a.prefixes.length, b.prefixes.length);
  let depth = 0;
  while (depth < n && a.prefixes[depth] === b.prefixes[depth]) depth++;
  return depth;
}
