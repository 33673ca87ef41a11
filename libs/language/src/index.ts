export { identifyLanguage, type IdentifiedLanguage } from './identification/language-identifier.ts';
export { coverage, loadThesaurus, THESAURUS_DIR, type LoadedThesaurus } from './thesaurus/thesaurus.loader.ts';
export type { Concept, ThesaurusProblem } from './thesaurus/thesaurus.types.ts';
export {
  extractTechnicalTokens,
  type TechnicalToken,
  type TechnicalTokenKind,
} from './technical-tokens/technical-tokens.ts';
export { ConceptAnnotator, type AnnotatableText, type ConceptMatch } from './annotation/concept-annotator.ts';
export type { AnalyzedTerm, TextAnalyzer } from './annotation/text-analyzer.ts';
export { ConceptGraph, conceptGraphFromThesaurus, UNKNOWN_SPECIFICITY } from './thesaurus/concept-graph.ts';
