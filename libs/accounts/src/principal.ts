import type { Role } from './user.entity.ts';

/** Who is asking: taken from a verified access token. */
export interface Principal {
  userId: string;
  role: Role;
  organizationId: string | null;
}

export const isReviewer = (p: Principal): boolean => p.role === 'broker' || p.role === 'admin';
