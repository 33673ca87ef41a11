import { normalizeText } from '@ttm/common';
import type { EntityManager } from 'typeorm';
import type { OrganizationType } from './organization.entity.ts';

/** An organisation as an import source names it. */
export interface SourceOrganization {
  name: string;
  type: OrganizationType;
  country: string;
}

/** An organisation's key within its source (its `external_id`): the name in NFC, spaces collapsed, lower-cased. */
export function organizationKey(name: string): string {
  return normalizeText(name).replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Finds the source's organisations by key, creating the missing ones, in the caller's
 * transaction (pass its EntityManager). The first row that names an organisation gives its name,
 * type and country; later rows do not change them. Returns key → organisation id.
 */
export async function findOrCreateSourceOrganizations(
  manager: EntityManager,
  source: string,
  organizations: SourceOrganization[],
): Promise<Map<string, string>> {
  const byKey = new Map<string, SourceOrganization>();
  for (const organization of organizations) {
    const key = organizationKey(organization.name);
    if (!byKey.has(key)) byKey.set(key, organization);
  }
  if (byKey.size === 0) return new Map();
  const keys = [...byKey.keys()];
  const found = [...byKey.values()];
  await manager.query(
    `INSERT INTO organization (name, type, country, source, external_id)
     SELECT o.name, o.type, o.country, $1, o.external_id
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS o(name, type, country, external_id)
     ON CONFLICT (source, external_id) DO NOTHING`,
    [source, found.map((o) => o.name), found.map((o) => o.type), found.map((o) => o.country), keys],
  );
  const rows: { id: string; external_id: string }[] = await manager.query(
    `SELECT id, external_id FROM organization WHERE source = $1 AND external_id = ANY($2::text[])`,
    [source, keys],
  );
  return new Map(rows.map((r) => [r.external_id, r.id]));
}

/** Names and types of organisations by id (for exports). */
export async function organizationsById(
  manager: EntityManager,
  ids: string[],
): Promise<Map<string, { name: string; type: OrganizationType }>> {
  if (ids.length === 0) return new Map();
  const rows: { id: string; name: string; type: OrganizationType }[] = await manager.query(
    `SELECT id, name, type FROM organization WHERE id = ANY($1::uuid[])`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, { name: r.name, type: r.type }]));
}
