import type { Client } from '@elastic/elasticsearch';
import type { INestApplicationContext } from '@nestjs/common';
import type { OffersService } from '@ttm/postings';
import { createElasticsearchClient, LanguageResources, PostingSearchService, type PostingIndexer } from '@ttm/search';
import { randomUUID } from 'node:crypto';
import { importedOffer, indexingContext } from './support/indexing-context.ts';

/**
 * Retrieval across languages on the real Elasticsearch: the engine's reason to exist. A Russian
 * query must reach a Chinese offer about the same technology, above a Russian offer that only
 * shares words with it.
 */
describe('cross-lingual search', () => {
  let app: INestApplicationContext;
  let offers: OffersService;
  let indexer: PostingIndexer;
  let search: PostingSearchService;
  let es: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const ctx = await indexingContext('xling');
    ({ app, offers, indexer } = ctx);
    es = createElasticsearchClient(ctx.config);
    search = new PostingSearchService(es, new LanguageResources(es), (kind) => indexer.alias(kind));
    const source = `it-${randomUUID()}`;
    const postings = {
      zhRecycling: importedOffer(
        'zh-recycling',
        'zh',
        {
          title: '废旧锂离子电池回收技术',
          summary: '采用湿法冶金工艺从废旧锂电池中回收钴、镍和锂，金属回收率超过95%。',
          keywords: ['电池回收', '湿法冶金'],
        },
        { ownerCountry: 'CN', trl: 7, cooperationModes: ['licence', 'technical_service'] },
      ),
      ruLookAlike: importedOffer(
        'ru-lookalike',
        'ru',
        {
          title: 'Литий-ионные аккумуляторы для электробусов',
          summary: 'Производство литий-ионных аккумуляторов высокой ёмкости для городского электротранспорта.',
          keywords: ['аккумуляторы', 'электробусы'],
        },
        { ownerCountry: 'RU', trl: 8 },
      ),
      enIrrigation: importedOffer(
        'en-irrigation',
        'en',
        {
          title: 'Solar-powered drip irrigation controller',
          summary: 'A low-cost controller that schedules drip irrigation from soil moisture sensors.',
          keywords: ['drip irrigation'],
        },
        { ownerCountry: 'IN', trl: 6, cooperationModes: ['joint_development'] },
      ),
      ptRecycling: importedOffer(
        'pt-recycling',
        'pt',
        {
          title: 'Reciclagem de baterias de lítio por hidrometalurgia',
          summary: 'Recuperação de cobalto e níquel de baterias de íon-lítio usadas.',
        },
        { ownerCountry: 'BR', trl: 4 },
      ),
    };
    const results = await offers.importBatch(Object.values(postings), { source });
    Object.keys(postings).forEach((key, i) => (ids[key] = (results[i] as { id: string }).id));
    for (const id of Object.values(ids)) await indexer.indexPosting('offer', id, 1);
    await indexer.refresh();
  }, 60_000);
  afterAll(async () => {
    await es.close();
    await app.close();
  });

  const page = { page: 1, pageSize: 10 };

  it('a Russian query finds the Chinese offer about the same technology, above a Russian look-alike', async () => {
    const result = await search.search('offer', { ...page, q: 'переработка отработанных литий-ионных аккумуляторов' });
    const order = result.items.map((i) => i.id);
    expect(result.query).toMatchObject({ language: 'ru' });
    expect(order).toContain(ids.zhRecycling);
    expect(order.indexOf(ids.zhRecycling!)).toBeLessThan(order.indexOf(ids.ruLookAlike!));
    expect(order).not.toContain(ids.enIrrigation);
    const zh = result.items.find((i) => i.id === ids.zhRecycling)!;
    // Why a Chinese text answers a Russian query: the concepts, in the words of each side.
    expect(zh.matchedConcepts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          conceptId: 'energy.storage.battery.recycling',
          surfaces: expect.arrayContaining(['电池回收']),
        }),
      ]),
    );
    expect(result.query.concepts.map((c) => c.conceptId)).toContain('energy.storage.battery.recycling');
  });

  it('same-language words are highlighted in their own language', async () => {
    const result = await search.search('offer', { ...page, q: 'литий-ионные аккумуляторы' });
    const ru = result.items.find((i) => i.id === ids.ruLookAlike)!;
    expect(JSON.stringify(ru.highlights)).toContain('<em>');
  });

  it('facets count countries, languages, technology fields, TRL and modes of the whole result', async () => {
    const result = await search.search('offer', { ...page, q: 'battery recycling' });
    expect(result.facets.language.map((f) => f.value)).toEqual(expect.arrayContaining(['zh', 'pt']));
    expect(result.facets.technologyField.map((f) => f.value)).toContain('energy');
    expect(result.facets.country.find((f) => f.value === 'CN')?.count).toBe(1);
    expect(result.facets.trl.length).toBeGreaterThan(0);
  });

  it('filters narrow the result: country, TRL, mode', async () => {
    const q = 'battery recycling';
    expect((await search.search('offer', { ...page, q, countries: ['BR'] })).items.map((i) => i.id)).toEqual([
      ids.ptRecycling,
    ]);
    const mature = await search.search('offer', { ...page, q, trl: 6 });
    expect(mature.items.map((i) => i.id)).not.toContain(ids.ptRecycling);
    const licence = await search.search('offer', { ...page, q, modes: ['technical_service'] });
    expect(licence.items.map((i) => i.id)).toEqual([ids.zhRecycling]);
  });

  it('without a query it lists the newest published postings; pages do not overlap', async () => {
    const first = await search.search('offer', { page: 1, pageSize: 2 });
    const second = await search.search('offer', { page: 2, pageSize: 2 });
    expect(first.total).toBe(4);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(4);
  });

  it('query syntax in user text is only text: no error, no field access', async () => {
    for (const q of ['title.zh:* OR _id:1', '{"script": "1"}', '/.*/', 'a AND (b OR', '*:*']) {
      const result = await search.search('offer', { ...page, q });
      expect(result.items.length).toBeLessThanOrEqual(4);
    }
    expect((await search.search('offer', { ...page, q: '*:*' })).total).toBe(0);
  });
});
