import type { Principal } from '@ttm/accounts';
import { DomainError } from '@ttm/common';
import type { ActionContext, PostingReviewEntity, ReviewInput } from '@ttm/postings';
import type { Request } from 'express';
import type { ReviewDto, ReviewResponseDto } from './dto/posting-actions.dto.ts';

export type RequestWithId = Request & { id?: string; principal: Principal };

/** The caller and the request's correlation id, which travels on into the outbox and the jobs. */
export function actionContext(req: RequestWithId): ActionContext {
  return { principal: req.principal, correlationId: req.id };
}

/** Members post for their own organisation; admins (and brokers of none) must name one. */
export function targetOrganization(principal: Principal, requested: string | undefined): string {
  const organizationId = requested ?? principal.organizationId;
  if (!organizationId) {
    throw new DomainError('invalid', 'validation_failed', 'organizationId is required', [
      { path: 'organizationId', code: 'required', message: 'you belong to no organisation: name the one you post for' },
    ]);
  }
  return organizationId;
}

export function reviewInput(body: ReviewDto): ReviewInput {
  return { decision: body.decision, scores: { ...body.scores }, ...(body.comment ? { comment: body.comment } : {}) };
}

export function toReviewResponse(r: PostingReviewEntity): ReviewResponseDto {
  return {
    id: r.id,
    postingVersion: r.postingVersion,
    reviewerId: r.reviewerId,
    decision: r.decision,
    scores: {
      innovation: r.scoreInnovation,
      clarity: r.scoreClarity,
      cooperation: r.scoreCooperation,
      language: r.scoreLanguage,
    },
    comment: r.comment,
    createdAt: r.createdAt,
  };
}
