import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig } from '@ttm/config';
import { MatchingEngine, RematchService } from '@ttm/matching';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { WorkerModule } from '../../apps/worker/src/worker.module.ts';
import { type Cast, seedCast } from './support/accounts.ts';
import { startApi } from './support/api-app.ts';
import { ownNamespace } from '@ttm/testing';
import { until } from './support/until.ts';
import { demandBody, offerBody, postingIn, type PostingRef } from './support/postings.ts';

interface MatchItem {
  counterpart: { id: string; language: string };
  score: number;
  explanation: {
    languages: { offer: string; demand: string };
    sharedConcepts: { offerConcept: { id: string }; offerSurfaces: string[]; demandSurfaces: string[] }[];
  };
  review: { state: string; version: number };
}

const text = (language: string, title: string, summary: string, keywords: string[] = []) => [
  { language, origin: 'original', title, summary, keywords },
];

/**
 * The matching engine on the whole stack: API → outbox → worker (index, match) → lists in
 * PostgreSQL → broker API. A Chinese demand must find the Russian offer that solves it, first,
 * with the reason in both languages.
 */
describe('matching: explained supply–demand lists', () => {
  let env: Record<string, string>;
  let dropNamespace: () => Promise<void>;
  let app: NestExpressApplication;
  let worker: INestApplicationContext;
  let cast: Cast;
  let db: DataSource;
  const offers: Record<string, PostingRef> = {};
  let demand: PostingRef;
  const http = () => request(app.getHttpServer());

  const list = async (kind: 'offers' | 'demands', id: string): Promise<MatchItem[]> =>
    (await http().get(`/api/v1/${kind}/${id}/matches`).set(cast.broker.auth).expect(200)).body.items;
  const publish = (kind: 'offers' | 'demands', body: Record<string, unknown>) =>
    postingIn(
      app,
      kind,
      'published',
      { owner: kind === 'offers' ? cast.memberA : cast.memberB, reviewer: cast.broker },
      { body },
    );

  beforeAll(async () => {
    ({ env, drop: dropNamespace } = await ownNamespace('m'));
    app = await startApi(env);
    worker = await NestFactory.createApplicationContext(
      WorkerModule.register(AppConfig.load({ ...process.env, ...env })),
      {
        logger: false,
      },
    );
    await worker.init();
    db = worker.get<DataSource>(getDataSourceToken());
    cast = await seedCast(app);
    offers.recycling = await publish(
      'offers',
      offerBody({
        ipcCodes: ['H01M 10/54'],
        trl: 7,
        cooperationModes: ['licence', 'technical_service'],
        translations: text(
          'ru',
          'Переработка отработанных литий-ионных аккумуляторов',
          'Гидрометаллургическое извлечение кобальта, никеля и лития из отработанных литий-ионных аккумуляторов; степень извлечения выше 95 %.',
          ['переработка аккумуляторов', 'гидрометаллургия'],
        ),
      }),
    );
    offers.lookAlike = await publish(
      'offers',
      offerBody({
        ipcCodes: ['H01M 10/0525'],
        trl: 8,
        translations: text(
          'ru',
          'Литий-ионные аккумуляторы для электробусов',
          'Производство литий-ионных аккумуляторов высокой ёмкости для городского электротранспорта.',
          ['аккумуляторы', 'электробусы'],
        ),
      }),
    );
    offers.irrigation = await publish(
      'offers',
      offerBody({
        ipcCodes: ['A01G 25/02'],
        translations: text(
          'en',
          'Solar-powered drip irrigation controller',
          'Schedules drip irrigation from soil moisture sensors.',
        ),
      }),
    );
    demand = await publish(
      'demands',
      demandBody({
        desiredTrlMin: 6,
        cooperationModes: ['licence'],
        translations: text(
          'zh',
          '寻求废旧锂离子电池回收技术',
          '我公司需要从废旧锂离子电池中回收钴、镍、锂的湿法冶金工艺。',
          ['电池回收'],
        ),
      }),
    );
  }, 90_000);
  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await dropNamespace?.();
  });

  it('a Chinese demand gets, at rank 1, the Russian offer that solves it, with the shared concepts in both languages', async () => {
    const items = await until(
      () => list('demands', demand.id),
      (l) =>
        l.some((i) => i.counterpart.id === offers.recycling!.id) &&
        l.some((i) => i.counterpart.id === offers.lookAlike!.id),
    );
    expect(items[0]?.counterpart).toMatchObject({ id: offers.recycling!.id, language: 'ru' });
    expect(items.map((i) => i.counterpart.id)).not.toContain(offers.irrigation!.id);
    const first = items[0]!;
    expect(first.explanation.languages).toEqual({ offer: 'ru', demand: 'zh' });
    const recycling = first.explanation.sharedConcepts.find(
      (c) => c.offerConcept.id === 'energy.storage.battery.recycling',
    );
    expect(recycling?.offerSurfaces.join(' ')).toMatch(/переработк/i);
    expect(recycling?.demandSurfaces.join(' ')).toContain('电池回收');
    expect(first.score).toBeGreaterThan(items[1]!.score);
  });

  it('the lists agree in both directions: the offer lists the demand with the same score', async () => {
    const fromDemand = (await list('demands', demand.id)).find((i) => i.counterpart.id === offers.recycling!.id)!;
    const fromOffer = await until(
      () => list('offers', offers.recycling!.id),
      (l) => l.some((i) => i.counterpart.id === demand.id),
    );
    expect(fromOffer.find((i) => i.counterpart.id === demand.id)?.score).toBe(fromDemand.score);
  });

  it('a job delivered twice leaves the same rows', async () => {
    const rows = () =>
      db.query(`SELECT * FROM posting_match WHERE demand_id = $1 ORDER BY offer_id`, [demand.id]) as Promise<unknown[]>;
    const before = await rows();
    const engine = worker.get(MatchingEngine);
    await engine.matchPosting('demand', demand.id, demand.version);
    await engine.matchPosting('demand', demand.id, demand.version);
    expect(await rows()).toEqual(before);
    // An older version's job is skipped, not applied.
    expect(await engine.matchPosting('demand', demand.id, demand.version - 1)).toEqual({ status: 'stale' });
  });

  it('a review decision survives a full rematch', async () => {
    const pair = `/api/v1/matches/${offers.recycling!.id}/${demand.id}/review`;
    await http()
      .patch(pair)
      .set(cast.broker.auth)
      .send({ state: 'shortlisted', note: 'call both on Monday' })
      .expect(200);
    const rematch = worker.get(RematchService);
    const run = await rematch.start('e2e');
    const finished = await until(
      () => rematch.get(run.id),
      (r) => r?.status === 'completed',
    );
    expect(finished).toMatchObject({ status: 'completed', done: finished!.total });
    expect(finished!.total).toBeGreaterThanOrEqual(4);
    const item = (await list('demands', demand.id)).find((i) => i.counterpart.id === offers.recycling!.id);
    expect(item?.review).toMatchObject({ state: 'shortlisted' });
  }, 60_000);

  it('editing an offer re-ranks the list', async () => {
    const edited = offerBody({
      ipcCodes: ['A01G 25/02'],
      trl: 7,
      translations: text(
        'ru',
        'Система капельного орошения на солнечной энергии',
        'Контроллер полива по датчикам влажности почвы.',
      ),
    });
    const res = await http()
      .put(`/api/v1/offers/${offers.recycling!.id}`)
      .set(cast.memberA.auth)
      .send({ ...edited, version: offers.recycling!.version })
      .expect(200);
    offers.recycling = { ...offers.recycling!, version: res.body.version };
    const items = await until(
      () => list('demands', demand.id),
      (l) => l[0]?.counterpart.id !== offers.recycling!.id,
    );
    expect(items[0]?.counterpart.id).toBe(offers.lookAlike!.id);
    expect(items.map((i) => i.counterpart.id)).not.toContain(offers.recycling!.id);
  });

  it('archiving a posting removes it from every list', async () => {
    await http()
      .post(`/api/v1/offers/${offers.lookAlike!.id}/status`)
      .set(cast.memberA.auth)
      .send({ to: 'archived', version: offers.lookAlike!.version })
      .expect(200);
    const items = await until(
      () => list('demands', demand.id),
      (l) => !l.some((i) => i.counterpart.id === offers.lookAlike!.id),
    );
    expect(items.map((i) => i.counterpart.id)).not.toContain(offers.lookAlike!.id);
    // The list hides an unpublished counterpart at once; the worker then deletes its rows.
    const rowsLeft = await until(
      async () =>
        (
          (await db.query(`SELECT count(*)::int AS n FROM posting_match WHERE offer_id = $1`, [
            offers.lookAlike!.id,
          ])) as [{ n: number }]
        )[0].n,
      (n) => n === 0,
    );
    expect(rowsLeft).toBe(0);
  });
});
