/**
 * Index names under the configured prefix, so several deployments or test runs share one
 * cluster without touching each other: the alias `<prefix>-<base>` points to a physical index
 * `<prefix>-<base>-<suffix>`.
 */
export function indexAlias(prefix: string, base: string): string {
  return `${prefix}-${base}`;
}

export function physicalIndexName(prefix: string, base: string, suffix: string): string {
  return `${indexAlias(prefix, base)}-${suffix}`;
}
