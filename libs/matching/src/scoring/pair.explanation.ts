import type { ConceptGraph } from '@ttm/language';
import type { ScoringConfig } from './scoring.config.ts';
import type { ExplainedConcept, Explanation, PairEvaluation } from './scoring.types.ts';

/**
 * What a broker shows a client who cannot read the other side's language: each shared concept with
 * its preferred label in English and in both postings' languages, and the words each text used for
 * it; the shared IPC codes and technical tokens; the practical notes. Lists are capped by the
 * config. Built from component evidence only, which never holds a confidential amount.
 */
export function explainPair(evaluation: PairEvaluation, graph: ConceptGraph, config: ScoringConfig): Explanation {
  const { offer, demand, evidence } = evaluation;
  const languages = [...new Set(['en', offer.language, demand.language])];
  const concept = (id: string): ExplainedConcept => {
    const labels: Record<string, string> = {};
    for (const language of languages) {
      const label = graph.label(id, language);
      if (label !== undefined) labels[language] = label;
    }
    return { id, domain: graph.domain(id) ?? null, labels };
  };
  return {
    languages: { offer: offer.language, demand: demand.language },
    sharedConcepts: evidence.concepts.evidence.pairs.slice(0, config.explanation.maxConcepts).map((p) => ({
      offerConcept: concept(p.offerConcept),
      demandConcept: concept(p.demandConcept),
      relation: p.relation,
      offerSurfaces: p.offerSurfaces.slice(0, 5),
      demandSurfaces: p.demandSurfaces.slice(0, 5),
    })),
    sharedIpc: evidence.ipc.evidence.pairs
      .slice(0, config.explanation.maxIpc)
      .map(({ value: _value, ...pair }) => pair),
    sharedTokens: evidence.techTokens.evidence.shared
      .slice(0, config.explanation.maxTokens)
      .map(({ weight: _weight, ...token }) => token),
    sharedTerms: evidence.lexical.evidence.sharedTerms.slice(0, config.explanation.maxTerms),
    notes: evidence.notes,
  };
}
