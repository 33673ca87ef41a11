import type { Client } from '@elastic/elasticsearch';
import {
  type Concept,
  ConceptAnnotator,
  type ConceptGraph,
  conceptGraphFromThesaurus,
  loadThesaurus,
} from '@ttm/language';
import { ElasticsearchTextAnalyzer } from './analysis/elasticsearch-text-analyzer.ts';

/**
 * The thesaurus and what is derived from it, once per process: indexing and querying must read
 * text the same way (same analyzers, same concepts).
 */
export class LanguageResources {
  readonly concepts: ReadonlyMap<string, Concept>;
  /** Broader relations, specificity, labels: shared by indexing, queries and scoring. */
  readonly graph: ConceptGraph;
  readonly analyzer: ElasticsearchTextAnalyzer;
  readonly annotator: ConceptAnnotator;

  constructor(client: Client) {
    const { concepts } = loadThesaurus();
    this.concepts = concepts;
    this.graph = conceptGraphFromThesaurus(concepts);
    this.analyzer = new ElasticsearchTextAnalyzer(client);
    this.annotator = new ConceptAnnotator([...concepts.values()], this.analyzer);
  }
}
