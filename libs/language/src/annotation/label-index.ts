import type { Concept } from '../thesaurus/thesaurus.types.ts';
import type { TextAnalyzer } from './text-analyzer.ts';
import { foldKeepingOffsets, isUnspacedLanguage, writesInNonLatinScript } from './unspaced-scripts.ts';

/** A thesaurus label as the annotator compares it. */
export interface AnalyzedLabel {
  conceptId: string;
  /** Spaced languages: the analyzer's terms. Unspaced: one element, the folded label text. */
  terms: string[];
  /** Latin label inside unspaced text: must sit between non-Latin-alphanumeric characters. */
  latinBoundaries: boolean;
}

/**
 * Every label usable for text in one language, keyed for lookup: by first term (spaced languages)
 * or by the first two characters (unspaced ones). Longest labels first in each bucket, so the
 * first hit is the longest match.
 */
export interface LabelIndex {
  language: string;
  unspaced: boolean;
  byKey: Map<string, AnalyzedLabel[]>;
}

const MIN_UNSPACED_LABEL_LENGTH = 2;

/** Labels written for `language`, plus English ones where Latin words inside the text are terms. */
function labelsFor(
  concepts: readonly Concept[],
  language: string,
): { conceptId: string; label: string; language: string }[] {
  const languages = language !== 'en' && writesInNonLatinScript(language) ? [language, 'en'] : [language];
  const out: { conceptId: string; label: string; language: string }[] = [];
  for (const concept of concepts) {
    for (const lang of languages) {
      for (const label of concept.labels[lang] ?? []) out.push({ conceptId: concept.id, label, language: lang });
    }
  }
  return out;
}

export function unspacedKey(text: string, at: number): string {
  return text.slice(at, at + 2);
}

export async function buildLabelIndex(
  concepts: readonly Concept[],
  language: string,
  analyzer: TextAnalyzer,
): Promise<LabelIndex> {
  const labels = labelsFor(concepts, language);
  const unspaced = isUnspacedLanguage(language);
  const analyzed: AnalyzedLabel[] = [];
  if (unspaced) {
    for (const { conceptId, label, language: lang } of labels) {
      const folded = foldKeepingOffsets(label.normalize('NFKC').trim());
      if (folded.length < MIN_UNSPACED_LABEL_LENGTH) continue;
      analyzed.push({ conceptId, terms: [folded], latinBoundaries: lang !== language });
    }
  } else {
    const termLists = await analyzer.analyze(
      language,
      labels.map((l) => l.label),
    );
    labels.forEach(({ conceptId }, i) => {
      const terms = (termLists[i] ?? []).map((t) => t.term);
      if (terms.length > 0) analyzed.push({ conceptId, terms, latinBoundaries: false });
    });
  }
  const byKey = new Map<string, AnalyzedLabel[]>();
  for (const label of analyzed) {
    const key = unspaced ? unspacedKey(label.terms[0] ?? '', 0) : (label.terms[0] ?? '');
    const bucket = byKey.get(key);
    if (bucket) bucket.push(label);
    else byKey.set(key, [label]);
  }
  const length = (l: AnalyzedLabel) => (unspaced ? (l.terms[0]?.length ?? 0) : l.terms.length);
  for (const bucket of byKey.values()) bucket.sort((a, b) => length(b) - length(a));
  return { language, unspaced, byKey };
}
