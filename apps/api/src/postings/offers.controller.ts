import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@ttm/accounts';
import { OffersService } from '@ttm/postings';
import { CurrentPrincipal } from '../auth/auth.decorators.ts';
import { pageOf } from '../common/page.dto.ts';
import { UuidParam } from '../common/uuid-param.ts';
import { VersionDto } from '../common/version.dto.ts';
import { actionContext, type RequestWithId, reviewInput, targetOrganization } from './posting-http.ts';
import { ReviewDto, ReviewResponseDto, StatusChangeDto } from './dto/posting-actions.dto.ts';
import { CreateOfferDto, UpdateOfferDto } from './dto/posting-body.dto.ts';
import { PostingQueryDto } from './dto/posting-query.dto.ts';
import { OfferPageDto, OfferResponseDto, toOfferResponse } from './dto/posting-response.dto.ts';
import { toReviewResponse } from './posting-http.ts';

@ApiTags('offers')
@ApiBearerAuth()
@Controller('offers')
export class OffersController {
  constructor(private readonly offers: OffersService) {}

  @Get()
  @ApiOperation({ summary: 'Offers you may see: published ones, your organisation’s, or all for brokers' })
  @ApiOkResponse({ type: OfferPageDto })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: PostingQueryDto): Promise<OfferPageDto> {
    const [rows, total] = await this.offers.list(principal, query.toFilters(), query.toPage());
    return pageOf(
      rows.map((o) => toOfferResponse(o, this.offers.canReadConfidential(principal, o))),
      total,
      query,
    );
  }

  @Get(':id')
  @ApiOkResponse({ type: OfferResponseDto })
  async get(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<OfferResponseDto> {
    const offer = await this.offers.get(principal, id);
    return toOfferResponse(offer, this.offers.canReadConfidential(principal, offer));
  }

  @Post()
  @ApiOperation({ summary: 'Create a draft offer for your organisation' })
  @ApiCreatedResponse({ type: OfferResponseDto })
  async create(@Req() req: RequestWithId, @Body() body: CreateOfferDto): Promise<OfferResponseDto> {
    const { organizationId, ...input } = body;
    const ctx = actionContext(req);
    return toOfferResponse(
      await this.offers.create(ctx, targetOrganization(ctx.principal, organizationId), input),
      true,
    );
  }

  @Put(':id')
  @ApiOperation({ summary: 'Replace the content of an offer; send the version you read' })
  @ApiOkResponse({ type: OfferResponseDto })
  async update(
    @Req() req: RequestWithId,
    @UuidParam() id: string,
    @Body() body: UpdateOfferDto,
  ): Promise<OfferResponseDto> {
    const { version, ...input } = body;
    return toOfferResponse(await this.offers.update(actionContext(req), id, version, input), true);
  }

  @Post(':id/status')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit for review, withdraw to draft, archive or expire' })
  @ApiOkResponse({ type: OfferResponseDto })
  async changeStatus(
    @Req() req: RequestWithId,
    @UuidParam() id: string,
    @Body() body: StatusChangeDto,
  ): Promise<OfferResponseDto> {
    return toOfferResponse(await this.offers.transition(actionContext(req), id, body.version, body.to), true);
  }

  @Post(':id/review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Brokers and admins: score the offer and publish, reject or hold it' })
  @ApiOkResponse({ type: OfferResponseDto })
  async review(@Req() req: RequestWithId, @UuidParam() id: string, @Body() body: ReviewDto): Promise<OfferResponseDto> {
    return toOfferResponse(await this.offers.review(actionContext(req), id, body.version, reviewInput(body)), true);
  }

  @Get(':id/reviews')
  @ApiOkResponse({ type: [ReviewResponseDto] })
  async reviews(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<ReviewResponseDto[]> {
    return (await this.offers.reviews(principal, id)).map(toReviewResponse);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an offer; send the version you read as ?version=' })
  async remove(@Req() req: RequestWithId, @UuidParam() id: string, @Query() query: VersionDto): Promise<void> {
    await this.offers.remove(actionContext(req), id, query.version);
  }
}
