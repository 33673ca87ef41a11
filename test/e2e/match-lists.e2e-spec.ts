import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import request from 'supertest';
import { startApi } from './support/api-app.ts';
import { type Cast, seedCast } from './support/accounts.ts';
import { runSchemaClient } from './support/database.ts';
import { matchRow, published, seedMatches } from './support/matches.ts';
import { demandBody, offerBody, type PostingRef, postingIn } from './support/postings.ts';

/**
 * One demand's ranked list (and an offer's), seeded with match rows as the matching job writes
 * them: order, pages, each filter, what a counterpart's status does to the list, bad queries.
 */
describe('match lists of a posting', () => {
  let app: NestExpressApplication;
  let cast: Cast;
  let db: pg.Client;
  const http = () => request(app.getHttpServer());
  const by = () => ({ owner: cast.memberA, reviewer: cast.broker });

  let demand: PostingRef;
  let other: PostingRef;
  /** The published offers matched to `demand`, in the order the list must show them. */
  let ranked: PostingRef[];
  let named: Record<'top' | 'cn' | 'in' | 'mid' | 'low', PostingRef>;
  let draft: PostingRef;

  const offerIn = (country: string, language: string, trl: number, modes: string[]) =>
    published(
      app,
      'offers',
      by(),
      offerBody({
        ownerCountry: country,
        trl,
        cooperationModes: modes,
        translations: [
          { language, origin: 'original', title: `Offer in ${language} from ${country}`, summary: `TRL ${trl}` },
          ...(language === 'en' ? [] : [{ language: 'en', origin: 'machine', title: 'A machine translation' }]),
        ],
      }),
    );

  const list = (path: string, query = '') => http().get(`/api/v1/${path}/matches?${query}`).set(cast.broker.auth);
  const idsOf = (res: request.Response) =>
    (res.body.items as { counterpart: { id: string } }[]).map((i) => i.counterpart.id);

  // Many postings through the API: more than jest's default 5 s on a busy machine.
  beforeAll(async () => {
    app = await startApi();
    cast = await seedCast(app);
    db = await runSchemaClient();
    demand = await published(app, 'demands', by(), demandBody());
    other = await published(app, 'demands', by(), demandBody({ ownerCountry: 'IN' }));
    const top = await offerIn('RU', 'ru', 6, ['licence', 'joint_development']);
    // Two at the same score: the counterpart id breaks the tie.
    const cn = await offerIn('CN', 'zh', 4, ['technical_service']);
    const inn = await offerIn('IN', 'en', 7, ['investment']);
    const tied = [cn, inn].sort((a, b) => a.id.localeCompare(b.id));
    const mid = await offerIn('BR', 'pt', 9, ['licence']);
    const low = await offerIn('RU', 'ru', 3, ['joint_development']);
    named = { top, cn, in: inn, mid, low };
    ranked = [top, ...tied, mid, low];
    draft = await postingIn(app, 'offers', 'draft', by());
    await seedMatches(app, [
      { offer: top, demand, score: 0.9 },
      { offer: tied[1]!, demand, score: 0.8 },
      { offer: tied[0]!, demand, score: 0.8 },
      { offer: mid, demand, score: 0.5 },
      { offer: low, demand, score: 0.3 },
      // Never published: never listed, whatever its score.
      { offer: draft, demand, score: 0.99 },
      { offer: top, demand: other, score: 0.4 },
    ]);
  }, 60_000);
  afterAll(async () => {
    await db.end();
    await app.close();
  });

  it('ranks by score, best first, ties by counterpart id, with everything a broker needs on each entry', async () => {
    const res = await list(`demands/${demand.id}`).expect(200);
    expect(idsOf(res)).toEqual(ranked.map((o) => o.id));
    expect(res.body.meta).toEqual({ page: 1, pageSize: 20, total: 5 });
    expect(res.body.items[0]).toEqual({
      counterpart: {
        id: ranked[0]!.id,
        kind: 'offer',
        title: 'Offer in ru from RU',
        summary: 'TRL 6',
        language: 'ru',
        country: 'RU',
      },
      score: 0.9,
      components: { concepts: 0.9, ipc: 0.5, trl: 1 },
      explanation: matchRow({ offer: ranked[0]!, demand, score: 0.9 }).explanation,
      scoringVersion: 'test-1',
      offerVersion: ranked[0]!.version,
      demandVersion: demand.version,
      computedAt: '2026-11-20T10:00:00.000Z',
      review: { state: 'new', reasonCode: null, note: null, version: 0, updatedAt: null },
    });
  });

  it('pages through the same order', async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => list(`demands/${demand.id}`, `pageSize=2&page=${page}`)));
    expect(pages.map((p) => idsOf(p).length)).toEqual([2, 2, 1]);
    expect(pages.flatMap(idsOf)).toEqual(ranked.map((o) => o.id));
    expect(pages[2]!.body.meta).toEqual({ page: 3, pageSize: 2, total: 5 });
    const beyond = await list(`demands/${demand.id}`, 'pageSize=2&page=4').expect(200);
    expect(beyond.body).toEqual({ items: [], meta: { page: 4, pageSize: 2, total: 5 } });
  });

  it.each([
    ['minScore=0.8', ['top', 'cn', 'in']],
    ['minScore=0.31', ['top', 'cn', 'in', 'mid']],
    ['country=CN', ['cn']],
    ['country=ru', ['top', 'low']],
    ['language=pt', ['mid']],
    ['language=en', ['in']],
    ['trl=7', ['in', 'mid']],
    ['mode=licence', ['top', 'mid']],
    ['mode=equipment_supply', []],
    ['country=RU&mode=joint_development&minScore=0.5', ['top']],
  ] as const)('filters: %s', async (query, expected) => {
    const res = await list(`demands/${demand.id}`, query).expect(200);
    const wanted = new Set(expected.map((name) => named[name].id));
    // In list order: the tied pair by id.
    expect(idsOf(res)).toEqual(ranked.filter((o) => wanted.has(o.id)).map((o) => o.id));
    expect(res.body.meta.total).toBe(expected.length);
  });

  it('filters by review state (a pair never reviewed is new)', async () => {
    const offer = named.mid;
    await http()
      .patch(`/api/v1/matches/${offer.id}/${demand.id}/review`)
      .set(cast.broker.auth)
      .send({ state: 'shortlisted', version: 0 })
      .expect(200);
    expect(idsOf(await list(`demands/${demand.id}`, 'state=shortlisted'))).toEqual([offer.id]);
    expect(idsOf(await list(`demands/${demand.id}`, 'state=new'))).toEqual(
      ranked.filter((o) => o !== offer).map((o) => o.id),
    );
  });

  it("lists an offer's demands too, and an admin reads them like a broker", async () => {
    const res = await http().get(`/api/v1/offers/${ranked[0]!.id}/matches`).set(cast.admin.auth).expect(200);
    expect(idsOf(res)).toEqual([demand.id, other.id]);
    expect(res.body.items[1]).toMatchObject({
      counterpart: { id: other.id, kind: 'demand', language: 'zh', country: 'IN' },
      score: 0.4,
    });
    // TRL filters the offers of a demand's list; an offer's list has no such filter.
    const trl = await list(`offers/${ranked[0]!.id}`, 'trl=5').expect(400);
    expect(trl.body.details).toEqual([expect.objectContaining({ path: 'trl', code: 'whitelist_validation' })]);
  });

  it('drops a counterpart while it is not published, and its pairs with it when it is deleted', async () => {
    const leaving = await published(app, 'offers', by(), offerBody());
    const deleted = await published(app, 'offers', by(), offerBody());
    await seedMatches(app, [
      { offer: leaving, demand, score: 0.95 },
      { offer: deleted, demand, score: 0.96 },
    ]);
    const review = { state: 'rejected', reasonCode: 'duplicate', version: 0 };
    await http()
      .patch(`/api/v1/matches/${deleted.id}/${demand.id}/review`)
      .set(cast.broker.auth)
      .send(review)
      .expect(200);
    expect(idsOf(await list(`demands/${demand.id}`)).slice(0, 2)).toEqual([deleted.id, leaving.id]);

    await http()
      .post(`/api/v1/offers/${leaving.id}/status`)
      .set(cast.memberA.auth)
      .send({ to: 'archived', version: leaving.version })
      .expect(200);
    await http().delete(`/api/v1/offers/${deleted.id}?version=${deleted.version}`).set(cast.memberA.auth).expect(204);
    expect(idsOf(await list(`demands/${demand.id}`))).toEqual(ranked.map((o) => o.id));

    // The archived offer's pair is kept (it may be published again); the deleted one's is gone, with its review and audit.
    const rows = async (table: string, offerId: string) =>
      (await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE offer_id = $1`, [offerId])).rows[0].n;
    expect(await rows('posting_match', leaving.id)).toBe(1);
    for (const table of ['posting_match', 'match_review', 'match_review_audit']) {
      expect([table, await rows(table, deleted.id)]).toEqual([table, 0]);
    }
  });

  it('answers 404 for a posting that does not exist, and for a deleted one', async () => {
    const missing = randomUUID();
    const res = await list(`demands/${missing}`).expect(404);
    expect(res.body).toMatchObject({ code: 'demand.not_found', message: `No demand ${missing}` });
    await list(`offers/${missing}`).expect(404);
    const gone = await published(app, 'demands', by(), demandBody());
    await seedMatches(app, [{ offer: ranked[0]!, demand: gone, score: 0.7 }]);
    await http().delete(`/api/v1/demands/${gone.id}?version=${gone.version}`).set(cast.memberA.auth).expect(204);
    await list(`demands/${gone.id}`).expect(404);
  });

  it('refuses bad queries with a 400 naming each field', async () => {
    const res = await list(`demands/${demand.id}`, 'minScore=2&pageSize=1000&mode=unknown&country=xx1').expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect([...new Set(res.body.details.map((d: { path: string }) => d.path))].sort()).toEqual(
      ['country', 'minScore', 'mode', 'pageSize'].sort(),
    );
    for (const query of [
      'minScore=2',
      'minScore=-0.1',
      'minScore=high',
      'pageSize=1000',
      'pageSize=0',
      'page=0',
      'mode=unknown',
      'country=xx1',
      'language=xx',
      'trl=10',
      'state=won',
      'sort=score',
    ]) {
      const one = await list(`demands/${demand.id}`, query);
      const field = query.split('=')[0];
      expect([query, one.status, one.body.details.map((d: { path: string }) => d.path)]).toEqual([
        query,
        400,
        expect.arrayContaining([field]),
      ]);
    }
    await http().get(`/api/v1/demands/not-a-uuid/matches`).set(cast.broker.auth).expect(400);
  });
});
