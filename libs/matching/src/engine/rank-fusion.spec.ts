import { fuseByRank } from './rank-fusion.ts';

const id = (s: string) => s;

describe('fuseByRank', () => {
  it('keeps a single list as it is', () => {
    expect(fuseByRank([['a', 'b', 'c']], id, 10)).toEqual(['a', 'b', 'c']);
  });

  it('puts an item both lists found above items only one list found', () => {
    expect(
      fuseByRank(
        [
          ['a', 'b', 'c'],
          ['c', 'x'],
        ],
        id,
        10,
      ),
    ).toEqual(['c', 'a', 'b', 'x']);
  });

  it('cuts to the limit, so a second list can bring an item in at the cost of the first list’s tail', () => {
    const lexical = ['l1', 'l2', 'l3', 'l4'];
    expect(fuseByRank([lexical, ['v1']], id, 4)).toEqual(['l1', 'v1', 'l2', 'l3']);
  });

  it('orders equal scores by first appearance and keeps the first occurrence of an item', () => {
    const a = [{ id: 'p', from: 'lexical' }];
    const b = [
      { id: 'q', from: 'vector' },
      { id: 'p', from: 'vector' },
    ];
    expect(fuseByRank([a, b], (x) => x.id, 10)).toEqual([
      { id: 'p', from: 'lexical' },
      { id: 'q', from: 'vector' },
    ]);
  });
});
