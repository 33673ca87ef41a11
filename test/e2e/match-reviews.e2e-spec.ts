import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import request from 'supertest';
import { startApi } from './support/api-app.ts';
import { type Cast, seedCast } from './support/accounts.ts';
import { runSchemaClient } from './support/database.ts';
import { published, seedMatches } from './support/matches.ts';
import { demandBody, offerBody, type PostingRef } from './support/postings.ts';

interface Pair {
  offer: PostingRef;
  demand: PostingRef;
}

/** Each test builds its own pair through the API: more than jest's default 5 s on a busy machine. */
const SLOW = 30_000;

/** Brokers move pairs along their pipeline: the rules, the version check, the audit trail. */
describe('match reviews', () => {
  let app: NestExpressApplication;
  let cast: Cast;
  let db: pg.Client;
  const http = () => request(app.getHttpServer());

  /** A fresh published offer and demand with a match row between them. */
  const freshPair = async (): Promise<Pair> => {
    const by = { owner: cast.memberA, reviewer: cast.broker };
    const pair = {
      offer: await published(app, 'offers', by, offerBody()),
      demand: await published(app, 'demands', by, demandBody()),
    };
    await seedMatches(app, [{ ...pair, score: 0.7 }]);
    return pair;
  };
  const patch = (p: Pair, body: Record<string, unknown>, auth = cast.broker.auth) =>
    http().patch(`/api/v1/matches/${p.offer.id}/${p.demand.id}/review`).set(auth).send(body);
  const audit = (p: Pair) => http().get(`/api/v1/matches/${p.offer.id}/${p.demand.id}/audit`).set(cast.broker.auth);
  const stored = async (p: Pair) => ({
    reviews: (
      await db.query('SELECT state, version FROM match_review WHERE offer_id = $1 AND demand_id = $2', [
        p.offer.id,
        p.demand.id,
      ])
    ).rows,
    audits: (
      await db.query('SELECT count(*)::int AS n FROM match_review_audit WHERE offer_id = $1 AND demand_id = $2', [
        p.offer.id,
        p.demand.id,
      ])
    ).rows[0].n as number,
  });
  const reviewInList = async (p: Pair) => {
    const res = await http().get(`/api/v1/demands/${p.demand.id}/matches`).set(cast.broker.auth).expect(200);
    return res.body.items.find((i: { counterpart: { id: string } }) => i.counterpart.id === p.offer.id);
  };

  beforeAll(async () => {
    app = await startApi();
    cast = await seedCast(app);
    db = await runSchemaClient();
  });
  afterAll(async () => {
    await db.end();
    await app.close();
  });

  it(
    'walks a pair to a deal one step at a time, each step audited with who, what and the request id',
    async () => {
      const pair = await freshPair();
      const steps = ['shortlisted', 'introduced', 'in_negotiation', 'deal'];
      for (const [i, state] of steps.entries()) {
        const res = await patch(pair, { state, version: i, note: `step ${i + 1}` })
          .set('x-request-id', `review-step-${i + 1}`)
          .expect(200);
        expect(res.body).toEqual({
          state,
          reasonCode: null,
          note: `step ${i + 1}`,
          version: i + 1,
          updatedAt: expect.any(String),
        });
      }
      // A deal is final.
      const final = await patch(pair, { state: 'rejected', reasonCode: 'other', note: 'changed mind', version: 4 });
      expect([final.status, final.body.code]).toEqual([409, 'match_review.illegal_transition']);

      const trail = await audit(pair).expect(200);
      expect(trail.body).toEqual(
        ['new', ...steps.slice(0, -1)].map((from, i) => ({
          id: expect.any(String),
          actorId: cast.broker.userId,
          fromState: from,
          toState: steps[i],
          reasonCode: null,
          note: `step ${i + 1}`,
          at: expect.any(String),
          correlationId: `review-step-${i + 1}`,
        })),
      );
      expect((await reviewInList(pair)).review).toMatchObject({ state: 'deal', version: 4, note: 'step 4' });
    },
    SLOW,
  );

  it(
    'refuses skipping a step or going back with 409, writing neither review nor audit',
    async () => {
      const pair = await freshPair();
      const skip = await patch(pair, { state: 'introduced', version: 0 }).expect(409);
      expect(skip.body).toMatchObject({
        code: 'match_review.illegal_transition',
        details: [{ path: 'state', code: 'illegal_transition', message: 'allowed from new: shortlisted, rejected' }],
      });
      expect(await stored(pair)).toEqual({ reviews: [], audits: 0 });
      expect((await audit(pair).expect(200)).body).toEqual([]);

      await patch(pair, { state: 'shortlisted', version: 0 }).expect(200);
      const back = await patch(pair, { state: 'new', version: 1 }).expect(409);
      expect(back.body.code).toBe('match_review.illegal_transition');
      expect(await stored(pair)).toEqual({ reviews: [{ state: 'shortlisted', version: 1 }], audits: 1 });
    },
    SLOW,
  );

  it(
    'a rejection needs a reason, "other" needs a note, no other state takes a reason; a rejected pair reopens',
    async () => {
      const pair = await freshPair();
      const refusals: [Record<string, unknown>, string, string][] = [
        [{ state: 'rejected' }, 'match_review.reason_required', 'reasonCode'],
        [{ state: 'rejected', reasonCode: 'other' }, 'match_review.note_required', 'note'],
        [{ state: 'rejected', reasonCode: 'other', note: '  ' }, 'match_review.note_required', 'note'],
        [{ state: 'shortlisted', reasonCode: 'budget' }, 'match_review.reason_not_allowed', 'reasonCode'],
      ];
      for (const [body, code, path] of refusals) {
        const res = await patch(pair, body);
        expect([res.status, res.body.code, res.body.details[0]?.path]).toEqual([422, code, path]);
      }
      expect(await stored(pair)).toEqual({ reviews: [], audits: 0 });

      const rejected = await patch(pair, { state: 'rejected', reasonCode: 'other', note: 'licensed elsewhere' });
      expect(rejected.body).toMatchObject({
        state: 'rejected',
        reasonCode: 'other',
        note: 'licensed elsewhere',
        version: 1,
      });
      // Rejected twice is not a move.
      await patch(pair, { state: 'rejected', reasonCode: 'budget', version: 1 }).expect(409);
      const reopened = await patch(pair, { state: 'new', version: 1 }).expect(200);
      expect(reopened.body).toMatchObject({ state: 'new', reasonCode: null, note: null, version: 2 });
      expect((await audit(pair)).body).toEqual([
        expect.objectContaining({
          fromState: 'new',
          toState: 'rejected',
          reasonCode: 'other',
          note: 'licensed elsewhere',
        }),
        expect.objectContaining({ fromState: 'rejected', toState: 'new', reasonCode: null, note: null }),
      ]);
      // Any state before a deal may be rejected, for any reason of the list.
      await patch(pair, { state: 'shortlisted', version: 2 }).expect(200);
      await patch(pair, { state: 'introduced', version: 3 }).expect(200);
      const late = await patch(pair, { state: 'rejected', reasonCode: 'geography', version: 4 }).expect(200);
      expect(late.body).toMatchObject({ state: 'rejected', reasonCode: 'geography', version: 5 });
    },
    SLOW,
  );

  it(
    'answers 409 to a stale version, checks nothing when the version is left out',
    async () => {
      const pair = await freshPair();
      await patch(pair, { state: 'shortlisted', version: 0 }).expect(200);
      const stale = await patch(pair, { state: 'introduced', version: 0 }).expect(409);
      expect(stale.body).toMatchObject({
        code: 'match_review.stale_version',
        details: [{ path: 'version', code: 'stale', message: 'current version is 1, you sent 0' }],
      });
      await patch(pair, { state: 'introduced', version: 7 }).expect(409);
      expect(await stored(pair)).toEqual({ reviews: [{ state: 'shortlisted', version: 1 }], audits: 1 });
      const unchecked = await patch(pair, { state: 'introduced' }).expect(200);
      expect(unchecked.body).toMatchObject({ state: 'introduced', version: 2 });
    },
    SLOW,
  );

  it(
    'lets one of two brokers racing on the same version win; the other gets 409 and leaves no trace',
    async () => {
      for (const from of ['never reviewed', 'reviewed'] as const) {
        const pair = await freshPair();
        let version = 0;
        if (from === 'reviewed')
          version = (await patch(pair, { state: 'shortlisted', version: 0 }).expect(200)).body.version;
        const next = from === 'reviewed' ? 'introduced' : 'shortlisted';
        const answers = await Promise.all([
          patch(pair, { state: next, version }),
          patch(pair, { state: next, version }, cast.admin.auth),
        ]);
        expect([from, answers.map((a) => a.status).sort()]).toEqual([from, [200, 409]]);
        expect(answers.find((a) => a.status === 409)!.body.code).toMatch(
          /^match_review\.(stale_version|illegal_transition)$/,
        );
        expect(await stored(pair)).toEqual({ reviews: [{ state: next, version: version + 1 }], audits: version + 1 });
      }
    },
    SLOW,
  );

  it(
    'writes the audit row in the same transaction as the review (same transaction time)',
    async () => {
      const pair = await freshPair();
      await patch(pair, { state: 'shortlisted', version: 0 }).expect(200);
      const { rows } = await db.query(
        `SELECT r.updated_at = a.at AS same FROM match_review r
         JOIN match_review_audit a USING (offer_id, demand_id) WHERE offer_id = $1 AND demand_id = $2`,
        [pair.offer.id, pair.demand.id],
      );
      expect(rows).toEqual([{ same: true }]);
    },
    SLOW,
  );

  it(
    'keeps the review when the matching job rewrites the pair',
    async () => {
      const pair = await freshPair();
      await patch(pair, { state: 'shortlisted', version: 0, note: 'call them' }).expect(200);
      await seedMatches(app, [
        { ...pair, score: 0.42, offerVersion: pair.offer.version + 1, computedAt: new Date('2026-11-21T08:00:00Z') },
      ]);
      expect(await reviewInList(pair)).toMatchObject({
        score: 0.42,
        offerVersion: pair.offer.version + 1,
        computedAt: '2026-11-21T08:00:00.000Z',
        review: { state: 'shortlisted', note: 'call them', version: 1 },
      });
    },
    SLOW,
  );

  it(
    'answers 404 for a pair without a match row',
    async () => {
      const by = { owner: cast.memberA, reviewer: cast.broker };
      const unmatched: Pair = {
        offer: await published(app, 'offers', by, offerBody()),
        demand: await published(app, 'demands', by, demandBody()),
      };
      const res = await patch(unmatched, { state: 'shortlisted' }).expect(404);
      expect(res.body.code).toBe('match.not_found');
      expect((await audit(unmatched).expect(404)).body.code).toBe('match.not_found');
      const missing = { ...unmatched, offer: { ...unmatched.offer, id: randomUUID() } };
      await patch(missing, { state: 'shortlisted' }).expect(404);
      expect(await stored(unmatched)).toEqual({ reviews: [], audits: 0 });
    },
    SLOW,
  );

  it.each([
    ['an unknown state', { state: 'won' }, 'state'],
    ['no state', {}, 'state'],
    ['an unknown reason', { state: 'rejected', reasonCode: 'too_expensive' }, 'reasonCode'],
    ['a note over 2,000 characters', { state: 'shortlisted', note: 'x'.repeat(2001) }, 'note'],
    ['a negative version', { state: 'shortlisted', version: -1 }, 'version'],
    ['a version that is not a number', { state: 'shortlisted', version: 'one' }, 'version'],
    ['an unknown field', { state: 'shortlisted', score: 1 }, 'score'],
  ])('refuses %s with 400 naming the field', async (_case, body, path) => {
    const res = await http()
      .patch(`/api/v1/matches/${randomUUID()}/${randomUUID()}/review`)
      .set(cast.broker.auth)
      .send(body)
      .expect(400);
    expect(res.body.details.map((d: { path: string }) => d.path)).toContain(path);
  });
});
