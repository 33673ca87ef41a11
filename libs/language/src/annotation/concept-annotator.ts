import type { Concept } from '../thesaurus/thesaurus.types.ts';
import { buildLabelIndex, type AnalyzedLabel, type LabelIndex, unspacedKey } from './label-index.ts';
import type { AnalyzedTerm, TextAnalyzer } from './text-analyzer.ts';
import { foldKeepingOffsets } from './unspaced-scripts.ts';

/** The parts of a posting's text, in one language. */
export interface AnnotatableText {
  title: string;
  summary: string;
  description: string;
  keywords: readonly string[];
}

/** A concept found in a text: how much it matters there and the spans that matched, as written. */
export interface ConceptMatch {
  conceptId: string;
  weight: number;
  surfaces: string[];
}

type Field = 'title' | 'keywords' | 'summary' | 'description';

/** Where a mention sits says how central the concept is to the posting. */
const FIELD_WEIGHT: Record<Field, number> = { title: 1, keywords: 0.9, summary: 0.7, description: 0.5 };
/** Stop words removed between two label terms leave a gap; a larger gap is not the same phrase. */
const MAX_POSITION_GAP = 3;
/** Other words allowed inside one mention of a multi-word label, in total. */
const MAX_SKIPPED_WORDS = 3;
const MAX_SURFACES = 5;

interface Hit {
  conceptId: string;
  field: Field;
  surface: string;
}

/**
 * Finds thesaurus concepts in posting text. Labels and text go through the same analyzer of the
 * text's language (inflection, clitics and letter variants fold the same way on both sides);
 * unspaced scripts (Chinese, Thai) are matched as substrings of the folded text. Only maximal
 * matches count: "lithium-ion battery" is one mention, not also "battery".
 *
 * Label indexes are built once per language and process (they derive from the thesaurus and the
 * analyzer alone, so every worker builds the same).
 */
export class ConceptAnnotator {
  private readonly indexes = new Map<string, Promise<LabelIndex>>();

  constructor(
    private readonly concepts: readonly Concept[],
    private readonly analyzer: TextAnalyzer,
  ) {}

  async annotate(language: string, text: AnnotatableText): Promise<ConceptMatch[]> {
    const index = await this.labelIndex(language);
    const parts: { field: Field; text: string }[] = [
      { field: 'title' as const, text: text.title },
      ...text.keywords.map((k) => ({ field: 'keywords' as const, text: k })),
      { field: 'summary' as const, text: text.summary },
      { field: 'description' as const, text: text.description },
    ].filter((p) => p.text.trim() !== '');
    const hits: Hit[] = [];
    if (index.unspaced) {
      for (const part of parts) hits.push(...matchUnspaced(index, part.field, part.text));
    } else {
      const analyzed = await this.analyzer.analyze(
        language,
        parts.map((p) => p.text),
      );
      parts.forEach((part, i) => hits.push(...matchSpaced(index, part.field, part.text, analyzed[i] ?? [])));
    }
    return summarise(hits);
  }

  /** Warms the label index of a language (the first annotation in it otherwise pays for it). */
  async prepare(language: string): Promise<void> {
    await this.labelIndex(language);
  }

  private labelIndex(language: string): Promise<LabelIndex> {
    let index = this.indexes.get(language);
    if (!index) {
      index = buildLabelIndex(this.concepts, language, this.analyzer);
      // A failed build (Elasticsearch away) must not be cached: the next call retries.
      index.catch(() => this.indexes.delete(language));
      this.indexes.set(language, index);
    }
    return index;
  }
}

function matchSpaced(index: LabelIndex, field: Field, text: string, terms: readonly AnalyzedTerm[]): Hit[] {
  const spans: Span[] = [];
  for (let i = 0; i < terms.length; i += 1) {
    const first = terms[i] as AnalyzedTerm;
    const found = longestAt(index.byKey.get(first.term) ?? [], terms, i);
    if (!found) continue;
    const last = terms[found.tokens[found.tokens.length - 1] as number] as AnalyzedTerm;
    spans.push({ tokens: found.tokens, surface: text.slice(first.start, last.end), labels: found.labels });
  }
  return maximal(spans).flatMap((s) => s.labels.map((l) => ({ conceptId: l.conceptId, field, surface: s.surface })));
}

/** A match: the tokens (or characters) it covers and the labels that match them. */
interface Span {
  tokens: readonly number[];
  surface: string;
  labels: readonly AnalyzedLabel[];
}

/**
 * Drops matches whose tokens all belong to a longer match ("battery" inside "lithium-ion
 * battery") but keeps overlapping ones ("battery recycling" and "lithium-ion battery" in
 * "recycling of spent lithium-ion batteries").
 */
