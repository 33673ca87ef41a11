import type { Client, estypes } from '@elastic/elasticsearch';
import type { PostingKind } from '@ttm/postings';
import type { DemandDocument } from '../indices/demands/demands.document.ts';
import type { OfferDocument } from '../indices/offers/offers.document.ts';

/** One posting to write (a document) or to remove (null), at the posting's version. */
export interface IndexOperation {
  kind: PostingKind;
  id: string;
  version: number;
  /** The posting's enrichment revision (machine translations, embedding) the document includes; 0 without. */
  revision?: number;
  document: OfferDocument | DemandDocument | null;
}

/** Enrichment revisions a posting version can carry before the next version's documents (2^20). */
const REVISIONS_PER_VERSION = 1_048_576;

/**
 * The external version of a document: the posting's version, then its enrichment revision. A
 * document enriched after the posting's last change replaces the one written before it, and any
 * later change of the posting (version + 1) beats every enrichment of the previous version.
 * Exact in a JavaScript number up to posting version 2^33.
 */
export function documentVersion(version: number, revision = 0): number {
  if (!Number.isInteger(revision) || revision < 0 || revision >= REVISIONS_PER_VERSION) {
    throw new RangeError(`enrichment revision out of range: ${revision}`);
  }
  return version * REVISIONS_PER_VERSION + revision;
}

export type IndexOutcome =
  | { status: 'written' | 'deleted' | 'absent' }
  /** The index already holds this version or a newer one: the write lost, as it should. */
  | { status: 'stale' }
  | { status: 'failed'; error: string };

const MAX_429_RETRIES = 5;
const RETRY_BASE_MS = 200;

/**
 * Writes postings with `_bulk`, external versioning (`documentVersion`: a stale write loses), per-item outcomes, and retries of items Elasticsearch rejected for load (429).
 */
export class PostingIndexWriter {
  constructor(private readonly client: Client) {}

  /** Writes each operation to every target index; an operation's outcome is its worst across targets. */
  async write(operations: readonly IndexOperation[], targets: readonly string[]): Promise<IndexOutcome[]> {
    const outcomes: IndexOutcome[] = operations.map(() => ({ status: 'absent' }));
    for (const index of targets) {
      const perIndex = await this.writeTo(index, operations);
      perIndex.forEach((outcome, i) => {
        outcomes[i] = worse(outcomes[i] as IndexOutcome, outcome);
      });
    }
    return outcomes;
  }

  private async writeTo(index: string, operations: readonly IndexOperation[]): Promise<IndexOutcome[]> {
    const outcomes: IndexOutcome[] = new Array(operations.length);
    let pending = operations.map((_, i) => i);
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      const body: estypes.BulkRequest['operations'] = [];
      for (const i of pending) {
        const op = operations[i] as IndexOperation;
        const version = documentVersion(op.version, op.revision);
        const meta = { _index: index, _id: op.id, version, version_type: 'external' as const };
        if (op.document) body.push({ index: meta }, op.document);
        else body.push({ delete: meta });
      }
      const response = await this.client.bulk({ operations: body, refresh: false });
      const retry: number[] = [];
      response.items.forEach((item, k) => {
        const i = pending[k] as number;
        const result = (item.index ?? item.delete) as estypes.BulkResponseItem;
        if (result.status === 429 && attempt < MAX_429_RETRIES) retry.push(i);
        else outcomes[i] = outcomeOf(result, operations[i]?.document === null);
      });
      pending = retry;
      if (pending.length > 0) await sleep(RETRY_BASE_MS * 2 ** attempt);
    }
    return outcomes;
  }
}

function outcomeOf(result: estypes.BulkResponseItem, isDelete: boolean): IndexOutcome {
  if (result.status === 409) return { status: 'stale' };
  if (isDelete && result.status === 404) return { status: 'absent' };
  if (result.status >= 200 && result.status < 300) return { status: isDelete ? 'deleted' : 'written' };
  return {
    status: 'failed',
    error: `${result.status} ${result.error?.type ?? ''}: ${result.error?.reason ?? ''}`.trim(),
  };
}

const RANK: Record<IndexOutcome['status'], number> = { absent: 0, deleted: 1, written: 1, stale: 2, failed: 3 };

function worse(a: IndexOutcome, b: IndexOutcome): IndexOutcome {
  return RANK[b.status] >= RANK[a.status] ? b : a;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
