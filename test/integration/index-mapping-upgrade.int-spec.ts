import type { Client } from '@elastic/elasticsearch';
import type { estypes } from '@elastic/elasticsearch';
import type { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@ttm/config';
import { createElasticsearchClient, indexAlias, POSTING_INDEX } from '@ttm/search';
import { randomUUID } from 'node:crypto';
import { importedOffer, indexingContext } from './support/indexing-context.ts';

/**
 * Upgrades: an index created by an earlier release (a mapping without this release's fields)
 * gains them in place at boot; a mapping Elasticsearch cannot change in place stops indexing
 * with a message naming the fix, and the rebuild replaces the index.
 */
describe('index mapping upgrades', () => {
  const apps: INestApplicationContext[] = [];
  let es: Client;

  /** Creates `<prefix>-offers` and `<prefix>-demands` as an older release would have, with `change` applied. */
  const olderIndices = async (suite: string, change: (p: Record<string, estypes.MappingProperty>) => void) => {
    const prefix = `${process.env.ELASTICSEARCH_INDEX_PREFIX ?? 'test'}-${suite}`;
    for (const definition of Object.values(POSTING_INDEX)) {
      const alias = indexAlias(prefix, definition.base);
      const properties = { ...definition.mappings.properties } as Record<string, estypes.MappingProperty>;
      change(properties);
      await es.indices.create({
        index: `${alias}-initial`,
        settings: definition.settings(),
        mappings: { ...definition.mappings, properties },
        aliases: { [alias]: {} },
      });
    }
    return indexAlias(prefix, 'offers');
  };
  const fieldsOf = async (alias: string) => {
    const found = await es.indices.getMapping({ index: alias });
    return Object.values(found)[0]?.mappings.properties ?? {};
  };

  beforeAll(() => {
    es = createElasticsearchClient(AppConfig.load());
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await es.close();
  });

  it('adds the fields an older index lacks, and postings index into it', async () => {
    const suite = `upg-${randomUUID().slice(0, 6)}`;
    const alias = await olderIndices(suite, (p) => {
      delete p.machineLanguages;
      delete p.embedding;
    });
    expect(await fieldsOf(alias)).not.toHaveProperty('machineLanguages');

    const ctx = await indexingContext(suite);
    apps.push(ctx.app);
    expect((await fieldsOf(alias)).machineLanguages).toEqual({ type: 'keyword' });
    const [created] = await ctx.offers.importBatch(
      [importedOffer(randomUUID(), 'en', { title: 'Vacuum membrane distillation for brine' })],
      { source: `it-${randomUUID()}` },
    );
    const id = (created as { id: string }).id;
    expect((await ctx.indexer.indexPosting('offer', id, 1)).outcome).toEqual({ status: 'written' });
  });

  it('refuses a mapping it cannot change in place with a message naming the rebuild, which replaces the index', async () => {
    const suite = `clash-${randomUUID().slice(0, 6)}`;
    const alias = await olderIndices(suite, (p) => {
      p.ownerCountry = { type: 'text' };
    });
    await expect(indexingContext(suite)).rejects.toThrow(`the index behind ${alias} cannot take the current mapping`);
    await expect(indexingContext(suite)).rejects.toThrow('rebuild it: npm run cli -- reindex');

    const ctx = await indexingContext(suite, { ensureIndices: false });
    apps.push(ctx.app);
    const [created] = await ctx.offers.importBatch(
      [importedOffer(randomUUID(), 'en', { title: 'Brine concentration by membrane distillation' })],
      { source: `it-${randomUUID()}` },
    );
    await ctx.indexer.rebuild('offer');
    await ctx.indexer.rebuild('demand');
    expect((await fieldsOf(alias)).ownerCountry).toEqual({ type: 'keyword' });
    await ctx.indexer.ensureIndices(); // boots again without complaint
    const found = await es.get({ index: alias, id: (created as { id: string }).id }, { ignore: [404] });
    expect(found.found).toBe(true);
  });
});
