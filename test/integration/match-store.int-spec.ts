import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AccountsModule, AccountsService } from '@ttm/accounts';
import { AppConfig, ConfigModule } from '@ttm/config';
import { DatabaseModule } from '@ttm/database';
import { MatchReviewService, type MatchRow, MatchesRepository, MatchingModule } from '@ttm/matching';
import {
  type DemandInput,
  DemandsService,
  type ImportedPosting,
  type ImportOutcome,
  type OfferInput,
  OffersService,
  type PostingInput,
  PostingsModule,
} from '@ttm/postings';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** The writes the matching job makes (libs/matching MatchesRepository) on PostgreSQL. */
describe('match rows on PostgreSQL', () => {
  const config = AppConfig.load();
  let app: INestApplicationContext;
  let matches: MatchesRepository;
  let db: DataSource;
  const source = `match-store-${randomUUID()}`;
  let offers: string[];
  let demands: string[];

  const row = (offerId: string, demandId: string, overrides: Partial<MatchRow> = {}): MatchRow => ({
    offerId,
    demandId,
    score: 0.5,
    components: { concepts: 0.5, ipc: 0.25 },
    explanation: { concepts: [{ id: 'c1', offer: 'сорбент', demand: '吸附剂' }] },
    scoringVersion: 's1',
    offerVersion: 2,
    demandVersion: 2,
    computedAt: new Date('2026-11-20T10:00:00.123Z'),
    ...overrides,
  });
  const stored = async (offerIds = offers) =>
    db.query(
      `SELECT offer_id, demand_id, score, components, explanation, scoring_version, offer_version, demand_version,
              computed_at, xmin::text AS xmin
         FROM posting_match WHERE offer_id = ANY($1) ORDER BY offer_id, demand_id`,
      [offerIds],
    );

  beforeAll(async () => {
    @Module({ imports: [ConfigModule.forRoot(config), DatabaseModule, AccountsModule, PostingsModule, MatchingModule] })
    class MatchStoreTestModule {}
    app = await NestFactory.createApplicationContext(MatchStoreTestModule, { logger: false });
    matches = app.get(MatchesRepository);
    db = app.get<DataSource>(getDataSourceToken());
    const imported = <I extends PostingInput>(input: I): ImportedPosting<I>[] =>
      ['x0', 'x1'].map((externalId) => ({
        externalId,
        organization: { name: 'Match store institute', type: 'research_institute' },
        declaredLanguage: 'en',
        input,
      }));
    const idsOf = (outcomes: ImportOutcome[]) => outcomes.map((o) => (o as { id: string }).id);
    const translations = [{ language: 'en', origin: 'original' as const, title: 'Sorbent' }];
    offers = idsOf(
      await app.get(OffersService).importBatch(imported<OfferInput>({ ownerCountry: 'RU', trl: 5, translations }), {
        source,
      }),
    );
    demands = idsOf(
      await app
        .get(DemandsService)
        .importBatch(imported<DemandInput>({ ownerCountry: 'CN', desiredTrlMin: 4, translations }), { source }),
    );
  });
  afterAll(() => app.close());

  beforeEach(async () => {
    await db.query('DELETE FROM posting_match WHERE offer_id = ANY($1)', [offers]);
  });

  it('stores rows as given, and the same rows written again leave them untouched (not even rewritten)', async () => {
    const rows = [row(offers[0]!, demands[0]!), row(offers[0]!, demands[1]!, { score: 0.8125 })];
    expect(await matches.upsertMatches(rows)).toBe(2);
    const first = await stored();
    const byDemand = (id: string) => first.find((r: { demand_id: string }) => r.demand_id === id);
    expect(first).toHaveLength(2);
    expect(byDemand(demands[0]!)).toEqual({
      offer_id: offers[0],
      demand_id: demands[0],
      score: 0.5,
      components: { concepts: 0.5, ipc: 0.25 },
      explanation: rows[0]!.explanation,
      scoring_version: 's1',
      offer_version: 2,
      demand_version: 2,
      computed_at: new Date('2026-11-20T10:00:00.123Z'),
      xmin: expect.any(String),
    });
    expect(byDemand(demands[1]!)).toMatchObject({ score: 0.8125 });
    expect(await matches.upsertMatches(rows)).toBe(0);
    expect(await stored()).toEqual(first);
  });

  it('replaces a row only with one computed from postings at least as new on both sides', async () => {
    const [o, d] = [offers[0]!, demands[0]!];
    await matches.upsertMatches([row(o, d, { offerVersion: 3, demandVersion: 3, score: 0.5 })]);
    const attempts: [Partial<MatchRow>, boolean][] = [
      [{ offerVersion: 2, demandVersion: 3, score: 0.1 }, false],
      [{ offerVersion: 4, demandVersion: 2, score: 0.2 }, false],
      // Equal versions: the last write wins (a rescoring).
      [{ offerVersion: 3, demandVersion: 3, score: 0.6, scoringVersion: 's2' }, true],
      [{ offerVersion: 4, demandVersion: 3, score: 0.7 }, true],
      [{ offerVersion: 4, demandVersion: 5, score: 0.75 }, true],
      [{ offerVersion: 3, demandVersion: 5, score: 0.3 }, false],
    ];
    for (const [change, applies] of attempts) {
      const before = (await stored())[0];
      const written = await matches.upsertMatches([row(o, d, change)]);
      const after = (await stored())[0];
      expect([change, written, after.score]).toEqual([change, applies ? 1 : 0, applies ? change.score : before.score]);
    }
    expect((await stored())[0]).toMatchObject({ offer_version: 4, demand_version: 5, score: 0.75 });
  });

  it('takes one row per pair from a batch that names a pair twice: the newest', async () => {
    const [o, d] = [offers[1]!, demands[1]!];
    const written = await matches.upsertMatches([
      row(o, d, { offerVersion: 5, score: 0.9 }),
      row(o, d, { offerVersion: 4, score: 0.1 }),
    ]);
    expect(written).toBe(1);
    expect(await stored([o])).toEqual([expect.objectContaining({ offer_version: 5, score: 0.9 })]);
  });

  it('refuses a row with a score outside 0–1 or a component that is not a number, writing none of the batch', async () => {
    for (const bad of [
      { score: 1.5 },
      { score: Number.NaN },
      { components: { concepts: Number.POSITIVE_INFINITY } },
      { components: { concepts: '0.5' as unknown as number } },
    ]) {
      await expect(
        matches.upsertMatches([row(offers[0]!, demands[0]!), row(offers[1]!, demands[0]!, bad)]),
      ).rejects.toThrow(/match .*: (score|components)/);
    }
    expect(await stored()).toEqual([]);
  });

  it('deletes given pairs, or every pair of one posting, and leaves reviews alone', async () => {
    const all = offers.flatMap((o) => demands.map((d) => row(o, d)));
    await matches.upsertMatches(all);
    const [user] = await db.query(
      `INSERT INTO app_user (email, password_hash, display_name, role) VALUES ($1, 'x', 'b', 'broker') RETURNING id`,
      [`store-${randomUUID()}@test.ttm`],
    );
    await db.query(
      `INSERT INTO match_review (offer_id, demand_id, state, version, updated_by) VALUES ($1, $2, 'shortlisted', 1, $3)`,
      [offers[0], demands[0], user.id],
    );
    expect(
      await matches.deleteMatches([
        { offerId: offers[0]!, demandId: demands[0]! },
        { offerId: offers[1]!, demandId: randomUUID() },
      ]),
    ).toBe(1);
    expect(await matches.deleteAllFor('demand', demands[1]!)).toBe(2);
    const left = (await stored()).map((r: { offer_id: string; demand_id: string }) => [r.offer_id, r.demand_id]);
    expect(left).toEqual([[offers[1], demands[0]]]);
    expect(await matches.deleteAllFor('offer', offers[1]!)).toBe(1);
    expect(await stored()).toEqual([]);
    const reviews = await db.query('SELECT state FROM match_review WHERE offer_id = $1', [offers[0]]);
    expect(reviews).toEqual([{ state: 'shortlisted' }]);
  });

  it('lists a review history oldest first, also across ids of more digits (10 after 9)', async () => {
    const [offerId, demandId] = [offers[0]!, demands[0]!];
    await matches.upsertMatches([row(offerId, demandId)]);
    const accounts = app.get(AccountsService);
    const org = await accounts.createOrganization({ name: `Broker ${source}`, type: 'university', country: 'RU' });
    const broker = await accounts.createUser({
      email: `broker-${randomUUID()}@test.ttm`,
      password: 'match-store-password',
      displayName: 'b',
      role: 'broker',
      organizationId: org.id,
    });
    // The next ids cross a power of ten, where text order and number order part.
    await db.query(`SELECT setval(pg_get_serial_sequence('match_review_audit', 'id'),
                                  (10 ^ ceil(log(last_value + 4)))::bigint - 3) FROM match_review_audit_id_seq`);
    const reviews = app.get(MatchReviewService);
    const pair = { offerId, demandId };
    const notes = ['n1', 'n2', 'n3'];
    for (const note of notes) {
      await reviews.change({ actorId: broker.id }, pair, { state: 'rejected', reasonCode: 'other', note });
      await reviews.change({ actorId: broker.id }, pair, { state: 'new', reasonCode: null, note: null });
    }
    const trail = await reviews.auditTrail(pair);
    expect(trail.map((entry) => entry.note)).toEqual(['n1', null, 'n2', null, 'n3', null]);
    expect(trail.map((entry) => Number(entry.id))).toEqual(
      [...trail.map((entry) => Number(entry.id))].sort((a, b) => a - b),
    );
  });

  it('the table itself refuses what the repository would (a direct insert with a bad score)', async () => {
    await expect(
      db.query(
        `INSERT INTO posting_match (offer_id, demand_id, score, components, explanation, scoring_version,
                                    offer_version, demand_version, computed_at)
         VALUES ($1, $2, 1.2, '{}', '{}', 's1', 1, 1, now())`,
        [offers[0], demands[0]],
      ),
    ).rejects.toThrow(/check constraint/);
  });
});
