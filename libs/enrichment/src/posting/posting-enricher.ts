import { createHash } from 'node:crypto';
import {
  type DemandEntity,
  type EnrichmentWrite,
  type MachineTranslation,
  type OfferEntity,
  postingEntityOf,
  type PostingEnrichmentRepository,
  type PostingEnrichmentState,
  type PostingKind,
  type PostingTranslationEntity,
} from '@ttm/postings';
import type { DataSource } from 'typeorm';
import { embeddingText } from '../embedding/embedding-text.ts';
import type { EmbeddingProvider } from '../embedding/embedding.provider.ts';
import { EnrichmentError } from '../enrichment.errors.ts';
import type { TranslationProvider } from '../translation/translation.provider.ts';

export type EnrichOutcome =
  /** Something new was stored; the posting must be indexed again (at `revision`). */
  | { status: 'enriched'; version: number; revision: number; translated: string[]; embedded: boolean }
  /** Everything was already up to date (or nothing could be done: see `skippedLanguages`). */
  | { status: 'unchanged'; version: number; skippedLanguages: string[] }
  /** The posting is gone, not published, or changed while the providers were working. */
  | { status: 'skipped'; reason: 'gone' | 'not_published' | 'changed' };

export interface PostingEnricherOptions {
  /** Languages every posting should also be readable in (`TRANSLATION_TARGET_LANGUAGES`). */
  targetLanguages: readonly string[];
  /** Characters of text embedded per posting (`EMBEDDING_MAX_CHARS`). */
  embeddingMaxChars: number;
}

/**
 * Adds what the optional adapters offer to a published posting: machine translations of its
 * original text into the target languages it has no human text in, and the embedding of that
 * text. Idempotent: what is already there for the same text (and, for vectors, the same model) is
 * not asked for again. A provider that is away fails the run with a transient `EnrichmentError`
 * (the job retries) after storing whatever the other provider produced; a request the provider
 * refuses (a language pair it lacks) skips that language.
 */
export class PostingEnricher {
  /**
   * Names the current settings (model, target languages) in a few characters: part of job ids, so
   * that after a change of model the same posting version is enriched again instead of being
   * recognised as done.
   */
  readonly settingsTag: string;

  constructor(
    private readonly db: DataSource,
    private readonly store: PostingEnrichmentRepository,
    private readonly translation: TranslationProvider | null,
    private readonly embedding: EmbeddingProvider | null,
    private readonly options: PostingEnricherOptions,
  ) {
    const languages = translation ? options.targetLanguages.join(',') : '-';
    this.settingsTag = hashOf([embedding?.fingerprint ?? '-', languages]).slice(0, 8);
  }

  /** Whether any adapter is on. */
  get enabled(): boolean {
    return this.translation !== null || this.embedding !== null;
  }

  /** The fingerprint vectors must carry to be used now (`null`: embeddings off). */
  get vectorFingerprint(): string | null {
    return this.embedding?.fingerprint ?? null;
  }

  /** Whether the translation adapter is on (postings never translated are backfilled at boot). */
  get translating(): boolean {
    return this.translation !== null;
  }

  /** `signal` cancels the calls to the model servers (a transient `EnrichmentError`: the job is retried). */
  async enrich(kind: PostingKind, id: string, signal?: AbortSignal): Promise<EnrichOutcome> {
    const posting = await this.db
      .getRepository<OfferEntity | DemandEntity>(postingEntityOf(kind))
      .findOne({ where: { id } });
    if (!posting) return { status: 'skipped', reason: 'gone' };
    if (posting.status !== 'published') return { status: 'skipped', reason: 'not_published' };
    const original = posting.translations.find((t) => t.origin === 'original');
    if (!original) return { status: 'skipped', reason: 'gone' };
    const state = await this.store.state(kind, id);

    const transient: EnrichmentError[] = [];
    const keepTransient = (error: unknown): void => {
      if (error instanceof EnrichmentError && error.transient) transient.push(error);
      else throw error;
    };
    const translations = await this.translate(original, posting.translations, state, signal).catch((error: unknown) => {
      keepTransient(error);
      return null;
    });
    const embedding = await this.embed(original, state, signal).catch((error: unknown) => {
      keepTransient(error);
      return null;
    });

    if (translations?.interrupted) transient.push(translations.interrupted);
    const write = writeOf(translations, embedding, state);
    let outcome: EnrichOutcome = { status: 'unchanged', version: posting.version, skippedLanguages: [] };
    if (write.translations || write.embedding) {
      const revision = await this.store.save(kind, id, posting.version, write);
      if (revision === null) return { status: 'skipped', reason: 'changed' };
      outcome = {
        status: 'enriched',
        version: posting.version,
        revision,
        translated: write.translations?.rows.map((r) => r.language) ?? [],
        embedded: !!write.embedding,
      };
    } else if (translations) {
      outcome = { status: 'unchanged', version: posting.version, skippedLanguages: translations.skipped };
    }
    if (transient[0]) throw transient[0];
    return outcome;
  }

