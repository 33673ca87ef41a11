/** One term of analysed text, with where it was read (UTF-16 offsets into the analysed string). */
export interface AnalyzedTerm {
  term: string;
  start: number;
  end: number;
  /** Token position; gaps mark removed stop words. */
  position: number;
}

/**
 * Turns text into the terms a language's search analyzer produces (stemmed, folded, stop words
 * removed). The annotator runs thesaurus labels and posting text through the same analyzer, so a
 * Russian label in the nominative matches the genitive plural in a posting. Implemented over
 * Elasticsearch's `_analyze` in `libs/search`; a unit test may pass a simpler one.
 */
export interface TextAnalyzer {
  /** Analyses each text with `language`'s analyzer; one term list per text, in order. */
  analyze(language: string, texts: readonly string[]): Promise<AnalyzedTerm[][]>;
}
