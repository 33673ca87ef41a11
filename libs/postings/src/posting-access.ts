import type { Principal } from '@ttm/accounts';
import { isReviewer } from '@ttm/accounts';
import type { PostingEntity } from './posting.entity.ts';

/**
 * Who sees and does what with a posting:
 * - everyone signed in reads published teasers;
 * - the owner organisation's members read and edit their postings in any status;
 * - brokers and admins read everything, confidential fields included, and review;
 * - members of other organisations never see confidential fields, nor unpublished postings.
 */
export const postingAccess = {
  canRead(p: Principal, posting: PostingEntity): boolean {
    return posting.status === 'published' || isOwner(p, posting) || isReviewer(p);
  },
  canReadConfidential(p: Principal, posting: PostingEntity): boolean {
    return isOwner(p, posting) || isReviewer(p);
  },
  canEdit(p: Principal, posting: PostingEntity): boolean {
    return isOwner(p, posting) || p.role === 'admin';
  },
  canCreateFor(p: Principal, organizationId: string): boolean {
    return p.role === 'admin' || p.organizationId === organizationId;
  },
  canReview: isReviewer,
};

function isOwner(p: Principal, posting: PostingEntity): boolean {
  return p.organizationId !== null && p.organizationId === posting.organizationId;
}
