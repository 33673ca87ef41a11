/** An IPC code cut at each level of the hierarchy; deeper levels are absent when not given. */
export interface IpcCode {
  /** Canonical full form: `H01M 10/54`, `H01M 10/00`, `H01M`. */
  code: string;
  section: string;
  class: string;
  subclass: string;
  /** `H01M 10/00` */
  mainGroup?: string;
  /** `H01M 10/54`; for a main-group code the same as `mainGroup`. */
  group?: string;
}

const IPC = /^([A-H])(\d{2})([A-Z])(?:(\d{1,4})(?:\/(\d{1,6}))?)?$/;

/**
 * Parses the ways people write IPC codes (`H01M10/54`, `h01m 10/54`, `H01M 10/00`, `H01M`, with
 * the edition or stray spaces); null for anything else.
 */
export function parseIpc(raw: string): IpcCode | null {
  const compact = raw
    .toUpperCase()
    .replace(/\(\d{4}\.\d{2}\)$/, '')
    .replace(/\s+/g, '');
  const m = IPC.exec(compact);
  if (!m) return null;
  const [, section, cls, sub, main, group] = m as unknown as [string, string, string, string, string?, string?];
  const subclass = `${section}${cls}${sub}`;
  const parsed: IpcCode = { code: subclass, section, class: `${section}${cls}`, subclass };
  if (main !== undefined) {
    const mainNumber = String(Number(main));
    parsed.mainGroup = `${subclass} ${mainNumber}/00`;
    const subgroup = group === undefined || /^0+$/.test(group) ? '00' : group;
    parsed.group = `${subclass} ${mainNumber}/${subgroup}`;
    parsed.code = parsed.group;
  }
  return parsed;
}

/** How many levels two codes share: 0 none, 1 section, 2 class, 3 subclass, 4 main group, 5 group. */
export function ipcSharedDepth(a: IpcCode, b: IpcCode): number {
  if (a.section !== b.section) return 0;
  if (a.class !== b.class) return 1;
  if (a.subclass !== b.subclass) return 2;
  if (!a.mainGroup || a.mainGroup !== b.mainGroup) return 3;
  if (!a.group || a.group !== b.group) return 4;
  return 5;
}
