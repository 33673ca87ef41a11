import { DomainError } from '@ttm/common';

export const REVIEW_STATES = ['new', 'shortlisted', 'introduced', 'in_negotiation', 'deal', 'rejected'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const REJECTION_REASONS = [
  'too_early',
  'not_relevant',
  'budget',
  'ip',
  'geography',
  'duplicate',
  'other',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const REVIEW_NOTE_MAX_LENGTH = 2_000;

/**
 * A broker's pipeline for one pair: forward one step at a time up to `deal` (final); any state
 * before `deal` may be rejected; a rejected pair may be reopened (back to `new`).
 */
const NEXT: Record<ReviewState, readonly ReviewState[]> = {
  new: ['shortlisted', 'rejected'],
  shortlisted: ['introduced', 'rejected'],
  introduced: ['in_negotiation', 'rejected'],
  in_negotiation: ['deal', 'rejected'],
  deal: [],
  rejected: ['new'],
};

export function canChangeReview(from: ReviewState, to: ReviewState): boolean {
  return NEXT[from].includes(to);
}

export function assertReviewTransition(from: ReviewState, to: ReviewState): void {
  if (canChangeReview(from, to)) return;
  throw new DomainError('conflict', 'match_review.illegal_transition', `A ${from} match cannot become ${to}`, [
    { path: 'state', code: 'illegal_transition', message: `allowed from ${from}: ${NEXT[from].join(', ') || 'none'}` },
  ]);
}

/**
 * A rejection says why (`reasonCode`), and `other` says it in the note; no other state takes a
 * reason. Checked before anything is read, whatever the pair's current state.
 */
export function assertReviewReason(to: ReviewState, reasonCode: RejectionReason | null, note: string | null): void {
  const refuse = (code: string, message: string, path: string, detail: string) => {
    throw new DomainError('unprocessable', code, message, [{ path, code: detail, message }]);
  };
  if (to !== 'rejected' && reasonCode !== null) {
    refuse('match_review.reason_not_allowed', 'Only a rejection takes a reason code', 'reasonCode', 'not_allowed');
  }
  if (to === 'rejected' && reasonCode === null) {
    refuse('match_review.reason_required', 'Say why the match is rejected (reasonCode)', 'reasonCode', 'required');
  }
  if (reasonCode === 'other' && !note?.trim()) {
    refuse('match_review.note_required', 'A rejection for reason "other" needs a note', 'note', 'required');
  }
}
