import type { Client } from '@elastic/elasticsearch';
import type { PostingKind } from '@ttm/postings';
import { DEMANDS_INDEX } from '../indices/demands/demands.index.ts';
import type { IndexDefinition } from '../indices/index-definition.ts';
import { OFFERS_INDEX } from '../indices/offers/offers.index.ts';
import { type IndexLifecycle, IndexMappingOutdatedError } from './index-lifecycle.ts';
import type { PostingDocumentBuilder, PostingSource } from './posting-document.builder.ts';
import type { IndexOperation, IndexOutcome, PostingIndexWriter } from './posting-index.writer.ts';
import type { PostingSourceRepository } from './posting-source.repository.ts';
import { WriteBatcher } from './write-batcher.ts';

export const POSTING_INDEX: Record<PostingKind, IndexDefinition> = { offer: OFFERS_INDEX, demand: DEMANDS_INDEX };

export interface IndexResult {
  outcome: IndexOutcome;
  /** The version written or removed. */
  version: number;
  /** The enrichment revision of the document written (0 without enrichment). */
  revision: number;
  /** Whether the posting is now searchable. */
  searchable: boolean;
}

export interface RebuildProgress {
  kind: PostingKind;
  done: number;
  total: number;
}

const REBUILD_PAGE = 200;
const BUILD_CONCURRENCY = 8;

/**
 * Keeps Elasticsearch in step with PostgreSQL. A job names a posting; the indexer reads its
 * current state (whatever version the job carried) and writes it, or removes it when it is no
 * longer published, with the posting's version as the external version.
 */
export class PostingIndexer {
  private readonly batcher: WriteBatcher;

  constructor(
    private readonly client: Client,
    private readonly lifecycle: IndexLifecycle,
    private readonly sources: PostingSourceRepository,
    private readonly builder: PostingDocumentBuilder,
    private readonly writer: PostingIndexWriter,
  ) {
    this.batcher = new WriteBatcher(async (kind, ops) => {
      await this.ensureIndices();
      const targets = await this.lifecycle.writeTargets(POSTING_INDEX[kind]);
      if (targets.length === 0) throw new Error(`no ${kind} index behind ${this.alias(kind)}`);
      return this.writer.write(ops, targets);
    });
  }

  private ready: Promise<void> | null = null;

  /** Creates the indices when missing, once per process (again after a failure). */
  ensureIndices(): Promise<void> {
    this.ready ??= (async () => {
      for (const definition of Object.values(POSTING_INDEX)) await this.lifecycle.ensure(definition);
    })().catch((error: unknown) => {
      this.ready = null;
      throw error;
    });
    return this.ready;
  }

  alias(kind: PostingKind): string {
    return this.lifecycle.alias(POSTING_INDEX[kind]);
  }

  /** Brings one posting's document up to date. `eventVersion` is used only when the posting is gone. */
  async indexPosting(kind: PostingKind, id: string, eventVersion: number): Promise<IndexResult> {
    const source = await this.sources.load(kind, id);
    const operation = await this.operationFor(kind, id, source, eventVersion);
    const outcome = await this.batcher.submit(operation);
    if (outcome.status === 'failed') throw new Error(`indexing ${kind} ${id} v${operation.version}: ${outcome.error}`);
    return {
      outcome,
      version: operation.version,
      revision: operation.revision ?? 0,
      searchable: operation.document !== null,
    };
  }

  /** Writes an operation as given (no reload): for tests of versioning and for tools. */
  async write(operation: IndexOperation): Promise<IndexOutcome> {
    return this.batcher.submit(operation);
  }

  /**
   * Builds a new physical index from PostgreSQL and swaps the alias to it. Writes made meanwhile
   * reach both indices (see `IndexLifecycle`), and a page read before a newer write loses to it
   * by version, so nothing is lost. `onProgress` is awaited after each page.
   */
  async rebuild(
    kind: PostingKind,
    onProgress: (progress: RebuildProgress) => Promise<void> | void = () => undefined,
  ): Promise<{ index: string; indexed: number }> {
    const definition = POSTING_INDEX[kind];
    // An index whose mapping is out of date is what a rebuild is for: it is replaced below.
    await this.lifecycle.ensure(definition).catch((error: unknown) => {
      if (!(error instanceof IndexMappingOutdatedError)) throw error;
    });
    const total = await this.sources.countPublished(kind);
    const index = await this.lifecycle.startRebuild(definition);
    let done = 0;
    try {
      let after: string | null = null;
      for (;;) {
        const page = await this.sources.publishedPage(kind, after, REBUILD_PAGE);
        if (page.length === 0) break;
        const operations = await mapLimited(page, BUILD_CONCURRENCY, (s) =>
          this.operationFor(kind, s.posting.id, s, 0),
        );
        const outcomes = await this.writer.write(operations, [index]);
        const failed = outcomes.find((o) => o.status === 'failed');
        if (failed && failed.status === 'failed') throw new Error(`rebuild of ${kind}s: ${failed.error}`);
        done += page.length;
        after = (page[page.length - 1] as PostingSource).posting.id;
        await onProgress({ kind, done, total: Math.max(total, done) });
      }
      await this.lifecycle.finishRebuild(definition, index);
      return { index, indexed: done };
    } catch (error) {
      await this.lifecycle.abortRebuild(definition, index);
      throw error;
    }
  }

  /** Makes recent writes searchable now (tests, the demo, the evaluation; production relies on the refresh interval). */
  async refresh(): Promise<void> {
    await this.client.indices.refresh({ index: Object.keys(POSTING_INDEX).map((k) => this.alias(k as PostingKind)) });
  }

  private async operationFor(
    kind: PostingKind,
    id: string,
    source: PostingSource | null,
    eventVersion: number,
  ): Promise<IndexOperation> {
    if (!source) return { kind, id, version: eventVersion, document: null };
    const { posting } = source;
    const revision = source.enrichment.revision;
    if (posting.status !== 'published') return { kind, id, version: posting.version, revision, document: null };
    return { kind, id, version: posting.version, revision, document: await this.builder.build(source) };
  }
}

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  });
  await Promise.all(workers);
  return results;
}
