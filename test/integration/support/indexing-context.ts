import { type INestApplicationContext, Module, type ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Principal } from '@ttm/accounts';
import { AppConfig, ConfigModule } from '@ttm/config';
import { DatabaseModule } from '@ttm/database';
import {
  type DemandInput,
  DemandsService,
  type ImportedPosting,
  type OfferInput,
  OffersService,
  PostingsModule,
} from '@ttm/postings';
import { PostingIndexer, PostingIndexingModule } from '@ttm/search';
import { randomUUID } from 'node:crypto';

export const admin: Principal = { userId: randomUUID(), role: 'admin', organizationId: null };

/**
 * PostgreSQL, Elasticsearch and the indexing lib wired as in the worker, under this run's schema
 * and an index prefix of this suite's own (so its aliases and rebuilds touch no other suite);
 * `env` overrides variables (e.g. switches an adapter on), `imports` adds modules.
 */
export async function indexingContext(
  suite: string,
  options: {
    env?: Record<string, string>;
    imports?: NonNullable<ModuleMetadata['imports']>;
    /** Create or upgrade the indices at once (default true), as the worker does at boot. */
    ensureIndices?: boolean;
  } = {},
): Promise<{
  app: INestApplicationContext;
  config: AppConfig;
  offers: OffersService;
  demands: DemandsService;
  indexer: PostingIndexer;
}> {
  const config = AppConfig.load({
    ...process.env,
    ELASTICSEARCH_INDEX_PREFIX: `${process.env.ELASTICSEARCH_INDEX_PREFIX ?? 'test'}-${suite}`,
    ...options.env,
  });
  @Module({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule,
      PostingsModule,
      PostingIndexingModule,
      ...(options.imports ?? []),
    ],
  })
  class IndexingTestModule {}
  const app = await NestFactory.createApplicationContext(IndexingTestModule, { logger: false });
  const indexer = app.get(PostingIndexer);
  if (options.ensureIndices !== false) {
    await indexer.ensureIndices().catch(async (error: unknown) => {
      await app.close();
      throw error;
    });
  }
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

/** An imported (hence published) demand in one language. */
export function importedDemand(
  externalId: string,
  language: string,
  text: { title: string; summary?: string; description?: string; keywords?: string[] },
  overrides: Partial<DemandInput> = {},
): ImportedPosting<DemandInput> {
  return {
    externalId,
    organization: { name: `Company ${language}`, type: 'company' },
    declaredLanguage: language,
    input: {
      ownerCountry: 'BR',
      desiredTrlMin: 4,
      ipcCodes: [],
      cooperationModes: ['licence'],
      translations: [{ language, origin: 'original', summary: '', description: '', keywords: [], ...text }],
      ...overrides,
    },
  };
}
