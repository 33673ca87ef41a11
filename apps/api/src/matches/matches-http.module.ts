import { Module } from '@nestjs/common';
import { AccountsModule } from '@ttm/accounts';
import { MatchingModule } from '@ttm/matching';
import { MatchesController } from './matches.controller.ts';
import { PostingMatchesController } from './posting-matches.controller.ts';

/** Match lists, the brokers' queue and their reviews over HTTP. */
@Module({
  imports: [MatchingModule, AccountsModule],
  controllers: [PostingMatchesController, MatchesController],
})
export class MatchesHttpModule {}
