import { Module } from '@nestjs/common';
import { PostingsModule } from '@ttm/postings';
import { DemandsController } from './demands.controller.ts';
import { OffersController } from './offers.controller.ts';

@Module({
  imports: [PostingsModule],
  controllers: [OffersController, DemandsController],
})
export class PostingsHttpModule {}
