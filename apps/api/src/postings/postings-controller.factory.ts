import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Post,
  Put,
  Query,
  Req,
  type Type,
  ValidationPipe,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@ttm/accounts';
import type { PostingEntity, PostingInput, PostingsService, PostingTranslationEntity } from '@ttm/postings';
import { CurrentPrincipal } from '../auth/auth.decorators.ts';
import { pageOf } from '../common/page.dto.ts';
import { UuidParam } from '../common/uuid-param.ts';
import { VersionDto } from '../common/version.dto.ts';
import { VALIDATION_OPTIONS } from '../errors/validation-error.factory.ts';
import { ReviewDto, ReviewResponseDto, StatusChangeDto } from './dto/posting-actions.dto.ts';
import { PostingQueryDto } from './dto/posting-query.dto.ts';
import {
  actionContext,
  type RequestWithId,
  reviewInput,
  targetOrganization,
  toReviewResponse,
} from './posting-http.ts';

type Entity = PostingEntity & { translations: PostingTranslationEntity[] };

export interface PostingRoutes<E extends Entity, I extends PostingInput, R> {
  path: 'offers' | 'demands';
  noun: 'offer' | 'demand';
  service: Type<PostingsService<E, I>>;
  createDto: Type<I & { organizationId?: string }>;
  updateDto: Type<I & { version: number }>;
  responseDto: Type<R>;
  pageDto: Type<{ items: R[] }>;
  toResponse: (entity: E, withConfidential: boolean) => R;
}

/**
 * The HTTP face of offers and demands: the same routes, rules and documentation for both, with
 * the kind's own DTOs. Bodies are validated against those DTOs by a pipe on the parameter (the
 * generic parameter type carries no metadata for the global pipe).
 */
export function postingsController<E extends Entity, I extends PostingInput, R>(routes: PostingRoutes<E, I, R>) {
  const { path, noun, createDto, updateDto, responseDto, pageDto, toResponse } = routes;
  const bodyOf = <T>(type: Type<T>) => Body(new ValidationPipe({ ...VALIDATION_OPTIONS, expectedType: type }));

  @ApiTags(path)
  @ApiBearerAuth()
  @Controller(path)
  class PostingsController {
    constructor(@Inject(routes.service) readonly service: PostingsService<E, I>) {}

    @Get()
    @ApiOperation({ summary: `${path}: published ones, your organisation’s in any status; brokers see all` })
    @ApiOkResponse({ type: pageDto })
    async list(@CurrentPrincipal() principal: Principal, @Query() query: PostingQueryDto) {
      const [rows, total] = await this.service.list(principal, query.toFilters(), query.toPage());
      const items = rows.map((p) => toResponse(p, this.service.canReadConfidential(principal, p)));
      return pageOf(items, total, query);
    }

    @Get(':id')
    @ApiOkResponse({ type: responseDto })
    async get(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<R> {
      const posting = await this.service.get(principal, id);
      return toResponse(posting, this.service.canReadConfidential(principal, posting));
    }

    @Post()
    @ApiOperation({ summary: `Create a draft ${noun} for your organisation` })
    @ApiBody({ type: createDto })
    @ApiCreatedResponse({ type: responseDto })
    async create(@Req() req: RequestWithId, @bodyOf(createDto) body: I & { organizationId?: string }): Promise<R> {
      const { organizationId, ...input } = body;
      const ctx = actionContext(req);
      const posting = await this.service.create(ctx, targetOrganization(ctx.principal, organizationId), input as I);
      return toResponse(posting, true);
    }

    @Put(':id')
    @ApiOperation({ summary: `Replace the content of a ${noun}; send the version you read` })
    @ApiBody({ type: updateDto })
    @ApiOkResponse({ type: responseDto })
    async update(
      @Req() req: RequestWithId,
      @UuidParam() id: string,
      @bodyOf(updateDto) body: I & { version: number },
    ): Promise<R> {
      const { version, ...input } = body;
      return toResponse(await this.service.update(actionContext(req), id, version, input as unknown as I), true);
    }

    @Post(':id/status')
    @HttpCode(200)
    @ApiOperation({ summary: 'Submit for review, withdraw to draft, archive or expire' })
    @ApiOkResponse({ type: responseDto })
    async changeStatus(@Req() req: RequestWithId, @UuidParam() id: string, @Body() body: StatusChangeDto): Promise<R> {
      return toResponse(await this.service.transition(actionContext(req), id, body.version, body.to), true);
    }

    @Post(':id/review')
    @HttpCode(200)
    @ApiOperation({ summary: `Brokers and admins: score the ${noun} and publish, reject or hold it` })
    @ApiOkResponse({ type: responseDto })
    async review(@Req() req: RequestWithId, @UuidParam() id: string, @Body() body: ReviewDto): Promise<R> {
      return toResponse(await this.service.review(actionContext(req), id, body.version, reviewInput(body)), true);
    }

    @Get(':id/reviews')
    @ApiOkResponse({ type: [ReviewResponseDto] })
    async reviews(@CurrentPrincipal() principal: Principal, @UuidParam() id: string): Promise<ReviewResponseDto[]> {
      return (await this.service.reviews(principal, id)).map(toReviewResponse);
    }

    @Delete(':id')
    @HttpCode(204)
    @ApiOperation({ summary: `Delete a ${noun}; send the version you read as ?version=` })
    async remove(@Req() req: RequestWithId, @UuidParam() id: string, @Query() query: VersionDto) {
      await this.service.remove(actionContext(req), id, query.version);
    }
  }
  return PostingsController;
}
