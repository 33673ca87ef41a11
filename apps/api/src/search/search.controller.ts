import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PostingKind } from '@ttm/postings';
import { PostingSearchService, type SearchResult } from '@ttm/search';
import { SearchQueryDto } from './dto/search-query.dto.ts';
import { SearchResultDto } from './dto/search-result.dto.ts';

/**
 * Search over published offers and demands from text in any language. Any signed-in user may
 * search: only published postings are indexed, and confidential fields never are.
 */
@ApiTags('search')
@ApiBearerAuth()
@Controller('search')
export class SearchController {
  constructor(private readonly search: PostingSearchService) {}

  @Get('offers')
  @ApiOperation({
    summary: 'Offers for a text in any language: same-language words, shared concepts, IPC codes, technical tokens',
  })
  @ApiOkResponse({ type: SearchResultDto })
  offers(@Query() query: SearchQueryDto): Promise<SearchResult> {
    return this.run('offer', query);
  }

  @Get('demands')
  @ApiOperation({ summary: 'Demands for a text in any language' })
  @ApiOkResponse({ type: SearchResultDto })
  demands(@Query() query: SearchQueryDto): Promise<SearchResult> {
    return this.run('demand', query);
  }

  private run(kind: PostingKind, query: SearchQueryDto): Promise<SearchResult> {
    return this.search.search(kind, {
      q: query.q,
      lang: query.lang,
      countries: query.country,
      languages: query.language,
      trl: query.trl,
      modes: query.mode,
      domains: query.field,
      organizationTypes: query.organizationType,
      page: query.page,
      pageSize: query.pageSize,
    });
  }
}
