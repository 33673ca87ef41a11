import { isLanguageCode, parseIpc, toUsd } from '@ttm/common';
import {
  type Concept,
  type ConceptAnnotator,
  type ConceptGraph,
  type ConceptMatch,
  extractTechnicalTokens,
  identifyLanguage,
  type TextAnalyzer,
} from '@ttm/language';
import type { DemandEntity, OfferEntity, PostingEnrichmentState, PostingTranslationEntity } from '@ttm/postings';
import type { DemandDocument } from '../indices/demands/demands.document.ts';
import type { OfferDocument } from '../indices/offers/offers.document.ts';
import type { ConceptMention, PostingFeatures } from '../indices/postings/posting-features.ts';
import {
  type IpcLevels,
  type PostingDocument,
  type PostingVector,
  vectorField,
  type VectorSpace,
} from '../indices/postings/posting.document.ts';

/** A posting as loaded from PostgreSQL for indexing, with what the optional adapters added to it. */
export type PostingSource = (
  | { kind: 'offer'; posting: OfferEntity; organizationType: string }
  | { kind: 'demand'; posting: DemandEntity; organizationType: string }
) & { enrichment: PostingEnrichmentState };

/** A concept this strong is also written to `conceptsStrong`. */
const STRONG_CONCEPT = 0.7;
/** Concepts this weak do not imply IPC codes (a passing mention in the description). */
const IPC_INFERENCE_MIN_WEIGHT = 0.5;
/** The most frequent terms are enough for a cosine; every candidate carries them to the re-rank. */
const MAX_TERMS = 120;

/**
 * Turns a posting from PostgreSQL into its Elasticsearch document: language identified, text
 * routed to its language's sub-fields, concepts annotated with surface forms, IPC codes at every
 * level, technical tokens, structured fields with money in USD, and the features the re-rank reads.
 */
export class PostingDocumentBuilder {
  constructor(
    private readonly concepts: ReadonlyMap<string, Concept>,
    private readonly graph: ConceptGraph,
    private readonly annotator: ConceptAnnotator,
    private readonly analyzer: TextAnalyzer,
    private readonly vectors: VectorSpace | null = null,
  ) {}

  async build(source: PostingSource): Promise<OfferDocument | DemandDocument> {
    const { posting } = source;
    const original = posting.translations.find((t) => t.origin === 'original') ?? posting.translations[0];
    if (!original) throw new Error(`${source.kind} ${posting.id} has no text`);
    const fullText = [original.title, original.summary, original.description, ...original.keywords].join('\n');
    const identified = identifyLanguage(fullText, posting.declaredLanguage ?? original.language);
    const language = identified.language;

    const texts = this.textsByLanguage(posting.translations, original, language);
    const [annotated, terms] = await Promise.all([
      this.annotator.annotate(language, original),
      this.terms(language, original),
    ]);
    const translationsAnnotated = await Promise.all(
      posting.translations
        .filter((t) => t !== original && t.language !== language)
        .map((t) => this.annotator.annotate(t.language, t)),
    );
    const allConcepts = unionConcepts([annotated, ...translationsAnnotated]);
    const tokens = extractTechnicalTokens(fullText);
    const declaredIpc = posting.ipcCodes.map((c) => parseIpc(c)?.code).filter((c): c is string => !!c);
    const inferredIpc = [
      ...new Set(
        annotated
          .filter((m) => m.weight >= IPC_INFERENCE_MIN_WEIGHT)
          .flatMap((m) => this.concepts.get(m.conceptId)?.ipc ?? [])
          .map((c) => parseIpc(c)?.code)
          .filter((c): c is string => !!c && !declaredIpc.includes(c)),
      ),
    ];
    const amount = source.kind === 'offer' ? moneyOf(source.posting, 'askingPrice') : moneyOf(source.posting, 'budget');
    const amountUsd =
      amount.value === null
        ? null
        : toUsd(amount.value, amount.currency ?? '', posting.publishedAt ?? posting.createdAt);
    const expiresOn = source.kind === 'offer' ? source.posting.expiresOn : source.posting.deadline;
    const publishedAt = posting.publishedAt?.toISOString() ?? null;

    const features: PostingFeatures = {
      kind: source.kind,
      id: posting.id,
      version: posting.version,
      language,
      terms,
      concepts: Object.fromEntries(
        annotated.map((m): [string, ConceptMention] => [m.conceptId, { weight: m.weight, surfaces: m.surfaces }]),
      ),
      ipc: declaredIpc,
      ipcInferred: inferredIpc,
      techTokens: Object.fromEntries(tokens.map((t) => [t.value, t.surface])),
      trl: source.kind === 'offer' ? source.posting.trl : null,
      trlMin: source.kind === 'demand' ? source.posting.desiredTrlMin : null,
      cooperationModes: [...posting.cooperationModes],
      country: posting.ownerCountry.toUpperCase(),
      targetCountries: posting.targetCountries.map((c) => c.toUpperCase()),
      amountUsd,
      amountConfidential: amount.confidential,
      publishedAt,
      expiresOn,
    };
    const conceptIds = allConcepts.map((m) => m.conceptId);
    const common: PostingDocument = {
      id: posting.id,
      version: posting.version,
      status: posting.status,
      organizationId: posting.organizationId,
      organizationType: source.organizationType,
      language,
      languageSource: identified.source,
      languageConfidence: identified.confidence,
      languages: Object.keys(texts.title),
      machineLanguages: posting.translations
        .filter((t) => t.origin === 'machine' && t !== original && t.language !== language)
        .map((t) => (isLanguageCode(t.language) ? t.language : 'other'))
        .filter((l) => texts.title[l] !== undefined)
        // Sorted: the rows come in PostgreSQL's order, which is no order.
        .sort(),
      ...texts,
      concepts: conceptIds,
      conceptsStrong: allConcepts.filter((m) => m.weight >= STRONG_CONCEPT).map((m) => m.conceptId),
      conceptAncestors: [...new Set(conceptIds.flatMap((id) => this.graph.ancestors(id)))].filter(
        (id) => !conceptIds.includes(id),
      ),
      domains: [...new Set(conceptIds.map((id) => this.graph.domain(id)).filter((d): d is string => !!d))],
      ipc: ipcLevels([...declaredIpc, ...inferredIpc]),
      techTokens: tokens.map((t) => t.value),
      cooperationModes: features.cooperationModes,
      ownerCountry: features.country,
      targetCountries: features.targetCountries,
      amountUsd: amount.confidential ? null : amountUsd,
      publishedAt,
      expiresOn,
      indexedAt: new Date().toISOString(),
      features,
    };
    const embedding = this.vectorOf(source.enrichment);
    if (embedding) common.embedding = embedding;
    return source.kind === 'offer'
      ? { ...common, trl: source.posting.trl, ipStatus: source.posting.ipStatus }
      : { ...common, trlMin: source.posting.desiredTrlMin };
  }

