import type { estypes } from '@elastic/elasticsearch';

/** An index we own: its base name (under the configured prefix), mapping and settings. */
export interface IndexDefinition {
  base: string;
  mappings: estypes.MappingTypeMapping;
  settings: () => estypes.IndicesIndexSettings;
}
