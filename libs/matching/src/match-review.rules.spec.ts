import { DomainError } from '@ttm/common';
import {
  assertReviewReason,
  assertReviewTransition,
  canChangeReview,
  REVIEW_STATES,
  type ReviewState,
} from './match-review.rules.ts';

const LEGAL: [ReviewState, ReviewState][] = [
  ['new', 'shortlisted'],
  ['shortlisted', 'introduced'],
  ['introduced', 'in_negotiation'],
  ['in_negotiation', 'deal'],
  ['new', 'rejected'],
  ['shortlisted', 'rejected'],
  ['introduced', 'rejected'],
  ['in_negotiation', 'rejected'],
  ['rejected', 'new'],
];

const codeOf = (fn: () => void): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? `${error.kind} ${error.code}` : 'not a DomainError';
  }
};

describe('match review rules', () => {
  it('allows exactly the forward steps, rejection before a deal, and reopening', () => {
    const allowed = REVIEW_STATES.flatMap((from) =>
      REVIEW_STATES.filter((to) => canChangeReview(from, to)).map((to) => [from, to]),
    );
    expect(allowed.sort()).toEqual([...LEGAL].sort());
  });

  it.each([
    ['new', 'introduced'],
    ['shortlisted', 'new'],
    ['deal', 'rejected'],
    ['rejected', 'shortlisted'],
    ['rejected', 'rejected'],
    ['new', 'new'],
  ] as [ReviewState, ReviewState][])('refuses %s → %s as a conflict naming what is allowed', (from, to) => {
    expect(codeOf(() => assertReviewTransition(from, to))).toBe('conflict match_review.illegal_transition');
  });

  it('a deal is final', () => {
    expect(REVIEW_STATES.filter((to) => canChangeReview('deal', to))).toEqual([]);
  });

  it.each([
    ['rejected', null, null, 'unprocessable match_review.reason_required'],
    ['shortlisted', 'budget', null, 'unprocessable match_review.reason_not_allowed'],
    ['new', 'other', 'x', 'unprocessable match_review.reason_not_allowed'],
    ['rejected', 'other', null, 'unprocessable match_review.note_required'],
    ['rejected', 'other', '   ', 'unprocessable match_review.note_required'],
    ['rejected', 'other', 'licensed elsewhere', undefined],
    ['rejected', 'budget', null, undefined],
    ['shortlisted', null, 'promising', undefined],
  ] as const)('%s with reason %s and note %s → %s', (to, reason, note, expected) => {
    expect(codeOf(() => assertReviewReason(to, reason, note))).toBe(expected);
  });
});
