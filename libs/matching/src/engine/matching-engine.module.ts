import { Client } from '@elastic/elasticsearch';
import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig } from '@ttm/config';
import { EMBEDDING_PROVIDER, type EmbeddingProvider, EnrichmentModule } from '@ttm/enrichment';
import {
  CrossLingualQueryBuilder,
  LanguageResources,
  PostingIndexer,
  PostingIndexingModule,
  SearchModule,
} from '@ttm/search';
import type { DataSource } from 'typeorm';
import { MatchesRepository } from '../matches.repository.ts';
import { MatchingModule } from '../matching.module.ts';
import { RematchModule } from '../rematch/rematch.module.ts';
import { DEFAULT_SCORING_CONFIG } from '../scoring/scoring.config.ts';
import { CandidateSource } from './candidate.source.ts';
import { FeaturesCache } from './features.cache.ts';
import { MatchingEngine } from './matching.engine.ts';

/** The matching job's collaborators (the worker). */
@Module({
  imports: [SearchModule, PostingIndexingModule, EnrichmentModule, MatchingModule, RematchModule],
  providers: [
    {
      provide: MatchingEngine,
      inject: [
        getDataSourceToken(),
        Client,
        LanguageResources,
        PostingIndexer,
        MatchesRepository,
        AppConfig,
        EMBEDDING_PROVIDER,
      ],
      useFactory: (
        db: DataSource,
        client: Client,
        language: LanguageResources,
        indexer: PostingIndexer,
        matches: MatchesRepository,
        config: AppConfig,
        embedding: EmbeddingProvider | null,
      ) =>
        new MatchingEngine(
          db,
          new CandidateSource(
            client,
            new CrossLingualQueryBuilder(language.graph),
            (kind) => indexer.alias(kind),
            embedding && config.embedding
              ? {
                  fingerprint: embedding.fingerprint,
                  dimensions: embedding.dimensions,
                  k: config.embedding.knnCandidates,
                }
              : null,
            new FeaturesCache(config.matching.featuresCache),
          ),
          matches,
          language.graph,
          DEFAULT_SCORING_CONFIG,
          config.matching,
        ),
    },
  ],
  exports: [MatchingEngine, RematchModule],
})
export class MatchingEngineModule {}
