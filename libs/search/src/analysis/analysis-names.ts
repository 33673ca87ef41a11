import type { estypes } from '@elastic/elasticsearch';

export interface AnalysisNames {
  analyzers: Set<string>;
  tokenizers: Set<string>;
  filters: Set<string>;
  charFilters: Set<string>;
}

/**
 * Every analysis component an index definition relies on: analyzers named in the mapping
 * (built-in or defined in settings) and the tokenizer/filter types those custom analyzers use.
 * Tests check the result against the standard Elasticsearch names.
 */
export function analysisNamesUsed(
  settings: estypes.IndicesIndexSettingsAnalysis,
  mapping: estypes.MappingProperty | estypes.MappingTypeMapping,
): { builtIn: AnalysisNames; custom: Set<string> } {
  const custom = new Set(Object.keys(settings.analyzer ?? {}));
  const builtIn: AnalysisNames = {
    analyzers: new Set(),
    tokenizers: new Set(),
    filters: new Set(),
    charFilters: new Set(),
  };

  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (
        (key === 'analyzer' || key === 'search_analyzer' || key === 'search_quote_analyzer') &&
        typeof value === 'string'
      ) {
        if (!custom.has(value)) builtIn.analyzers.add(value);
      } else {
        visit(value);
      }
    }
  };
  visit(mapping);

  for (const definition of Object.values(settings.analyzer ?? {})) {
    if (definition.type !== 'custom') {
      builtIn.analyzers.add(definition.type);
      continue;
    }
    if (typeof definition.tokenizer === 'string') builtIn.tokenizers.add(definition.tokenizer);
    for (const filter of asList(definition.filter)) builtIn.filters.add(filter);
    for (const charFilter of asList(definition.char_filter)) builtIn.charFilters.add(charFilter);
  }
  return { builtIn, custom };
}

function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
