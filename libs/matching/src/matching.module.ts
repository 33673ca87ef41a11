import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MatchListsRepository } from './match-lists.repository.ts';
import { MatchListsService } from './match-lists.service.ts';
import { MatchReviewAuditEntity } from './match-review-audit.entity.ts';
import { MatchReviewEntity } from './match-review.entity.ts';
import { MatchReviewService } from './match-review.service.ts';
import { MatchReviewsRepository } from './match-reviews.repository.ts';
import { MatchEntity } from './match.entity.ts';
import { MatchesRepository } from './matches.repository.ts';

/** Match lists in PostgreSQL: the writes of the matching job, the brokers' reads and reviews. */
@Module({
  imports: [TypeOrmModule.forFeature([MatchEntity, MatchReviewEntity, MatchReviewAuditEntity])],
  providers: [MatchesRepository, MatchListsRepository, MatchReviewsRepository, MatchListsService, MatchReviewService],
  exports: [MatchesRepository, MatchListsService, MatchReviewService],
})
export class MatchingModule {}
