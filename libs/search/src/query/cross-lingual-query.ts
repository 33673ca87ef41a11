import type { estypes } from '@elastic/elasticsearch';
import { isLanguageCode, parseIpc } from '@ttm/common';
import type { ConceptGraph } from '@ttm/language';
import type { PostingKind } from '@ttm/postings';
import type { QueryFilters, QuerySubject } from './query-subject.ts';

/**
 * Weights of the query's parts. Text in the subject's language matches only that language's
 * sub-fields; concepts, IPC codes and technical tokens match across every language, and carry
 * most of the weight so that a posting about the same technology in another language outranks
 * one in the same language that merely shares words.
 */
export const QUERY_WEIGHTS = {
  lexical: 0.25,
  concept: 4,
  strongConcept: 2,
  /** A broader concept of the subject's, found in the document. */
  broader: 0.35,
  /** The document mentions a narrower concept of the subject's. */
  narrower: 0.5,
  ipc: { section: 0.1, class: 0.3, subclass: 1, mainGroup: 1.5, group: 2 },
  techToken: 1.5,
} as const;

const TEXT_FIELDS = { title: 3, keywords: 2, summary: 1.5, description: 1 } as const;
const MAX_QUERY_CONCEPTS = 30;
const MAX_TEXT_CHARS = 2_000;

/**
 * Builds the query against the other side's index. User text only ever appears as a query value
 * (`multi_match` query, `term` values): no query-string syntax, no scripts, no field names.
 */
export class CrossLingualQueryBuilder {
  constructor(private readonly graph: ConceptGraph) {}

  build(
    target: PostingKind,
    subject: QuerySubject,
    filters: QueryFilters = {},
    now = new Date(),
  ): estypes.QueryDslQueryContainer {
    return {
      bool: {
        filter: this.filterClauses(target, filters, now),
        should: this.relevance(subject),
        minimum_should_match: 1,
        ...(filters.excludeIds?.length ? { must_not: [{ ids: { values: [...filters.excludeIds] } }] } : {}),
      },
    };
  }

  /** The scoring clauses alone (no filters): what makes a document relevant to the subject. */
  relevance(subject: QuerySubject): estypes.QueryDslQueryContainer[] {
    const should: estypes.QueryDslQueryContainer[] = [];
    const text = subject.text.slice(0, MAX_TEXT_CHARS).trim();
    if (text) {
      const field = isLanguageCode(subject.language) ? subject.language : 'other';
      should.push({
        multi_match: {
          query: text,
          type: 'most_fields',
          fields: Object.entries(TEXT_FIELDS).map(([name, boost]) => `${name}.${field}^${boost}`),
          boost: QUERY_WEIGHTS.lexical,
        },
      });
    }
    const concepts = [...subject.concepts].sort((a, b) => b.weight - a.weight).slice(0, MAX_QUERY_CONCEPTS);
    const constant = (filter: estypes.QueryDslQueryContainer, boost: number): estypes.QueryDslQueryContainer => ({
      constant_score: { filter, boost: round(boost) },
    });
    const broader = new Map<string, number>();
    for (const { conceptId, weight } of concepts) {
      const specific = this.graph.specificity(conceptId);
      should.push(constant({ term: { concepts: conceptId } }, QUERY_WEIGHTS.concept * weight * specific));
      should.push(constant({ term: { conceptsStrong: conceptId } }, QUERY_WEIGHTS.strongConcept * weight * specific));
      should.push(constant({ term: { conceptAncestors: conceptId } }, QUERY_WEIGHTS.narrower * weight * specific));
      for (const ancestor of this.graph.ancestors(conceptId).filter((a) => this.graph.distanceUp(conceptId, a) === 1)) {
        const boost = QUERY_WEIGHTS.broader * weight * this.graph.specificity(ancestor);
        broader.set(ancestor, Math.max(broader.get(ancestor) ?? 0, boost));
      }
    }
    for (const [ancestor, boost] of broader) {
      if (!concepts.some((c) => c.conceptId === ancestor))
        should.push(constant({ term: { concepts: ancestor } }, boost));
    }
    const levels = ipcQueryLevels(subject.ipcCodes);
    for (const [level, values] of Object.entries(levels) as [keyof typeof QUERY_WEIGHTS.ipc, string[]][]) {
      if (values.length > 0) should.push(constant({ terms: { [`ipc.${level}`]: values } }, QUERY_WEIGHTS.ipc[level]));
    }
    for (const token of subject.techTokens.slice(0, 30)) {
      should.push(constant({ term: { techTokens: token } }, QUERY_WEIGHTS.techToken));
    }
    return should;
  }

  /** What every candidate must satisfy (published, not expired, and the caller's filters). */
  filterClauses(target: PostingKind, f: QueryFilters, now = new Date()): estypes.QueryDslQueryContainer[] {
    const today = now.toISOString().slice(0, 10);
    const filters: estypes.QueryDslQueryContainer[] = [
      { term: { status: 'published' } },
      {
        bool: {
          should: [
            { bool: { must_not: { exists: { field: 'expiresOn' } } } },
            { range: { expiresOn: { gte: today } } },
          ],
        },
      },
    ];
    if (f.countries?.length) filters.push({ terms: { ownerCountry: [...f.countries] } });
    if (f.languages?.length) filters.push({ terms: { language: [...f.languages] } });
    if (f.modes?.length) filters.push({ terms: { cooperationModes: [...f.modes] } });
    if (f.domains?.length) filters.push({ terms: { domains: [...f.domains] } });
    if (f.organizationTypes?.length) filters.push({ terms: { organizationType: [...f.organizationTypes] } });
    if (f.trl !== undefined) {
      filters.push(target === 'offer' ? { range: { trl: { gte: f.trl } } } : { range: { trlMin: { lte: f.trl } } });
    }
    return filters;
  }
}

/** The subject's IPC codes at each level; exhausted codes of the subject give their prefixes. */
function ipcQueryLevels(codes: readonly string[]): Record<keyof typeof QUERY_WEIGHTS.ipc, string[]> {
  const out: Record<keyof typeof QUERY_WEIGHTS.ipc, string[]> = {
    section: [],
    class: [],
    subclass: [],
    mainGroup: [],
    group: [],
  };
  for (const raw of codes) {
    const code = parseIpc(raw);
    if (!code) continue;
    for (const level of Object.keys(out) as (keyof typeof out)[]) {
      const value = code[level];
      if (value && !out[level].includes(value)) out[level].push(value);
    }
  }
  return out;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
