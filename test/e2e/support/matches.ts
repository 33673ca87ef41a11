import type { INestApplication } from '@nestjs/common';
import { type MatchRow, MatchesRepository } from '@ttm/matching';
import { type PostingRef, postingIn } from './postings.ts';

export interface PairSeed {
  offer: PostingRef;
  demand: PostingRef;
  score: number;
  computedAt?: Date;
  scoringVersion?: string;
  /** Defaults: the postings' current versions. */
  offerVersion?: number;
  demandVersion?: number;
}

/** A match row as the matching job would write it, with components and an explanation that say where they came from. */
export function matchRow(seed: PairSeed): MatchRow {
  return {
    offerId: seed.offer.id,
    demandId: seed.demand.id,
    score: seed.score,
    components: { concepts: seed.score, ipc: 0.5, trl: 1 },
    explanation: {
      concepts: [{ id: 'water.treatment', offer: 'сорбент', demand: '吸附材料' }],
      note: `seeded ${seed.score}`,
    },
    scoringVersion: seed.scoringVersion ?? 'test-1',
    offerVersion: seed.offerVersion ?? seed.offer.version,
    demandVersion: seed.demandVersion ?? seed.demand.version,
    computedAt: seed.computedAt ?? new Date('2026-11-20T10:00:00Z'),
  };
}

/** Writes the pairs through the repository the matching job uses. */
export async function seedMatches(app: INestApplication, seeds: PairSeed[]): Promise<void> {
  await app.get(MatchesRepository).upsertMatches(seeds.map(matchRow));
}

type Auth = { auth: Record<string, string> };

/** A published posting with the given body, created by `owner` and published by `reviewer` through the API. */
export function published(
  app: INestApplication,
  kind: 'offers' | 'demands',
  by: { owner: Auth; reviewer: Auth },
  body: Record<string, unknown>,
): Promise<PostingRef> {
  return postingIn(app, kind, 'published', by, { body });
}
