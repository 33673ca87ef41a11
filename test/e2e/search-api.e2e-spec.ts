import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@ttm/config';
import request from 'supertest';
import { WorkerModule } from '../../apps/worker/src/worker.module.ts';
import { type Cast, seedCast } from './support/accounts.ts';
import { startApi } from './support/api-app.ts';
import { ownNamespace } from '@ttm/testing';
import { offerBody, postingIn } from './support/postings.ts';

/**
 * The search API over the whole pipeline: a posting published through the API reaches the index
 * through the outbox, the queue and the worker, and is found from another language.
 */
describe('GET /api/v1/search/offers|demands', () => {
  let env: Record<string, string>;
  let dropNamespace: () => Promise<void>;
  let app: NestExpressApplication;
  let worker: INestApplicationContext;
  let cast: Cast;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    ({ env, drop: dropNamespace } = await ownNamespace('s'));
    app = await startApi(env);
    worker = await NestFactory.createApplicationContext(
      WorkerModule.register(AppConfig.load({ ...process.env, ...env })),
      {
        logger: false,
      },
    );
    await worker.init();
    cast = await seedCast(app);
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await dropNamespace?.();
  });

  const searchUntil = async (path: string, accept: (body: { items: { id: string }[] }) => boolean) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const res = await http().get(path).set(cast.memberB.auth).expect(200);
      if (accept(res.body) || Date.now() > deadline) return res.body;
      await new Promise((r) => setTimeout(r, 300));
    }
  };

  it('a Russian offer published through the API is found by a Chinese query, then leaves the index when archived', async () => {
    const body = offerBody({
      ipcCodes: ['H01M 10/54'],
      translations: [
        {
          language: 'ru',
          origin: 'original',
          title: 'Переработка отработанных литий-ионных аккумуляторов',
          summary: 'Гидрометаллургическое извлечение кобальта, никеля и лития из отработанных аккумуляторов.',
          keywords: ['переработка аккумуляторов'],
        },
      ],
    });
    const offer = await postingIn(app, 'offers', 'published', { owner: cast.memberA, reviewer: cast.broker }, { body });
    const q = encodeURIComponent('废旧锂离子电池回收');
    const found = await searchUntil(`/api/v1/search/offers?q=${q}`, (b) => b.items.some((i) => i.id === offer.id));
    const hit = found.items.find((i: { id: string }) => i.id === offer.id);
    expect(hit).toMatchObject({
      language: 'ru',
      country: 'RU',
      title: 'Переработка отработанных литий-ионных аккумуляторов',
    });
    expect(found.query).toMatchObject({ language: 'zh', languageSource: 'script' });
    expect(hit.matchedConcepts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ conceptId: 'energy.storage.battery.lithium_ion', label: '锂离子电池' }),
      ]),
    );
    // Confidential fields are never in the index, so never in a search answer.
    expect(JSON.stringify(found)).not.toContain('tto@institute.example');

    await http()
      .post(`/api/v1/offers/${offer.id}/status`)
      .set(cast.memberA.auth)
      .send({ to: 'archived', version: offer.version })
      .expect(200);
    const after = await searchUntil(`/api/v1/search/offers?q=${q}`, (b) => !b.items.some((i) => i.id === offer.id));
    expect(after.items.map((i: { id: string }) => i.id)).not.toContain(offer.id);
  }, 90_000);

  it('answers facets and a page even for an empty demand index', async () => {
    const res = await http().get('/api/v1/search/demands?q=solar&page=1&pageSize=5').set(cast.broker.auth).expect(200);
    expect(res.body).toMatchObject({
      total: expect.any(Number),
      page: 1,
      pageSize: 5,
      facets: { country: expect.any(Array) },
    });
  });

  it.each([
    ['lang=xx', 'lang'],
    ['pageSize=101', 'pageSize'],
    ['pageSize=0', 'pageSize'],
    [`q=<501 characters>`.replace('<501 characters>', 'a'.repeat(501)), 'q'],
    ['page=101&pageSize=100', 'page'],
    ['mode=barter', 'mode'],
    ['country=C1', 'country'],
    ['language=klingon', 'language'],
    ['trl=10', 'trl'],
    ['field=DROP%20TABLE', 'field'],
    ['unknownParam=1', 'unknownParam'],
  ])('rejects a bad %#th query (%s…) with a field-level 400', async (query, path) => {
    const res = await http().get(`/api/v1/search/offers?${query}`).set(cast.memberA.auth).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, correlationId: expect.any(String) });
    expect(res.body.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('needs a signed-in user', async () => {
    await http().get('/api/v1/search/offers?q=battery').expect(401);
  });
});