  /** The stored vector when it was made in the configured vector space (another model's is left out). */
  private vectorOf(enrichment: PostingEnrichmentState): PostingVector | null {
    const space = this.vectors;
    if (!space || !enrichment.embedding || enrichment.embeddingFingerprint !== space.fingerprint) return null;
    if (enrichment.embedding.length !== space.dimensions) return null;
    const vector: PostingVector = { fingerprint: space.fingerprint };
    vector[vectorField(space.dimensions)] = enrichment.embedding;
    return vector;
  }

  /** Each translation into its language's sub-field (`other` for languages without one); the original first. */
  private textsByLanguage(
    translations: readonly PostingTranslationEntity[],
    original: PostingTranslationEntity,
    originalLanguage: string,
  ): Pick<PostingDocument, 'title' | 'summary' | 'description' | 'keywords'> {
    const out: Pick<PostingDocument, 'title' | 'summary' | 'description' | 'keywords'> = {
      title: {},
      summary: {},
      description: {},
      keywords: {},
    };
    for (const t of [original, ...translations.filter((x) => x !== original)]) {
      const language = t === original ? originalLanguage : t.language;
      const field = isLanguageCode(language) ? language : 'other';
      if (out.title[field] !== undefined) continue;
      out.title[field] = t.title;
      out.summary[field] = t.summary;
      out.description[field] = t.description;
      out.keywords[field] = [...t.keywords];
    }
    return out;
  }

  /** Analysed terms of the original text with their frequencies (the lexical part of the features). */
  private async terms(language: string, text: PostingTranslationEntity): Promise<Record<string, number>> {
    const analyzed = await this.analyzer.analyze(language, [
      text.title,
      text.summary,
      text.description,
      ...text.keywords,
    ]);
    const counts = new Map<string, number>();
    for (const term of analyzed.flat()) {
      if ([...term.term].length < 2 || /^\d+$/.test(term.term)) continue;
      counts.set(term.term, (counts.get(term.term) ?? 0) + 1);
    }
    return Object.fromEntries(
      [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_TERMS),
    );
  }
}

function moneyOf(
  posting: OfferEntity | DemandEntity,
  which: 'askingPrice' | 'budget',
): { value: number | null; currency: string | null; confidential: boolean } {
  if (which === 'askingPrice') {
    const offer = posting as OfferEntity;
    return {
      value: offer.askingPriceAmount,
      currency: offer.askingPriceCurrency,
      confidential: offer.priceConfidential,
    };
  }
  const demand = posting as DemandEntity;
  return { value: demand.budgetAmount, currency: demand.budgetCurrency, confidential: demand.budgetConfidential };
}

function unionConcepts(lists: readonly ConceptMatch[][]): ConceptMatch[] {
  const best = new Map<string, ConceptMatch>();
  for (const match of lists.flat()) {
    const seen = best.get(match.conceptId);
    if (!seen || match.weight > seen.weight) best.set(match.conceptId, match);
  }
  return [...best.values()].sort((a, b) => b.weight - a.weight || a.conceptId.localeCompare(b.conceptId));
}

function ipcLevels(codes: readonly string[]): IpcLevels {
  const levels: IpcLevels = { section: [], class: [], subclass: [], mainGroup: [], group: [] };
  const add = (list: string[], value: string | undefined) => {
    if (value && !list.includes(value)) list.push(value);
  };
  for (const raw of codes) {
    const code = parseIpc(raw);
    if (!code) continue;
    add(levels.section, code.section);
    add(levels.class, code.class);
    add(levels.subclass, code.subclass);
    add(levels.mainGroup, code.mainGroup);
    add(levels.group, code.group);
  }
  return levels;
}