function maximal(spans: readonly Span[]): Span[] {
  const covers = (o: Span, s: Span) => o.tokens.length > s.tokens.length && s.tokens.every((t) => o.tokens.includes(t));
  return spans.filter((s) => !spans.some((o) => o !== s && covers(o, s)));
}

/** The longest labels matching from `start` (all concepts sharing that label), with the tokens they cover. */
function longestAt(
  candidates: readonly AnalyzedLabel[],
  terms: readonly AnalyzedTerm[],
  start: number,
): { labels: AnalyzedLabel[]; tokens: number[] } | null {
  let best: { labels: AnalyzedLabel[]; tokens: number[] } | null = null;
  for (const label of candidates) {
    if (best && label.terms.length < (best.labels[0] as AnalyzedLabel).terms.length) break;
    const tokens = matchFrom(label.terms, terms, start);
    if (!tokens) continue;
    if (!best) best = { labels: [label], tokens };
    else if (tokens.join() === best.tokens.join()) best.labels.push(label);
  }
  return best;
}

/**
 * Where a label's terms occur in order from `start`, allowing a few other words between them
 * ("переработка отработанных литий-ионных аккумуляторов" still says "переработка аккумуляторов").
 */
function matchFrom(labelTerms: readonly string[], terms: readonly AnalyzedTerm[], start: number): number[] | null {
  const tokens = [start];
  let skipped = 0;
  let at = start;
  for (let k = 1; k < labelTerms.length; k += 1) {
    let next = at + 1;
    while (next < terms.length && (terms[next] as AnalyzedTerm).term !== labelTerms[k]) {
      next += 1;
      skipped += 1;
      if (skipped > MAX_SKIPPED_WORDS) return null;
    }
    if (next >= terms.length) return null;
    // Removed stop words show as position gaps beyond the skipped tokens.
    const gap = (terms[next] as AnalyzedTerm).position - (terms[at] as AnalyzedTerm).position - (next - at);
    if (gap > MAX_POSITION_GAP) return null;
    tokens.push(next);
    at = next;
  }
  return tokens;
}

const LATIN_ALNUM = /[a-z0-9]/;

function matchUnspaced(index: LabelIndex, field: Field, text: string): Hit[] {
  const normalised = text.normalize('NFKC');
  // NFKC may change length (rare compatibility characters); offsets then refer to the normalised text.
  const folded = foldKeepingOffsets(normalised);
  const spans: Span[] = [];
  for (let i = 0; i < folded.length; i += 1) {
    const labels: AnalyzedLabel[] = [];
    for (const label of index.byKey.get(unspacedKey(folded, i)) ?? []) {
      const value = label.terms[0] as string;
      if (labels.length > 0 && value.length < (labels[0]?.terms[0]?.length ?? 0)) break;
      if (!folded.startsWith(value, i)) continue;
      if (label.latinBoundaries && !latinBounded(folded, i, value.length)) continue;
      labels.push(label);
    }
    const length = labels[0]?.terms[0]?.length ?? 0;
    if (length > 0) {
      const tokens = Array.from({ length }, (_, k) => i + k);
      spans.push({ tokens, surface: normalised.slice(i, i + length), labels });
    }
  }
  return maximal(spans).flatMap((s) => s.labels.map((l) => ({ conceptId: l.conceptId, field, surface: s.surface })));
}

function latinBounded(text: string, start: number, length: number): boolean {
  const before = text[start - 1];
  const after = text[start + length];
  return !(before && LATIN_ALNUM.test(before)) && !(after && LATIN_ALNUM.test(after));
}

/** One entry per concept: its best field, boosted a little by repetition, and its distinct surfaces. */
function summarise(hits: readonly Hit[]): ConceptMatch[] {
  const byConcept = new Map<string, { best: number; count: number; surfaces: string[] }>();
  for (const hit of hits) {
    const entry = byConcept.get(hit.conceptId) ?? { best: 0, count: 0, surfaces: [] };
    entry.best = Math.max(entry.best, FIELD_WEIGHT[hit.field]);
    entry.count += 1;
    if (entry.surfaces.length < MAX_SURFACES && !entry.surfaces.includes(hit.surface)) entry.surfaces.push(hit.surface);
    byConcept.set(hit.conceptId, entry);
  }
  return [...byConcept.entries()]
    .map(([conceptId, e]) => ({
      conceptId,
      weight: round(Math.min(1, e.best * (1 + 0.15 * Math.log(e.count)))),
      surfaces: e.surfaces,
    }))
    .sort((a, b) => b.weight - a.weight || a.conceptId.localeCompare(b.conceptId));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
