import type { PostingFeatures } from '@ttm/search';
import { setImmediate } from 'node:timers';
import { rankCandidates } from './candidates.ranker.ts';
import { conceptGraphFromThesaurus } from '@ttm/language';
import { scorePair } from './pair.scorer.ts';
import { features, mention, SMALL_THESAURUS } from './posting-features.fixture.ts';
import { DEFAULT_SCORING_CONFIG as config } from './scoring.config.ts';

const graph = conceptGraphFromThesaurus(SMALL_THESAURUS);
const now = new Date('2025-09-01T00:00:00Z');
const LFP = 'energy.storage.battery.lithium_ion.lfp';
const LI = 'energy.storage.battery.lithium_ion';

const offer = features('offer', {
  id: 'o-1',
  concepts: { [LFP]: mention(1, 'LFP'), 'energy.grid.smart': mention(0.5, 'smart grid') },
  trl: 7,
});

function demand(id: string, overrides: Partial<PostingFeatures> = {}): PostingFeatures {
  return features('demand', { id, concepts: { [LFP]: mention(1, 'LFP') }, ...overrides });
}

describe('rankCandidates', () => {
  it('sorts by score, drops filtered pairs and counts everything', async () => {
    const candidates = [
      demand('d-parent', { concepts: { [LI]: mention(1) } }),
      demand('d-exact'),
      demand('d-expired', { expiresOn: '2025-01-01' }),
      demand('d-unrelated', { concepts: { 'materials.ceramics': mention(1) } }),
      demand('d-exact-low-trl', { trlMin: 9 }),
      demand('d-both', { concepts: { [LFP]: mention(1), 'energy.grid.smart': mention(1) } }),
      features('offer', { id: 'o-2' }),
      demand('d-exact'),
    ];
    const ranked = await rankCandidates(offer, candidates, graph, config, now, 10);
    expect(ranked.results.map((r) => r.demandId)).toEqual(['d-both', 'd-exact', 'd-exact-low-trl', 'd-parent']);
    expect(ranked.counts).toEqual({
      candidates: 8,
      skipped: 2,
      scored: 6,
      filtered: { demand_expired: 1, no_topical_evidence: 1 },
      kept: 4,
      returned: 4,
    });
    expect(ranked).toMatchObject({ subjectId: 'o-1', subjectKind: 'offer', configVersion: 'v1' });
  });

  it('gives exactly what scorePair gives, whichever side the subject is', async () => {
    const candidates = [demand('d-a'), demand('d-b', { concepts: { [LI]: mention(1) } })];
    const ranked = await rankCandidates(offer, candidates, graph, config, now, 5);
    for (const result of ranked.results) {
      const counterpart = candidates.find((c) => c.id === result.demandId)!;
      expect(result).toEqual(scorePair(offer, counterpart, graph, config, now));
    }
    const reverse = await rankCandidates(candidates[0]!, [offer], graph, config, now, 5);
    expect(reverse.subjectKind).toBe('demand');
    expect(reverse.results).toEqual([scorePair(offer, candidates[0]!, graph, config, now)]);
  });

  it('breaks ties by id, whatever the input order, and cuts to topM', async () => {
    const ids = ['d-c', 'd-a', 'd-e', 'd-b', 'd-d'];
    const forward = await rankCandidates(
      offer,
      ids.map((id) => demand(id)),
      graph,
      config,
      now,
      3,
    );
    const backward = await rankCandidates(
      offer,
      ids.reverse().map((id) => demand(id)),
      graph,
      config,
      now,
      3,
    );
    expect(forward.results.map((r) => r.demandId)).toEqual(['d-a', 'd-b', 'd-c']);
    expect(backward).toEqual(forward);
    expect(forward.counts).toMatchObject({ kept: 5, returned: 3 });
    expect((await rankCandidates(offer, [demand('d-a')], graph, config, now, 0)).results).toEqual([]);
  });

  it('yields to the event loop while scoring a long list', async () => {
    const candidates = Array.from({ length: 1_000 }, (_, i) => demand(`d-${String(i).padStart(4, '0')}`));
    let ticks = 0;
    let running = true;
    const tick = () => {
      ticks++;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    const ranked = await rankCandidates(offer, candidates, graph, config, now, 10, { yieldEvery: 100 });
    running = false;
    expect(ranked.counts.scored).toBe(1_000);
    // Ten yields: the other task ran in between (without yielding it could not have run at all).
    expect(ticks).toBeGreaterThanOrEqual(9);
  });
});
