import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@ttm/config';
import request from 'supertest';
import { WorkerModule } from '../../apps/worker/src/worker.module.ts';
import type { FakeHttpServer } from '../integration/support/fake-http-server.ts';
import { startFakeLibreTranslate } from '../integration/support/fake-libretranslate.ts';
import { startFakeEmbeddings } from '../integration/support/fake-openai-embeddings.ts';
import { type Cast, seedCast } from './support/accounts.ts';
import { startApi } from './support/api-app.ts';
import { ownNamespace } from '@ttm/testing';
import { until } from './support/until.ts';
import { offerBody, postingIn, type PostingRef } from './support/postings.ts';

const TITLE = 'Тепловой насос для утилизации тепла Кольского комбината';
const SUMMARY = 'Высокотемпературный тепловой насос возвращает сбросное тепло в технологический цикл.';
const GLOSSARY = {
  en: {
    [TITLE]: 'Heat pump recovering the waste heat of the Kola smelter',
    [SUMMARY]: 'A high-temperature heat pump returns waste heat to the process.',
  },
  zh: { [TITLE]: '科拉冶炼厂余热回收热泵', [SUMMARY]: '高温热泵将废热送回工艺流程。' },
};

/**
 * The adapters switched on for the whole stack: a Russian offer published through the API is
 * indexed and matched at once, then machine-translated and embedded by the worker, indexed again,
 * and an English searcher finds it by words only its machine translation holds.
 */
describe('optional adapters on: machine translations and vectors through the pipeline', () => {
  let translate: FakeHttpServer;
  let embed: FakeHttpServer;
  let env: Record<string, string>;
  let dropNamespace: () => Promise<void>;
  let app: NestExpressApplication;
  let worker: INestApplicationContext;
  let cast: Cast;
  let offer: PostingRef;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    translate = await startFakeLibreTranslate({ glossary: GLOSSARY });
    embed = await startFakeEmbeddings({ models: { 'fake-mini': 8 } });
    const own = await ownNamespace('x');
    dropNamespace = own.drop;
    env = {
      ...own.env,
      TRANSLATION_PROVIDER: 'libretranslate',
      TRANSLATION_URL: translate.url,
      TRANSLATION_TARGET_LANGUAGES: 'en,zh',
      EMBEDDING_PROVIDER: 'openai',
      EMBEDDING_URL: `${embed.url}/v1`,
      EMBEDDING_MODEL: 'fake-mini',
      EMBEDDING_DIMENSIONS: '8',
    };
    app = await startApi(env);
    worker = await NestFactory.createApplicationContext(
      WorkerModule.register(AppConfig.load({ ...process.env, ...env })),
      { logger: false },
    );
    await worker.init();
    cast = await seedCast(app);
    offer = await postingIn(
      app,
      'offers',
      'published',
      { owner: cast.memberA, reviewer: cast.broker },
      {
        body: offerBody({
          translations: [{ language: 'ru', origin: 'original', title: TITLE, summary: SUMMARY, keywords: [] }],
        }),
      },
    );
  }, 90_000);
  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await dropNamespace?.();
    await translate?.close();
    await embed?.close();
  });

  it('the offer gains English and Chinese machine translations; its original stays as written', async () => {
    const read = async () =>
      (await http().get(`/api/v1/offers/${offer.id}`).set(cast.memberA.auth).expect(200)).body as {
        version: number;
        translations: { language: string; origin: string; title: string }[];
      };
    const body = await until(read, (b) => b.translations.length === 3);
    const byLanguage = Object.fromEntries(body.translations.map((t) => [t.language, t]));
    expect(byLanguage.ru).toMatchObject({ origin: 'original', title: TITLE });
    expect(byLanguage.en).toMatchObject({ origin: 'machine', title: GLOSSARY.en[TITLE] });
    expect(byLanguage.zh).toMatchObject({ origin: 'machine', title: GLOSSARY.zh[TITLE] });
    expect(body.version).toBe(offer.version);
    expect(embed.requests.filter((r) => r.path === '/v1/embeddings')).toHaveLength(1);
  });

  it('an English search finds it by words only the machine translation holds', async () => {
    const found = await until(
      async () =>
        (await http().get('/api/v1/search/offers?q=Kola%20smelter&lang=en').set(cast.memberB.auth).expect(200))
          .body as { items: { id: string; highlights: Record<string, string[]>; machineTranslated: string[] }[] },
      (b) => b.items.some((i) => i.id === offer.id),
    );
    const hit = found.items.find((i) => i.id === offer.id);
    // The words matched are machine-made, and the hit says so.
    expect(hit?.highlights['title.en']?.join(' ')).toContain('<em>Kola</em>');
    expect(hit?.machineTranslated).toEqual(['en', 'zh']);
  });
});
