import { Body, Controller, Get, Patch, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountsService, type Principal } from '@ttm/accounts';
import { MatchListsService, MatchReviewService, type Portfolio } from '@ttm/matching';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators.ts';
import { pageOf } from '../common/page.dto.ts';
import { UuidParam } from '../common/uuid-param.ts';
import type { RequestWithId } from '../postings/posting-http.ts';
import { MatchQueueQueryDto } from './dto/match-query.dto.ts';
import {
  MatchReviewAuditDto,
  MatchReviewResponseDto,
  QueueMatchPageDto,
  toAuditResponse,
  toQueueMatchResponse,
  toReviewResponse,
} from './dto/match-response.dto.ts';
import { ChangeMatchReviewDto } from './dto/match-review.dto.ts';

/** The brokers' queue across postings, and their decisions on pairs. Brokers and admins only. */
@ApiTags('matches')
@ApiBearerAuth()
@Roles('broker', 'admin')
@Controller('matches')
export class MatchesController {
  constructor(
    private readonly lists: MatchListsService,
    private readonly reviews: MatchReviewService,
    private readonly accounts: AccountsService,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'The queue: pairs of published postings, of the broker’s portfolio (an empty portfolio covers everything); admins see all',
  })
  @ApiOkResponse({ type: QueueMatchPageDto })
  async queue(
    @CurrentPrincipal() principal: Principal,
    @Query() query: MatchQueueQueryDto,
  ): Promise<QueueMatchPageDto> {
    const viewer = { role: principal.role, portfolio: await this.portfolioOf(principal) };
    const [rows, total] = await this.lists.queue(viewer, query.toFilters(), query.sort, query.toOffsetLimit());
    return pageOf(rows.map(toQueueMatchResponse), total, query);
  }

  @Patch(':offerId/:demandId/review')
  @ApiOperation({ summary: 'Move a pair along the pipeline (or reject, or reopen); send the review version you read' })
  @ApiOkResponse({ type: MatchReviewResponseDto })
  async review(
    @Req() req: RequestWithId,
    @UuidParam('offerId') offerId: string,
    @UuidParam('demandId') demandId: string,
    @Body() body: ChangeMatchReviewDto,
  ): Promise<MatchReviewResponseDto> {
    const review = await this.reviews.change(
      { actorId: req.principal.userId, correlationId: req.id },
      { offerId, demandId },
      { state: body.state, reasonCode: body.reasonCode ?? null, note: body.note ?? null, version: body.version },
    );
    return toReviewResponse(review);
  }

  @Get(':offerId/:demandId/audit')
  @ApiOperation({ summary: 'Every change of the pair’s review, oldest first' })
  @ApiOkResponse({ type: [MatchReviewAuditDto] })
  async audit(
    @UuidParam('offerId') offerId: string,
    @UuidParam('demandId') demandId: string,
  ): Promise<MatchReviewAuditDto[]> {
    return (await this.reviews.auditTrail({ offerId, demandId })).map(toAuditResponse);
  }

  private async portfolioOf(principal: Principal): Promise<Portfolio> {
    if (principal.role === 'admin') return { countries: [], fields: [] };
    const user = await this.accounts.getUser(principal.userId);
    return { countries: user.portfolioCountries, fields: user.portfolioFields };
  }
}