  /** Machine translations still missing for the current original text, or null when off. */
  private async translate(
    original: PostingTranslationEntity,
    all: readonly PostingTranslationEntity[],
    state: PostingEnrichmentState,
    signal: AbortSignal | undefined,
  ): Promise<TranslationRun | null> {
    if (!this.translation) return null;
    const sourceHash = hashOf([
      original.language,
      original.title,
      original.summary,
      original.description,
      ...original.keywords,
    ]);
    const done = state.translationHash === sourceHash ? state.translationLanguages : [];
    const written = new Set(all.filter((t) => t.origin !== 'machine').map((t) => t.language));
    const wanted = this.options.targetLanguages.filter(
      (language) => language !== original.language && !written.has(language) && !done.includes(language),
    );
    const rows: MachineTranslation[] = [];
    const skipped: string[] = [];
    let interrupted: EnrichmentError | null = null;
    for (const language of wanted) {
      if (!(await this.translation.supports(original.language, language))) {
        skipped.push(language);
        continue;
      }
      try {
        rows.push(await this.translateInto(original, language, signal));
      } catch (error) {
        if (!(error instanceof EnrichmentError)) throw error;
        if (!error.transient) {
          skipped.push(language);
          continue;
        }
        interrupted = error; // keep what was translated; the retry asks for the rest
        break;
      }
    }
    return { sourceHash, languages: [...done, ...rows.map((r) => r.language)], rows, skipped, interrupted };
  }

  private async translateInto(
    original: PostingTranslationEntity,
    language: string,
    signal: AbortSignal | undefined,
  ): Promise<MachineTranslation> {
    const provider = this.translation as TranslationProvider;
    const [title, summary, description, ...keywords] = await provider.translate(
      [original.title, original.summary, original.description, ...original.keywords],
      original.language,
      language,
      signal,
    );
    return {
      language,
      title: (title ?? '').trim() || original.title,
      summary: summary ?? '',
      description: description ?? '',
      keywords: keywords.map((k) => k.trim()).filter(Boolean),
    };
  }

  /** A new vector when the text or the model changed since the stored one, else null. */
  private async embed(
    original: PostingTranslationEntity,
    state: PostingEnrichmentState,
    signal: AbortSignal | undefined,
  ): Promise<{ vector: number[]; fingerprint: string; textHash: string } | null> {
    if (!this.embedding) return null;
    const text = embeddingText(original, this.options.embeddingMaxChars);
    if (!text) return null;
    const textHash = hashOf([text]);
    const { fingerprint } = this.embedding;
    if (state.embeddingFingerprint === fingerprint && state.embeddingHash === textHash) return null;
    const result = await this.embedding.embed([text], signal);
    const vector = result.vectors[0];
    if (!vector) return null;
    return { vector, fingerprint, textHash };
  }
}

interface TranslationRun {
  sourceHash: string;
  /** Every language translated from `sourceHash`, before and now. */
  languages: string[];
  /** The translations made now. */
  rows: MachineTranslation[];
  /** Languages the server lacks or refused. */
  skipped: string[];
  /** The transient failure that stopped the run early, if any. */
  interrupted: EnrichmentError | null;
}

/** What a run stores: new translations, and a new vector. */
function writeOf(
  translations: TranslationRun | null,
  embedding: EnrichmentWrite['embedding'] | null,
  state: PostingEnrichmentState,
): EnrichmentWrite {
  const write: EnrichmentWrite = {};
  // A new text is recorded even when no language could be made (the server lacks them all), so it
  // is not asked for again; not when the server was away (the retry asks again).
  const newText = !!translations && translations.sourceHash !== state.translationHash && !translations.interrupted;
  if (translations && (translations.rows.length > 0 || newText)) {
    const { sourceHash, languages, rows } = translations;
    write.translations = { sourceHash, languages, rows };
  }
  if (embedding) write.embedding = embedding;
  return write;
}

function hashOf(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 32);
}
