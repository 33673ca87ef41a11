import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@ttm/accounts';
import { DemandsService } from '@ttm/postings';
import { CurrentPrincipal } from '../auth/auth.decorators.ts';
import { pageOf } from '../common/page.dto.ts';
import { UuidParam } from '../common/uuid-param.ts';
import { VersionDto } from '../common/version.dto.ts';
import { actionContext, type RequestWithId, reviewInput, targetOrganization } from './posting-http.ts';
import { ReviewDto, ReviewResponseDto, StatusChangeDto } from './dto/posting-actions.dto.ts';
import { CreateDemandDto, UpdateDemandDto } from './dto/posting-body.dto.ts';
import { PostingQueryDto } from './dto/posting-query.dto.ts';
import { DemandPageDto, DemandResponseDto, toDemandResponse } from './dto/posting-response.dto.ts';
import { toReviewResponse } from './posting-http.ts';

@ApiTags('demands')
@ApiBearerAuth()
@Controller('demands')
export class DemandsController {
  constructor(private readonly demands: DemandsService) {}

  @Get()
  @ApiOperation({ summary: 'Demands you may see: published ones, your organisation’s, or all for brokers' })
  @ApiOkResponse({ type: DemandPageDto })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: PostingQueryDto): Promise<DemandPageDto> {
    const [rows, total] = await this.demands.list(principal, query.toFilters(), query.toPage());
    return pageOf(
      rows.map((o) => toDemandResponse(o, this.demands.canReadConfidential(principal, o))),
      total,
      query,
    );
  }

  @Get(':id')
  @ApiOkResponse({ type: DemandResponseDto })
  async get(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<DemandResponseDto> {
    const demand = await this.demands.get(principal, id);
    return toDemandResponse(demand, this.demands.canReadConfidential(principal, demand));
  }

  @Post()
  @ApiOperation({ summary: 'Create a draft demand for your organisation' })
  @ApiCreatedResponse({ type: DemandResponseDto })
  async create(@Req() req: RequestWithId, @Body() body: CreateDemandDto): Promise<DemandResponseDto> {
    const { organizationId, ...input } = body;
    const ctx = actionContext(req);
    return toDemandResponse(
      await this.demands.create(ctx, targetOrganization(ctx.principal, organizationId), input),
      true,
    );
  }

  @Put(':id')
  @ApiOperation({ summary: 'Replace the content of a demand; send the version you read' })
  @ApiOkResponse({ type: DemandResponseDto })
  async update(
    @Req() req: RequestWithId,
    @UuidParam() id: string,
    @Body() body: UpdateDemandDto,
  ): Promise<DemandResponseDto> {
    const { version, ...input } = body;
    return toDemandResponse(await this.demands.update(actionContext(req), id, version, input), true);
  }

  @Post(':id/status')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit for review, withdraw to draft, archive or expire' })
  @ApiOkResponse({ type: DemandResponseDto })
  async changeStatus(
    @Req() req: RequestWithId,
    @UuidParam() id: string,
    @Body() body: StatusChangeDto,
  ): Promise<DemandResponseDto> {
    return toDemandResponse(await this.demands.transition(actionContext(req), id, body.version, body.to), true);
  }

  @Post(':id/review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Brokers and admins: score the demand and publish, reject or hold it' })
  @ApiOkResponse({ type: DemandResponseDto })
  async review(
    @Req() req: RequestWithId,
    @UuidParam() id: string,
    @Body() body: ReviewDto,
  ): Promise<DemandResponseDto> {
    return toDemandResponse(await this.demands.review(actionContext(req), id, body.version, reviewInput(body)), true);
  }

  @Get(':id/reviews')
  @ApiOkResponse({ type: [ReviewResponseDto] })
  async reviews(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<ReviewResponseDto[]> {
    return (await this.demands.reviews(principal, id)).map(toReviewResponse);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an demand; send the version you read as ?version=' })
  async remove(@Req() req: RequestWithId, @UuidParam() id: string, @Query() query: VersionDto): Promise<void> {
    await this.demands.remove(actionContext(req), id, query.version);
  }
}
