import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Principal } from '@ttm/accounts';
import { AppConfig, ConfigModule } from '@ttm/config';
import { DatabaseModule } from '@ttm/database';
import { DemandsService, type ImportedPosting, type OfferInput, OffersService, PostingsModule } from '@ttm/postings';
import { PostingIndexer, PostingIndexingModule } from '@ttm/search';
import { randomUUID } from 'node:crypto';

export const admin: Principal = { userId: randomUUID(), role: 'admin', organizationId: null };

/**
 * PostgreSQL, Elasticsearch and the indexing lib wired as in the worker, under this run's schema
 * and an index prefix of this suite's own (so its aliases and rebuilds touch no other suite).
 */
export async function indexingContext(suite: string): Promise<{
  app: INestApplicationContext;
  config: AppConfig;
  offers: OffersService;
  demands: DemandsService;
  indexer: PostingIndexer;
}> {
  const config = AppConfig.load({
    ...process.env,
    ELASTICSEARCH_INDEX_PREFIX: `${process.env.ELASTICSEARCH_INDEX_PREFIX ?? 'test'}-${suite}`,
  });
  @Module({ imports: [ConfigModule.forRoot(config), DatabaseModule, PostingsModule, PostingIndexingModule] })
  class IndexingTestModule {}
  const app = await NestFactory.createApplicationContext(IndexingTestModule, { logger: false });
  const indexer = app.get(PostingIndexer);
  await indexer.ensureIndices();
  return { app, config, offers: app.get(OffersService), demands: app.get(DemandsService), indexer };
}

/** An imported (hence published) offer in one language. */
export function importedOffer(
  externalId: string,
  language: string,
  text: { title: string; summary?: string; description?: string; keywords?: string[] },
  overrides: Partial<OfferInput> = {},
): ImportedPosting<OfferInput> {
  return {
    externalId,
    organization: { name: `Institute ${language}`, type: 'research_institute' },
    declaredLanguage: language,
    input: {
      ownerCountry: 'CN',
      trl: 6,
      ipcCodes: [],
      cooperationModes: ['licence'],
      translations: [{ language, origin: 'original', summary: '', description: '', keywords: [], ...text }],
      ...overrides,
    },
  };
}
