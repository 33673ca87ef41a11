import type { PostingFeatures } from '@ttm/search';
import { LRUCache } from 'lru-cache';

/**
 * The features of recently seen postings, by document version. A posting is a candidate of many
 * counterparts (about K of them in a full rematch), and parsing its features from every search
 * response was the worker's largest cost; a cached entry is keyed by the document's version, so a
 * rewritten document is never served from an older entry. `capacity` 0 turns it off.
 */
export class FeaturesCache {
  private readonly entries: LRUCache<string, PostingFeatures> | null;

  constructor(capacity: number) {
    this.entries = capacity > 0 ? new LRUCache({ max: capacity }) : null;
  }

  get(kind: string, id: string, documentVersion: number): PostingFeatures | undefined {
    return this.entries?.get(key(kind, id, documentVersion));
  }

  set(kind: string, id: string, documentVersion: number, features: PostingFeatures): void {
    this.entries?.set(key(kind, id, documentVersion), features);
  }

  /** False with capacity 0: callers then read features straight from search responses. */
  get enabled(): boolean {
    return this.entries !== null;
  }

  get size(): number {
    return this.entries?.size ?? 0;
  }
}

function key(kind: string, id: string, documentVersion: number): string {
  return `${kind}:${id}@${documentVersion}`;
}
