import type { Client } from '@elastic/elasticsearch';
import type { INestApplicationContext } from '@nestjs/common';
import type { OffersService } from '@ttm/postings';
import { createElasticsearchClient, documentVersion, type OfferDocument, type PostingIndexer } from '@ttm/search';
import { randomUUID } from 'node:crypto';
import { admin, importedOffer, indexingContext } from './support/indexing-context.ts';

/** PostgreSQL → Elasticsearch: what the worker's posting.changed job does, on the real services. */
describe('indexing offers and demands', () => {
  let app: INestApplicationContext;
  let offers: OffersService;
  let indexer: PostingIndexer;
  let es: Client;
  let alias: string;

  const importOne = async (...args: Parameters<typeof importedOffer>) => {
    const [result] = await offers.importBatch([importedOffer(...args)], { source: `it-${randomUUID()}` });
    return (result as { id: string }).id;
  };
  const indexed = async (id: string) => {
    const found = await es.get<OfferDocument>({ index: alias, id }, { ignore: [404] });
    if (!found.found) return null;
    const doc = found._source as OfferDocument;
    return { version: doc.version, externalVersion: found._version, doc };
  };

  beforeAll(async () => {
    const ctx = await indexingContext('indexing');
    ({ app, offers, indexer } = ctx);
    es = createElasticsearchClient(ctx.config);
    alias = indexer.alias('offer');
  });
  afterAll(async () => {
    await es.close();
    await app.close();
  });

  it('writes a published offer with its language, concepts, IPC levels, tokens and USD amount', async () => {
    const id = await importOne(
      'zh-1',
      'zh',
      {
        title: '废旧锂离子电池回收技术',
        summary: '湿法冶金回收钴、镍和锂，回收率超过95%，符合ISO 14001。',
        keywords: ['电池回收'],
      },
      { ipcCodes: ['H01M10/54'], askingPrice: { amount: 710_000, currency: 'CNY' } },
    );
    const result = await indexer.indexPosting('offer', id, 1);
    expect(result).toMatchObject({ outcome: { status: 'written' }, version: 1, searchable: true });
    const { version, externalVersion, doc } = (await indexed(id))!;
    expect(version).toBe(1);
    expect(externalVersion).toBe(documentVersion(1, 0));
    expect(doc).toMatchObject({ language: 'zh', languageSource: 'declared', trl: 6, status: 'published' });
    expect(doc.title.zh).toBe('废旧锂离子电池回收技术');
    expect(doc.concepts).toContain('energy.storage.battery.lithium_ion');
    expect(doc.conceptAncestors).toContain('energy.storage.battery');
    expect(doc.ipc).toMatchObject({
      section: expect.arrayContaining(['H']),
      group: expect.arrayContaining(['H01M 10/54']),
    });
    expect(doc.techTokens).toContain('std:iso:14001');
    expect(doc.features.concepts['energy.storage.battery.lithium_ion']?.surfaces).toContain('锂离子电池');
    expect(doc.amountUsd).toBeGreaterThan(90_000);
    expect(doc.amountUsd).toBeLessThan(110_000);
  });

  it('a language declared wrongly is corrected, and the text goes to the detected language sub-field', async () => {
    const id = await importOne('ru-declared-en', 'en', {
      title: 'Технология переработки литий-ионных аккумуляторов',
      summary: 'Гидрометаллургическое извлечение кобальта и никеля из отработанных аккумуляторов.',
    });
    await indexer.indexPosting('offer', id, 1);
    const { doc } = (await indexed(id))!;
    expect(doc).toMatchObject({ language: 'ru', languageSource: 'script' });
    expect(doc.title.ru).toContain('литий-ионных');
    expect(doc.title.en).toBeUndefined();
  });

  it('a confidential price is not searchable but stays available to the re-rank', async () => {
    const id = await importOne(
      'conf-1',
      'en',
      { title: 'Membrane bioreactor for textile wastewater' },
      { askingPrice: { amount: 50_000, currency: 'USD' }, priceConfidential: true },
    );
    await indexer.indexPosting('offer', id, 1);
    const { doc } = (await indexed(id))!;
    expect(doc.amountUsd).toBeNull();
    expect(doc.features).toMatchObject({ amountUsd: 50_000, amountConfidential: true });
  });

  it('a stale write cannot overwrite a newer version', async () => {
    const id = await importOne('stale-1', 'en', { title: 'Solid-state hydrogen storage in metal hydrides' });
    const v1 = await offers.get(admin, id);
    const v2 = await offers.update({ principal: admin }, id, 1, {
      ownerCountry: 'CN',
      trl: 7,
      ipcCodes: [],
      cooperationModes: ['licence'],
      translations: [{ language: 'en', origin: 'original', title: 'Version two title' }],
    });
    expect(v2.version).toBe(2);
    await indexer.indexPosting('offer', id, 2);
    // The v1 job arrives late, carrying the v1 document it built earlier.
    const staleDoc = { ...(await indexed(id))!.doc, version: 1, title: { en: v1.translations[0]!.title } };
    const outcome = await indexer.write({ kind: 'offer', id, version: 1, document: staleDoc });
    expect(outcome).toEqual({ status: 'stale' });
    // Nor can an enrichment of v1 (translations, a vector) finished after v2 was written.
    expect(await indexer.write({ kind: 'offer', id, version: 1, revision: 9, document: staleDoc })).toEqual({
      status: 'stale',
    });
    expect(await indexed(id)).toMatchObject({ version: 2, doc: { title: { en: 'Version two title' } } });
    // An enrichment of v2 replaces v2's first document; the first document, written again late, loses.
    const current = (await indexed(id))!.doc;
    const enriched = { ...current, languages: ['en', 'zh'], title: { ...current.title, zh: '第二版标题' } };
    expect(await indexer.write({ kind: 'offer', id, version: 2, revision: 1, document: enriched })).toEqual({
      status: 'written',
    });
    expect(await indexer.write({ kind: 'offer', id, version: 2, revision: 0, document: current })).toEqual({
      status: 'stale',
    });
    expect(await indexed(id)).toMatchObject({ version: 2, doc: { title: { zh: '第二版标题' } } });
    // And a late v1 job run now indexes the current state, never the old one.
    await indexer.indexPosting('offer', id, 1);
    expect(await indexed(id)).toMatchObject({ version: 2 });
  });

  it('archiving and deleting remove the document; a late write of the old version stays removed', async () => {
    const a = await importOne('arch-1', 'en', { title: 'Drone-based power line inspection' });
    const b = await importOne('del-1', 'en', { title: 'Seawater desalination by forward osmosis' });
    await indexer.indexPosting('offer', a, 1);
    await indexer.indexPosting('offer', b, 1);
    const before = (await indexed(a))!.doc;
    await offers.transition({ principal: admin }, a, 1, 'archived');
    expect(await indexer.indexPosting('offer', a, 2)).toMatchObject({
      outcome: { status: 'deleted' },
      searchable: false,
    });
    expect(await indexed(a)).toBeNull();
    expect(await indexer.write({ kind: 'offer', id: a, version: 1, document: before })).toEqual({ status: 'stale' });
    expect(await indexed(a)).toBeNull();
    await offers.remove({ principal: admin }, b, 1);
    expect(await indexer.indexPosting('offer', b, 2)).toMatchObject({ outcome: { status: 'deleted' } });
    expect(await indexed(b)).toBeNull();
  });

  it('a rebuild from PostgreSQL swaps the alias and loses no write made while it runs', async () => {
    const kept = await importOne('rb-1', 'en', { title: 'Thermal energy storage in molten salt' });
    const edited = await importOne('rb-2', 'en', { title: 'Original title before the rebuild' });
    const archived = await importOne('rb-3', 'en', { title: 'Posting archived during the rebuild' });
    for (const id of [kept, edited, archived]) await indexer.indexPosting('offer', id, 1);
    const physicalBefore = Object.keys(await es.indices.getAlias({ name: alias }));

    const progress: number[] = [];
    const rebuilt = await indexer.rebuild('offer', async ({ done }) => {
      progress.push(done);
      if (progress.length > 1) return;
      // The first page is already in the new index; these changes happen while the rebuild runs.
      await offers.update({ principal: admin }, edited, 1, {
        ownerCountry: 'CN',
        trl: 6,
        ipcCodes: [],
        cooperationModes: ['licence'],
        translations: [{ language: 'en', origin: 'original', title: 'Edited while the rebuild ran' }],
      });
      await indexer.indexPosting('offer', edited, 2);
      await offers.transition({ principal: admin }, archived, 1, 'archived');
      await indexer.indexPosting('offer', archived, 2);
    });

    const physicalAfter = Object.keys(await es.indices.getAlias({ name: alias }));
    expect(physicalAfter).toEqual([rebuilt.index]);
    expect(physicalAfter).not.toEqual(physicalBefore);
    expect(await es.indices.exists({ index: physicalBefore })).toBe(false);
    expect(await indexed(kept)).toMatchObject({ version: 1 });
    expect(await indexed(edited)).toMatchObject({ version: 2, doc: { title: { en: 'Edited while the rebuild ran' } } });
    expect(await indexed(archived)).toBeNull();
    expect(await indexer.indexPosting('offer', kept, 1)).toMatchObject({ outcome: { status: 'stale' } });
  });
});
