import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { startApi } from './support/api-app.ts';
import { type Cast, seedCast } from './support/accounts.ts';
import { demandBody, offerBody } from './support/postings.ts';

describe('offers and demands: lifecycle', () => {
  let app: NestExpressApplication;
  let cast: Cast;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await startApi();
    cast = await seedCast(app);
  });
  afterAll(() => app.close());

  it('a member drafts, submits, a broker publishes, and everyone then sees the teaser only', async () => {
    const created = await http().post('/api/v1/offers').set(cast.memberA.auth).send(offerBody()).expect(201);
    expect(created.body).toMatchObject({ status: 'draft', version: 1, organizationId: cast.orgA, trl: 6 });
    expect(created.body.translations[0]).toMatchObject({ language: 'ru', origin: 'original' });
    const id = created.body.id as string;

    // Not visible to another organisation while a draft: 404, not 403.
    await http().get(`/api/v1/offers/${id}`).set(cast.memberB.auth).expect(404);

    const submitted = await http()
      .post(`/api/v1/offers/${id}/status`)
      .set(cast.memberA.auth)
      .send({ to: 'pending_review', version: 1 })
      .expect(200);
    expect(submitted.body).toMatchObject({ status: 'pending_review', version: 2 });

    // Members cannot review.
    const review = {
      decision: 'publish',
      version: 2,
      scores: { innovation: 4, clarity: 4, cooperation: 3, language: 4 },
    };
    await http().post(`/api/v1/offers/${id}/review`).set(cast.memberA.auth).send(review).expect(403);
    const published = await http().post(`/api/v1/offers/${id}/review`).set(cast.broker.auth).send(review).expect(200);
    expect(published.body).toMatchObject({ status: 'published', version: 3 });
    expect(published.body.publishedAt).toEqual(expect.any(String));

    const teaser = await http().get(`/api/v1/offers/${id}`).set(cast.memberB.auth).expect(200);
    expect(teaser.body.confidential).toBeUndefined();
    expect(teaser.body.translations).toHaveLength(2);
    const full = await http().get(`/api/v1/offers/${id}`).set(cast.broker.auth).expect(200);
    expect(full.body.confidential).toMatchObject({ contactPerson: 'Dr. Elena Petrova' });

    const reviews = await http().get(`/api/v1/offers/${id}/reviews`).set(cast.memberA.auth).expect(200);
    expect(reviews.body).toEqual([
      expect.objectContaining({ decision: 'publish', postingVersion: 3, reviewerId: cast.broker.userId }),
    ]);
  });

  it('rejects illegal transitions and reviews without a reason', async () => {
    const { body } = await http().post('/api/v1/demands').set(cast.memberB.auth).send(demandBody()).expect(201);
    const illegal = await http()
      .post(`/api/v1/demands/${body.id}/review`)
      .set(cast.broker.auth)
      .send({ decision: 'publish', version: 1, scores: { innovation: 3, clarity: 3, cooperation: 3, language: 3 } })
      .expect(409);
    expect(illegal.body.code).toBe('posting.illegal_transition');
    await http()
      .post(`/api/v1/demands/${body.id}/status`)
      .set(cast.memberB.auth)
      .send({ to: 'pending_review', version: 1 })
      .expect(200);
    const noReason = await http()
      .post(`/api/v1/demands/${body.id}/review`)
      .set(cast.broker.auth)
      .send({ decision: 'reject', version: 2, scores: { innovation: 1, clarity: 1, cooperation: 1, language: 1 } })
      .expect(422);
    expect(noReason.body.code).toBe('review.reason_required');
    const blocked = await http()
      .post(`/api/v1/demands/${body.id}/review`)
      .set(cast.broker.auth)
      .send({ decision: 'publish', version: 2, scores: { innovation: 0, clarity: 5, cooperation: 5, language: 5 } })
      .expect(422);
    expect(blocked.body.code).toBe('review.blocking_score');
  });

  it('answers 409 to an update carrying a stale version, and keeps the stored one', async () => {
    const { body } = await http().post('/api/v1/offers').set(cast.memberA.auth).send(offerBody()).expect(201);
    await http()
      .put(`/api/v1/offers/${body.id}`)
      .set(cast.memberA.auth)
      .send(offerBody({ version: 1, trl: 7 }))
      .expect(200);
    const stale = await http()
      .put(`/api/v1/offers/${body.id}`)
      .set(cast.memberA2.auth)
      .send(offerBody({ version: 1, trl: 3 }))
      .expect(409);
    expect(stale.body).toMatchObject({
      code: 'offer.stale_version',
      details: [expect.objectContaining({ path: 'version' })],
    });
    const now = await http().get(`/api/v1/offers/${body.id}`).set(cast.memberA.auth).expect(200);
    expect(now.body).toMatchObject({ trl: 7, version: 2 });
  });

  it('lists with filters and pagination, never showing other organisations’ drafts', async () => {
    const res = await http().get('/api/v1/offers?pageSize=100&language=ru').set(cast.memberB.auth).expect(200);
    expect(res.body.items.every((o: { status: string }) => o.status === 'published')).toBe(true);
    const mine = await http().get(`/api/v1/offers?status=draft&pageSize=100`).set(cast.memberA.auth).expect(200);
    expect(mine.body.meta.total).toBeGreaterThanOrEqual(1);
    expect(mine.body.items.every((o: { organizationId: string }) => o.organizationId === cast.orgA)).toBe(true);
  });

  it('validates bodies against the kind’s DTO: unknown fields and out-of-range values are named', async () => {
    const res = await http()
      .post('/api/v1/offers')
      .set(cast.memberA.auth)
      .send(offerBody({ trl: 12, hack: true }))
      .expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['hack', 'trl']);
    const demand = await http()
      .put(`/api/v1/demands/00000000-0000-4000-8000-000000000000`)
      .set(cast.memberB.auth)
      .send(demandBody({ desiredTrlMin: 0 }))
      .expect(400);
    const paths = new Set(demand.body.details.map((d: { path: string }) => d.path));
    expect([...paths].sort()).toEqual(['desiredTrlMin', 'version']);
  });

  it('deletes with the current version only', async () => {
    const { body } = await http().post('/api/v1/offers').set(cast.memberA.auth).send(offerBody()).expect(201);
    await http().delete(`/api/v1/offers/${body.id}?version=5`).set(cast.memberA.auth).expect(409);
    await http().delete(`/api/v1/offers/${body.id}?version=1`).set(cast.memberB.auth).expect(404);
    await http().delete(`/api/v1/offers/${body.id}?version=1`).set(cast.memberA.auth).expect(204);
    await http().get(`/api/v1/offers/${body.id}`).set(cast.memberA.auth).expect(404);
  });
});
