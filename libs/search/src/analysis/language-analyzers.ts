import type { LanguageCode } from '@ttm/common';
import type { estypes } from '@elastic/elasticsearch';

/**
 * Custom analyzers we define in index settings, built only from standard tokenizer and filter
 * names (stock Elasticsearch with the analysis-icu plugin has them all).
 */
export const CUSTOM_ANALYZERS = {
  /** Language-neutral: ICU word segmentation (any script) with case, width and accent folding. */
  ttm_generic: { type: 'custom', tokenizer: 'icu_tokenizer', filter: ['icu_folding'] },
} satisfies Record<string, estypes.AnalysisCustomAnalyzer>;

export type CustomAnalyzerName = keyof typeof CUSTOM_ANALYZERS;

/**
 * One analyzer per language, each a standard Elasticsearch name or one of `CUSTOM_ANALYZERS`.
 * Languages without a Lucene analysis chain (vi, sw, am) use the language-neutral one.
 */
export const LANGUAGE_ANALYZERS: Record<LanguageCode, string> = {
  zh: 'smartcn',
  en: 'english',
  ru: 'russian',
  pt: 'portuguese',
  es: 'spanish',
  fr: 'french',
  ar: 'arabic',
  fa: 'persian',
  hi: 'hindi',
  id: 'indonesian',
  th: 'thai',
  bn: 'bengali',
  tr: 'turkish',
  vi: 'ttm_generic',
  de: 'german',
  sw: 'ttm_generic',
  am: 'ttm_generic',
};

/** The analyzer for text in a language we do not handle by name. */
export const FALLBACK_ANALYZER: CustomAnalyzerName = 'ttm_generic';

/** `settings.analysis` every index with language sub-fields must carry. */
export function analysisSettings(): estypes.IndicesIndexSettingsAnalysis {
  return { analyzer: { ...CUSTOM_ANALYZERS } };
}

/**
 * An object field with one text sub-field per language (`<field>.ru`, `<field>.zh`, …) plus
 * `<field>.other` for any other language: each analyzed by exactly one language's analyzer.
 */
export function perLanguageTextMapping(): estypes.MappingObjectProperty {
  const properties: Record<string, estypes.MappingProperty> = {};
  for (const [language, analyzer] of Object.entries(LANGUAGE_ANALYZERS)) {
    properties[language] = { type: 'text', analyzer };
  }
  properties.other = { type: 'text', analyzer: FALLBACK_ANALYZER };
  return { type: 'object', dynamic: 'strict', properties };
}
