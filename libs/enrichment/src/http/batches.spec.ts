import { batches } from './batches.ts';

describe('batches', () => {
  it('cuts by count, keeping order', () => {
    expect(batches(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(batches([], 3)).toEqual([]);
  });

  it('cuts by characters too, and sends an oversized item alone rather than dropping it', () => {
    const long = 'x'.repeat(50);
    expect(batches(['aaaa', 'bbbb', 'cccc', long, 'dd'], 10, 10)).toEqual([['aaaa', 'bbbb'], ['cccc'], [long], ['dd']]);
  });

  it('refuses a batch size that could never make progress', () => {
    expect(() => batches(['a'], 0)).toThrow(RangeError);
  });
});
