import { Module } from '@nestjs/common';
import { PostingSearchModule } from '@ttm/search';
import { SearchController } from './search.controller.ts';

@Module({ imports: [PostingSearchModule], controllers: [SearchController] })
export class SearchHttpModule {}
