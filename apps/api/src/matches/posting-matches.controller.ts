import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MatchListsService } from '@ttm/matching';
import { Roles } from '../auth/auth.decorators.ts';
import { pageOf } from '../common/page.dto.ts';
import { UuidParam } from '../common/uuid-param.ts';
import { DemandMatchesQueryDto, OfferMatchesQueryDto } from './dto/match-query.dto.ts';
import { PostingMatchPageDto, toPostingMatchResponse } from './dto/match-response.dto.ts';

/** One posting's match list: its published counterparts, best first. Brokers and admins only. */
@ApiTags('matches')
@ApiBearerAuth()
@Roles('broker', 'admin')
@Controller()
export class PostingMatchesController {
  constructor(private readonly lists: MatchListsService) {}

  @Get('offers/:id/matches')
  @ApiOperation({ summary: 'Brokers and admins: the published demands matched to an offer, best first' })
  @ApiOkResponse({ type: PostingMatchPageDto })
  async forOffer(@UuidParam() id: string, @Query() query: OfferMatchesQueryDto): Promise<PostingMatchPageDto> {
    const [rows, total] = await this.lists.listFor('offer', id, query.toFilters(), query.toOffsetLimit());
    return pageOf(rows.map(toPostingMatchResponse), total, query);
  }

  @Get('demands/:id/matches')
  @ApiOperation({ summary: 'Brokers and admins: the published offers matched to a demand, best first' })
  @ApiOkResponse({ type: PostingMatchPageDto })
  async forDemand(@UuidParam() id: string, @Query() query: DemandMatchesQueryDto): Promise<PostingMatchPageDto> {
    const [rows, total] = await this.lists.listFor('demand', id, query.toFilters(), query.toOffsetLimit());
    return pageOf(rows.map(toPostingMatchResponse), total, query);
  }
}
