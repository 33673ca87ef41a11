import { DomainError } from '@ttm/common';
import type { PostingStatus } from './posting.types.ts';

/** The lifecycle: which status may follow which. Publishing, rejecting and holding need a review. */
const NEXT: Record<PostingStatus, readonly PostingStatus[]> = {
  draft: ['pending_review', 'archived'],
  pending_review: ['published', 'rejected', 'on_hold', 'draft'],
  on_hold: ['pending_review', 'published', 'rejected', 'archived'],
  rejected: ['draft', 'archived'],
  published: ['expired', 'archived', 'on_hold'],
  expired: ['pending_review', 'archived'],
  archived: [],
};

/** Transitions only a reviewer (broker or admin) may make, each recorded with a review. */
export const REVIEW_TRANSITIONS: ReadonlySet<PostingStatus> = new Set(['published', 'rejected', 'on_hold']);

export function canTransition(from: PostingStatus, to: PostingStatus): boolean {
  return NEXT[from].includes(to);
}

export function assertTransition(from: PostingStatus, to: PostingStatus): void {
  if (!canTransition(from, to)) {
    throw new DomainError('conflict', 'posting.illegal_transition', `A ${from} posting cannot become ${to}`, [
      {
        path: 'status',
        code: 'illegal_transition',
        message: `allowed from ${from}: ${NEXT[from].join(', ') || 'none'}`,
      },
    ]);
  }
}

/** Statuses the owner may still edit freely. */
export const EDITABLE_STATUSES: ReadonlySet<PostingStatus> = new Set([
  'draft',
  'rejected',
  'on_hold',
  'pending_review',
]);
