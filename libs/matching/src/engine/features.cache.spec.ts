import type { PostingFeatures } from '@ttm/search';
import { FeaturesCache } from './features.cache.ts';

const features = (id: string, version: number) => ({ id, version }) as PostingFeatures;

describe('FeaturesCache', () => {
  it('serves an entry only for the document version it was stored under', () => {
    const cache = new FeaturesCache(10);
    cache.set('offer', 'a', 1_048_576, features('a', 1));
    expect(cache.get('offer', 'a', 1_048_576)).toEqual(features('a', 1));
    expect(cache.get('offer', 'a', 1_048_577)).toBeUndefined(); // enriched since
    expect(cache.get('demand', 'a', 1_048_576)).toBeUndefined();
  });

  it('keeps at most its capacity, dropping the least recently used', () => {
    const cache = new FeaturesCache(2);
    cache.set('offer', 'a', 1, features('a', 1));
    cache.set('offer', 'b', 1, features('b', 1));
    cache.get('offer', 'a', 1);
    cache.set('offer', 'c', 1, features('c', 1));
    expect(cache.size).toBe(2);
    expect(cache.get('offer', 'b', 1)).toBeUndefined();
    expect(cache.get('offer', 'a', 1)).toBeDefined();
  });

  it('with capacity 0 stores nothing', () => {
    const cache = new FeaturesCache(0);
    cache.set('offer', 'a', 1, features('a', 1));
    expect(cache.get('offer', 'a', 1)).toBeUndefined();
  });
});
