import { type DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '@ttm/accounts';
import { type AppConfig, ConfigModule } from '@ttm/config';
import { DatabaseModule } from '@ttm/database';
import { MatchingModule, RematchModule } from '@ttm/matching';
import { PostingsModule } from '@ttm/postings';
import { PostingIndexingModule, SearchModule } from '@ttm/search';
import { DemoCommand } from './demo/demo.command.ts';
import { ExportCommand } from './export/export.command.ts';
import { ImportCommand } from './import/import.command.ts';
import { ReindexCommand } from './indexing/reindex.command.ts';
import { MatchesCommand } from './matching/matches.command.ts';
import { RematchCommand } from './matching/rematch.command.ts';

/** Operator commands (nest-commander): each a thin adapter over the libs. */
@Module({})
export class CliModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        SearchModule,
        AccountsModule,
        PostingsModule,
        MatchingModule,
        RematchModule,
        PostingIndexingModule,
      ],
      providers: [DemoCommand, ImportCommand, ExportCommand, MatchesCommand, RematchCommand, ReindexCommand],
    };
  }
}
