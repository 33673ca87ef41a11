import { enrichJobId, matchJobId } from './job-ids.ts';

const id = '0b7f6c1e-5a43-4f7e-9a0c-3f1d2e4b5a69';

describe('job ids', () => {
  it('split into the three `:` parts BullMQ accepts for custom ids', () => {
    for (const jobId of [
      matchJobId('offer', id, 3),
      matchJobId('demand', id, 3, 2),
      enrichJobId('offer', id, 3, 'ab12cd34'),
    ]) {
      expect(jobId.split(':')).toHaveLength(3);
    }
  });

  it('tell versions, enrichment revisions and adapter settings apart', () => {
    expect(matchJobId('offer', id, 3)).toBe(`match-offer:${id}:v3`);
    expect(new Set([matchJobId('offer', id, 3), matchJobId('offer', id, 3, 1), matchJobId('offer', id, 4)]).size).toBe(
      3,
    );
    expect(enrichJobId('offer', id, 3, 'aaaa')).not.toBe(enrichJobId('offer', id, 3, 'bbbb'));
  });
});
